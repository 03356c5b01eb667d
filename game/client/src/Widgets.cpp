#include "spirit/client/Widgets.h"

#include <imgui_internal.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <cmath>

namespace spirit::client {

namespace {

Box ToBox(ImVec2 min, ImVec2 max) {
  return {min.x, min.y, max.x, max.y};
}

bool LastItemVisible() {
  return ImGui::IsItemVisible();
}

// The part of a rectangle inside the current window's clip rectangle.
Box Shown(ImVec2 min, ImVec2 max) {
  const ImRect clip = ImGui::GetCurrentWindow()->ClipRect;
  Box box{std::max(min.x, clip.Min.x), std::max(min.y, clip.Min.y), std::min(max.x, clip.Max.x),
          std::min(max.y, clip.Max.y)};
  if (box.x1 < box.x0) box.x1 = box.x0;
  if (box.y1 < box.y0) box.y1 = box.y0;
  return box;
}

// Whether the pointer is down on the background of this window or of one inside it (a press on
// no control makes Dear ImGui hold the pressed window's move id while the pointer stays down).
bool PressedOnBackground(const ImGuiWindow* window) {
  const ImGuiContext& g = *ImGui::GetCurrentContext();
  const ImGuiWindow* pressed = g.ActiveIdWindow;
  if (pressed == nullptr || g.ActiveId == 0 || g.ActiveId != pressed->MoveId) return false;
  for (const ImGuiWindow* each = pressed; each != nullptr; each = each->ParentWindow) {
    if (each == window) return true;
  }
  return false;
}

void RecordButton(Ui& ui, std::string_view label, std::string_view id, ImVec2 min, ImVec2 max,
                  bool enabled, bool selected, bool cut = false) {
  const Box shown = Shown(min, max);
  ui.Record().buttons.push_back({std::string(label), std::string(id), ToBox(min, max), enabled,
                                 selected, shown.Width() > 0 && shown.Height() > 0, shown, cut});
}

void RecordText(Ui& ui, std::string_view text, FontRole font, Colour colour, ImVec2 min, ImVec2 max,
                bool visible) {
  ui.Record().texts.push_back({std::string(text), ToBox(min, max), font, colour, visible});
}

struct Colours {
  Colour fill, fillHover, fillActive, text, border;
};

Colours ColoursFor(Look look, bool selected) {
  using namespace palette;
  if (selected) return {kPrimarySoft, kPrimarySoft, kPrimarySoft, kPrimaryDark, kPrimaryDark};
  switch (look) {
    case Look::Primary:
      return {kPrimary, kPrimary, kPrimaryDark, kOnPrimary, kPrimary};
    case Look::Secondary:
      return {kSurface, kSurface, kSunken, kInk, kLine};
    case Look::Quiet:
      return {kBackground, kBackground, kSunken, kInk, kLine};
    case Look::Alert:
      return {kSurface, kSurface, kWarmSoft, kWarm, kWarm};
    case Look::Warm:
      return {kWarm, kWarm, Rgba(170, 92, 68), kOnPrimary, kWarm};
    case Look::Calm:
      return {kCalmSoft, kCalmSoft, kCalm, kInk, kCalm};
  }
  return {kSurface, kSurface, kSunken, kInk, kLine};
}

// Keeps a field's text within its character limit.
int LimitCharacters(ImGuiInputTextCallbackData* data) {
  const auto* limit = static_cast<const std::pair<const std::string*, int>*>(data->UserData);
  if (CharacterCount(*limit->first) >= limit->second) return 1;
  return 0;
}

}  // namespace

void BeginScreen(Ui& ui, const char* id, Colour background) {
  const ImGuiIO& io = ImGui::GetIO();
  ImGui::SetNextWindowPos(ImVec2(0, 0));
  ImGui::SetNextWindowSize(io.DisplaySize);
  ImGui::PushStyleColor(ImGuiCol_WindowBg, background);
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(ui.Px(24), ui.Px(20)));
  ImGui::Begin(id, nullptr,
               ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                   ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoBringToFrontOnFocus |
                   ImGuiWindowFlags_NoScrollWithMouse);
  ImGui::PopStyleVar();
  ImGui::PopStyleColor();
}

void EndScreen() {
  ImGui::End();
}

