#include "Style.h"

#include "spirit/client/Palette.h"

namespace spirit::client {

namespace {
ImVec4 Vec(Colour colour) {
  return ImGui::ColorConvertU32ToFloat4(colour);
}
}  // namespace

void ApplyStyle(ImGuiStyle& style, float scale) {
  style = ImGuiStyle();
  style.WindowPadding = ImVec2(24, 20);
  style.WindowRounding = 0;
  style.WindowBorderSize = 0;
  style.ChildRounding = 16;
  style.ChildBorderSize = 0;
  style.PopupRounding = 16;
  style.FramePadding = ImVec2(18, 14);
  style.FrameRounding = 14;
  style.FrameBorderSize = 1.5f;
  style.ItemSpacing = ImVec2(14, 12);
  style.ItemInnerSpacing = ImVec2(10, 8);
  style.TouchExtraPadding = ImVec2(4, 4);
  style.IndentSpacing = 24;
  style.ScrollbarSize = 22;
  style.ScrollbarRounding = 11;
  style.GrabMinSize = 40;
  style.GrabRounding = 12;
  style.TabRounding = 12;
  style.AntiAliasedLines = true;
  style.AntiAliasedFill = true;
  style.ScaleAllSizes(scale);

  using namespace palette;
  ImVec4* colours = style.Colors;
  colours[ImGuiCol_Text] = Vec(kInk);
  colours[ImGuiCol_TextDisabled] = Vec(kMuted);
  colours[ImGuiCol_WindowBg] = Vec(kBackground);
  colours[ImGuiCol_ChildBg] = Vec(0);
  colours[ImGuiCol_PopupBg] = Vec(kSurface);
  colours[ImGuiCol_Border] = Vec(kLine);
  colours[ImGuiCol_BorderShadow] = Vec(0);
  colours[ImGuiCol_FrameBg] = Vec(kSurface);
  colours[ImGuiCol_FrameBgHovered] = Vec(kSurface);
  colours[ImGuiCol_FrameBgActive] = Vec(kSurface);
  colours[ImGuiCol_ScrollbarBg] = Vec(kSunken);
  colours[ImGuiCol_ScrollbarGrab] = Vec(kLine);
  colours[ImGuiCol_ScrollbarGrabHovered] = Vec(kMuted);
  colours[ImGuiCol_ScrollbarGrabActive] = Vec(kMuted);
  colours[ImGuiCol_CheckMark] = Vec(kPrimary);
  colours[ImGuiCol_SliderGrab] = Vec(kPrimary);
  colours[ImGuiCol_SliderGrabActive] = Vec(kPrimaryDark);
  colours[ImGuiCol_Button] = Vec(kSurface);
  colours[ImGuiCol_ButtonHovered] = Vec(kSurface);
  colours[ImGuiCol_ButtonActive] = Vec(kSunken);
  colours[ImGuiCol_Header] = Vec(kPrimarySoft);
  colours[ImGuiCol_HeaderHovered] = Vec(kPrimarySoft);
  colours[ImGuiCol_HeaderActive] = Vec(kPrimarySoft);
  colours[ImGuiCol_Separator] = Vec(kLine);
  colours[ImGuiCol_TextSelectedBg] = Vec(kPrimarySoft);
  colours[ImGuiCol_NavHighlight] = Vec(kPrimary);
  colours[ImGuiCol_ModalWindowDimBg] = Vec(kShade);
}

}  // namespace spirit::client