bool Button(Ui& ui, std::string_view label, const ButtonSpec& spec) {
  const Colours colours = ColoursFor(spec.look, spec.selected);
  ImGui::PushFont(ui.Font(spec.font));
  // The check mark tells a chosen option apart without its colour.
  std::string shown =
      spec.selected || spec.checked ? "✓ " + std::string(label) : std::string(label);
  const ImVec2 textSize = ImGui::CalcTextSize(shown.c_str());
  const ImVec2 padding(ui.Px(22), ui.Px(14));
  float width = spec.width > 0 ? spec.width : textSize.x + padding.x * 2;
  float height = spec.height > 0 ? spec.height : std::max(ui.Px(56), textSize.y + padding.y * 2);
  width = std::max(width, ui.Px(56));
  height = std::max(height, ui.Px(48));
  const bool cut = textSize.x + padding.x > width;
  if (cut) shown = Fit(ui, shown, spec.font, width - padding.x);
  // "###" keeps the id stable while the shown label changes (a check mark, a count).
  const std::string imguiId = shown + "###" + std::string(spec.id.empty() ? label : spec.id);
  ImGui::PushStyleColor(ImGuiCol_Button, colours.fill);
  ImGui::PushStyleColor(ImGuiCol_ButtonHovered, colours.fillHover);
  ImGui::PushStyleColor(ImGuiCol_ButtonActive, colours.fillActive);
  ImGui::PushStyleColor(ImGuiCol_Text, colours.text);
  ImGui::PushStyleColor(ImGuiCol_Border, colours.border);
  ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, spec.selected ? ui.Px(3) : ui.Px(1.5f));
  ImGui::PushStyleVar(ImGuiStyleVar_FrameRounding, ui.Px(14));
  if (!spec.enabled) ImGui::BeginDisabled();
  const bool pressed = ImGui::Button(imguiId.c_str(), ImVec2(width, height));
  if (!spec.enabled) ImGui::EndDisabled();
  ImGui::PopStyleVar(2);
  ImGui::PopStyleColor(5);
  ImGui::PopFont();
  const ImVec2 min = ImGui::GetItemRectMin();
  const ImVec2 max = ImGui::GetItemRectMax();
  RecordButton(ui, label, spec.id, min, max, spec.enabled, spec.selected, cut);
  if ((spec.selected || spec.checked) && !cut) {
    // The check mark as drawn: the label is centred, the mark leads it.
    const ImVec2 markSize = Measure(ui, "✓", spec.font);
    const ImVec2 markMin(min.x + (max.x - min.x - textSize.x) / 2,
                         min.y + (max.y - min.y - textSize.y) / 2);
    RecordText(ui, "✓", spec.font, colours.text, markMin,
               ImVec2(markMin.x + markSize.x, markMin.y + markSize.y), LastItemVisible());
  }
  return pressed && spec.enabled;
}

bool WrapButton(Ui& ui, std::string_view label, const ButtonSpec& spec) {
  const Colours colours = ColoursFor(spec.look, spec.selected);
  const float width = spec.width > 0 ? spec.width : ui.Avail();
  const ImVec2 padding(ui.Px(20), ui.Px(14));
  const float mark = spec.selected ? Measure(ui, "✓ ", spec.font).x : 0.0f;
  const float wrap = width - padding.x * 2 - mark;
  const ImVec2 size = Measure(ui, label, spec.font, wrap);
  const float height = std::max(spec.height > 0 ? spec.height : ui.Px(56), size.y + padding.y * 2);
  const std::string imguiId = "##wrap-" + std::string(spec.id.empty() ? label : spec.id);
  if (!spec.enabled) ImGui::BeginDisabled();
  const bool pressed = ImGui::InvisibleButton(imguiId.c_str(), ImVec2(width, height));
  const bool held = ImGui::IsItemActive();
  if (!spec.enabled) ImGui::EndDisabled();
  const ImVec2 min = ImGui::GetItemRectMin();
  const ImVec2 max = ImGui::GetItemRectMax();
  ImDrawList* draw = ImGui::GetWindowDrawList();
  const float alpha = spec.enabled ? 1.0f : 0.5f;
  auto faded = [alpha](Colour colour) {
    return (colour & 0x00FFFFFFu) | (Colour(float(colour >> 24) * alpha) << 24);
  };
  draw->AddRectFilled(min, max, faded(held ? colours.fillActive : colours.fill), ui.Px(14));
  draw->AddRect(min, max, faded(colours.border), ui.Px(14), 0,
                spec.selected ? ui.Px(3) : ui.Px(1.5f));
  ImFont* font = ui.Font(spec.font);
  const float textY = min.y + (height - size.y) / 2;
  if (spec.selected) {
    draw->AddText(font, font->FontSize, ImVec2(min.x + padding.x, textY), colours.text, "✓");
    const ImVec2 markSize = Measure(ui, "✓", spec.font);
    RecordText(ui, "✓", spec.font, colours.text, ImVec2(min.x + padding.x, textY),
               ImVec2(min.x + padding.x + markSize.x, textY + markSize.y), LastItemVisible());
  }
  draw->AddText(font, font->FontSize, ImVec2(min.x + padding.x + mark, textY), faded(colours.text),
                label.data(), label.data() + label.size(), wrap);
  RecordButton(ui, label, spec.id, min, max, spec.enabled, spec.selected);
  return pressed && spec.enabled;
}

float ButtonWidth(Ui& ui, std::string_view label, FontRole font) {
  return std::max(ui.Px(56), Measure(ui, label, font).x + ui.Px(44));
}

float ChoiceWidth(Ui& ui, std::initializer_list<std::string_view> labels, FontRole font) {
  const float whole = ui.Avail();
  const float spacing = ImGui::GetStyle().ItemSpacing.x;
  const float share = (whole - spacing * float(labels.size() - 1)) / float(labels.size());
  const float check = Measure(ui, "✓ ", font).x;
  for (const std::string_view label : labels) {
    if (ButtonWidth(ui, label, font) + check > share) return whole;
  }
  return share;
}

void Label(Ui& ui, std::string_view text, FontRole font, Colour colour) {
  ImGui::PushFont(ui.Font(font));
  ImGui::PushStyleColor(ImGuiCol_Text, colour);
  ImGui::TextUnformatted(text.data(), text.data() + text.size());
  ImGui::PopStyleColor();
  ImGui::PopFont();
  RecordText(ui, text, font, colour, ImGui::GetItemRectMin(), ImGui::GetItemRectMax(),
             LastItemVisible());
}

void Paragraph(Ui& ui, std::string_view text, FontRole font, Colour colour) {
  ImGui::PushFont(ui.Font(font));
  ImGui::PushStyleColor(ImGuiCol_Text, colour);
  ImGui::PushTextWrapPos(ImGui::GetCursorPos().x + ui.Avail());
  ImGui::TextUnformatted(text.data(), text.data() + text.size());
  ImGui::PopTextWrapPos();
  ImGui::PopStyleColor();
  ImGui::PopFont();
  RecordText(ui, text, font, colour, ImGui::GetItemRectMin(), ImGui::GetItemRectMax(),
             LastItemVisible());
}

void CentredLabel(Ui& ui, std::string_view text, FontRole font, Colour colour, float width) {
  const ImVec2 size = Measure(ui, text, font);
  const float offset = std::max(0.0f, (width - size.x) / 2);
  ImGui::SetCursorPosX(ImGui::GetCursorPosX() + offset);
  Label(ui, text, font, colour);
}

void LabelAt(Ui& ui, ImVec2 position, std::string_view text, FontRole font, Colour colour,
             float wrapWidth) {
  ImFont* face = ui.Font(font);
  ImDrawList* drawList = ImGui::GetWindowDrawList();
  const ImVec2 size = Measure(ui, text, font, wrapWidth);
  drawList->AddText(face, face->FontSize, position, colour, text.data(), text.data() + text.size(),
                    wrapWidth);
  const ImVec2 max(position.x + size.x, position.y + size.y);
  const ImRect clip(drawList->GetClipRectMin(), drawList->GetClipRectMax());
  RecordText(ui, text, font, colour, position, max, clip.Overlaps(ImRect(position, max)));
}

ImVec2 Measure(Ui& ui, std::string_view text, FontRole font, float wrapWidth) {
  ImFont* face = ui.Font(font);
  return face->CalcTextSizeA(face->FontSize, 1e9f, wrapWidth > 0 ? wrapWidth : 0.0f, text.data(),
                             text.data() + text.size());
}

std::string Fit(Ui& ui, std::string_view text, FontRole font, float width) {
  if (Measure(ui, text, font).x <= width) return std::string(text);
  std::string cut(text);
  while (!cut.empty()) {
    // Drop one UTF-8 character from the end.
    std::size_t end = cut.size() - 1;
    while (end > 0 && core::IsContinuationByte(cut[end])) --end;
    cut.resize(end);
    if (Measure(ui, cut + "…", font).x <= width) return cut + "…";
  }
  return "…";
}

std::string FitLines(Ui& ui, std::string_view text, FontRole font, float width, int lines) {
  const float room = ui.LineHeight(font) * float(lines) + 0.5f;
  if (Measure(ui, text, font, width).y <= room) return std::string(text);
  std::string cut(text);
  while (!cut.empty()) {
    // Drop the last word (or, in one long word, the last character).
    const std::size_t space = cut.find_last_of(' ');
    if (space != std::string::npos && space > 0) {
      cut.resize(space);
    } else {
      std::size_t end = cut.size() - 1;
      while (end > 0 && core::IsContinuationByte(cut[end])) --end;
      cut.resize(end);
    }
    if (Measure(ui, cut + "…", font, width).y <= room) return cut + "…";
  }
  return "…";
}

void ReservedParagraph(Ui& ui, std::string_view text, bool shown, FontRole font, Colour colour) {
  if (shown) {
    Paragraph(ui, text, font, colour);
    return;
  }
  const float width = ui.Avail();
  ImGui::Dummy(ImVec2(width, Measure(ui, text, font, width).y));
}

void ButtonRow::Next(float width) {
  const float spacing = ImGui::GetStyle().ItemSpacing.x;
  if (!first_ && width + spacing <= left_) {
    ImGui::SameLine();
    left_ -= width + spacing;
  } else {
    left_ = ui_.Avail() - width;
  }
  first_ = false;
}

// Fields that take at least this many characters hold long text and keep room for its preview.
constexpr int kLongTextChars = 80;
// The preview's room below a long-text field, in lines of small text.
constexpr float kPreviewLines = 2.0f;

bool TextField(Ui& ui, std::string_view id, std::string_view hint, std::string& text, int maxChars,
               float width, FontRole font) {
  ImGui::PushFont(ui.Font(font));
  // A field in a larger font gets more room around its text too.
  const float padding = font == FontRole::Body ? 14.0f : 18.0f;
  ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(ui.Px(16), ui.Px(padding)));
  ImGui::PushStyleVar(ImGuiStyleVar_FrameRounding, ui.Px(12));
  ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, ui.Px(1.5f));
  ImGui::PushStyleColor(ImGuiCol_FrameBg, palette::kSurface);
  ImGui::PushStyleColor(ImGuiCol_Border, palette::kLine);
  ImGui::PushStyleColor(ImGuiCol_TextDisabled, palette::kMuted);
  ImGui::SetNextItemWidth(width > 0 ? width : ui.Avail());
  std::pair<const std::string*, int> limit{&text, maxChars};
  const std::string imguiId = "##" + std::string(id);
  const std::string hintText(hint);
  const bool entered = ImGui::InputTextWithHint(
      imguiId.c_str(), hintText.c_str(), &text,
      ImGuiInputTextFlags_EnterReturnsTrue | ImGuiInputTextFlags_CallbackCharFilter,
      LimitCharacters, &limit);
  const ImVec2 min = ImGui::GetItemRectMin();
  const ImVec2 max = ImGui::GetItemRectMax();
  const bool visible = LastItemVisible();
  const float innerWidth = max.x - min.x - ui.Px(32);
  ImGui::PopStyleColor(3);
  ImGui::PopStyleVar(3);
  ImGui::PopFont();
  RecordButton(ui, hint, "field:" + std::string(id), min, max, true, false);
  if (!text.empty()) RecordText(ui, text, font, palette::kInk, min, max, visible);
  // A text wider than the field is shown wrapped below it, so nothing typed is hidden. A field for
  // long text keeps that room whether it is used or not, so what comes below never moves while a
  // finger is on its way to it; a preview longer than the room shows its end.
  const bool longText = maxChars >= kLongTextChars;
  const float room = longText ? ui.LineHeight(FontRole::Small) * kPreviewLines : 0.0f;
  const float wrap = ui.Avail();
  if (Measure(ui, text, font).x > innerWidth) {
    std::string_view preview = text;
    std::string shown(preview);
    while (longText && preview.size() > 1 &&
           Measure(ui, shown, FontRole::Small, wrap).y > room + 0.5f) {
      // Drop the first word (or character) and mark the cut.
      const std::size_t space = preview.find(' ', 1);
      preview.remove_prefix(space == std::string_view::npos ? 1 : space + 1);
      while (!preview.empty() && core::IsContinuationByte(preview.front()))
        preview.remove_prefix(1);
      shown = "…" + std::string(preview);
    }
    const ImVec2 at = ImGui::GetCursorScreenPos();
    LabelAt(ui, at, shown, FontRole::Small, palette::kMuted, wrap);
    const float used = Measure(ui, shown, FontRole::Small, wrap).y;
    ImGui::Dummy(ImVec2(wrap, std::max(room, used)));
  } else if (longText) {
    ImGui::Dummy(ImVec2(wrap, room));
  }
  return entered;
}

void Pill(Ui& ui, std::string_view text, Colour fill, Colour ink, FontRole font) {
  const ImVec2 size = Measure(ui, text, font);
  const ImVec2 padding(ui.Px(12), ui.Px(5));
  const ImVec2 min = ImGui::GetCursorScreenPos();
  const ImVec2 max(min.x + size.x + padding.x * 2, min.y + size.y + padding.y * 2);
  ImGui::GetWindowDrawList()->AddRectFilled(min, max, fill, (max.y - min.y) / 2);
  ImFont* face = ui.Font(font);
  ImGui::GetWindowDrawList()->AddText(face, face->FontSize,
                                      ImVec2(min.x + padding.x, min.y + padding.y), ink,
                                      text.data(), text.data() + text.size());
  ImGui::Dummy(ImVec2(max.x - min.x, max.y - min.y));
  RecordText(ui, text, font, ink, min, max, LastItemVisible());
}

void Gap(Ui& ui, float units) {
  ImGui::Dummy(ImVec2(1, ui.Px(units)));
}

void Divider(Ui& ui) {
  const ImVec2 at = ImGui::GetCursorScreenPos();
  const float width = ui.Avail();
  ImGui::GetWindowDrawList()->AddLine(ImVec2(at.x, at.y + ui.Px(6)),
                                      ImVec2(at.x + width, at.y + ui.Px(6)), palette::kLine,
                                      ui.Px(1.5f));
  ImGui::Dummy(ImVec2(width, ui.Px(12)));
}

void BeginScroll(Ui& ui, const char* id, ImVec2 size) {
  ImGui::PushStyleColor(ImGuiCol_ChildBg, 0);
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
  ImGui::BeginChild(id, size, false, ImGuiWindowFlags_NoScrollbar);
  ImGui::PopStyleVar();
  // Keep clear of the scroll indicator at the right edge.
  ui.BeginColumn(ImGui::GetContentRegionAvail().x - ui.Px(12));
}

void EndScroll(Ui& ui) {
  ui.EndColumn();
  // A finger drag that did not start on a control scrolls the area (touch has no wheel), also
  // when the finger leaves the area while it drags.
  const ImGuiIO& io = ImGui::GetIO();
  const bool onBackground =
      PressedOnBackground(ImGui::GetCurrentWindow()) ||
      (ImGui::IsWindowHovered(ImGuiHoveredFlags_ChildWindows) && !ImGui::IsAnyItemActive());
  if (onBackground && io.MouseDown[0] && io.MouseDelta.y != 0.0f) {
    ImGui::SetScrollY(ImGui::GetScrollY() - io.MouseDelta.y);
  }
  // Content cut off at an edge fades into the background, so the cut reads as "more".
  const float maxScroll = ImGui::GetScrollMaxY();
  {
    ImGuiWindow* window = ImGui::GetCurrentWindow();
    const ImRect inner = window->InnerRect;
    const float fade = ui.Px(28);
    const Colour clear = palette::kBackground & 0x00FFFFFFu;
    if (ImGui::GetScrollY() < maxScroll - 1) {
      window->DrawList->AddRectFilledMultiColor(ImVec2(inner.Min.x, inner.Max.y - fade), inner.Max,
                                                clear, clear, palette::kBackground,
                                                palette::kBackground);
    }
    if (ImGui::GetScrollY() > 1) {
      window->DrawList->AddRectFilledMultiColor(inner.Min, ImVec2(inner.Max.x, inner.Min.y + fade),
                                                palette::kBackground, palette::kBackground, clear,
                                                clear);
    }
  }
  // A thin, quiet indicator shows that there is more.
  if (maxScroll > ui.Px(24)) {
    ImGuiWindow* window = ImGui::GetCurrentWindow();
    const ImRect inner = window->InnerRect;
    const float track = inner.GetHeight();
    const float thumb = std::max(ui.Px(40), track * track / (track + maxScroll));
    const float top = inner.Min.y + (track - thumb) * (ImGui::GetScrollY() / maxScroll);
    window->DrawList->AddRectFilled(ImVec2(inner.Max.x - ui.Px(6), top),
                                    ImVec2(inner.Max.x - ui.Px(1), top + thumb),
                                    Rgba(118, 106, 98, 110), ui.Px(3));
  }
  ImGui::EndChild();
  ImGui::PopStyleColor();
}

std::string Clock(core::Millis remaining) {
  const core::Millis seconds = std::max<core::Millis>(0, (remaining + 999) / 1000);
  const core::Millis minutes = seconds / 60;
  const core::Millis rest = seconds % 60;
  return std::to_string(minutes) + ":" + (rest < 10 ? "0" : "") + std::to_string(rest);
}

bool SettleSent(std::string& field, std::string& sent, std::string_view stored) {
  if (sent.empty() || stored != Trimmed(sent)) return false;
  if (field == sent) field.clear();
  sent.clear();
  return true;
}

}  // namespace spirit::client
