#include "spirit/client/Screens.h"

#include "spirit/client/Widgets.h"

namespace spirit::client {

std::optional<Intent> DrawScreenFor(Ui& ui, const core::View& view, const ScreenContext& context,
                                    ScreenStates& states) {
  std::optional<Intent> intent;
  if (states.display.open) {
    const bool joining = view.role == core::ViewerRole::Device && !view.me && !view.handover;
    ui.SetLanguage(joining ? states.participant.join.language : view.language);
    const bool textSizes = view.role != core::ViewerRole::BigScreen;
    if (auto chosen = DrawDisplayPanel(ui, states.display, textSizes))
      intent = local::ChooseDisplay{*chosen};
    DrawNotices(ui, context.notices);
    return intent;
  }
  switch (view.role) {
    case core::ViewerRole::Device:
      intent = DrawParticipantScreen(ui, view, context, states.participant);
      break;
    case core::ViewerRole::BigScreen:
      DrawBigScreen(ui, view, context);
      if (DrawBigScreenCorner(ui)) intent = local::OpenDisplaySettings{};
      break;
    case core::ViewerRole::Facilitator:
      intent = DrawFacilitatorScreen(ui, view, context, states.facilitator);
      break;
  }
  if (intent && std::holds_alternative<local::OpenDisplaySettings>(*intent)) {
    states.display.open = true;
    intent.reset();
  }
  // The join screen shows its own problem by the field it concerns; the rest as usual.
  const bool joinScreen = view.role == core::ViewerRole::Device && !view.me && !view.handover;
  if (!joinScreen) {
    DrawNotices(ui, context.notices);
  } else {
    std::vector<Notice> others;
    for (const Notice& notice : context.notices) {
      if (!notice.problem) others.push_back(notice);
    }
    DrawNotices(ui, others);
  }
  return intent;
}

bool DrawBigScreenCorner(Ui& ui) {
  // The room never sees it: only the trainer's pointer over the window brings it.
  if (!ImGui::IsMousePosValid()) return false;
  const ImVec2 size = ImGui::GetIO().DisplaySize;
  const float side = ui.Px(64);
  const float margin = ui.Px(8);
  ImGui::SetNextWindowPos(ImVec2(size.x - side - margin * 3, size.y - side - margin * 3));
  ImGui::SetNextWindowSize(ImVec2(side + margin * 2, side + margin * 2));
  ImGui::PushStyleColor(ImGuiCol_WindowBg, 0);
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(margin, margin));
  ImGui::Begin("big-screen-corner", nullptr,
               ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                   ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoFocusOnAppearing |
                   ImGuiWindowFlags_NoNav);
  const bool pressed =
      Button(ui, ui.T(Str::DisplayButton),
             {.look = Look::Quiet, .width = side, .height = side, .id = "display-settings"});
  ImGui::End();
  ImGui::PopStyleVar();
  ImGui::PopStyleColor();
  return pressed;
}

void DrawNotices(Ui& ui, const std::vector<Notice>& notices) {
  if (notices.empty()) return;
  const ImVec2 size = ImGui::GetIO().DisplaySize;
  const float width = std::min(size.x - ui.Px(48), ui.Px(720));
  const std::size_t first = notices.size() > 2 ? notices.size() - 2 : 0;
  // Each notice is its text plus the panel's padding above and below, and the space between them.
  float height = 0;
  for (std::size_t i = first; i < notices.size(); ++i) {
    const std::string text = notices[i].problem ? ui.F(Str::ProblemMark, {ui.T(notices[i].text)})
                                                : std::string(ui.T(notices[i].text));
    height += Measure(ui, text, FontRole::BodyBold, width - ui.Px(40)).y + ui.Px(40) +
              ImGui::GetStyle().ItemSpacing.y;
  }
  ImGui::SetNextWindowPos(ImVec2((size.x - width) / 2, size.y - height - ui.Px(110)));
  ImGui::SetNextWindowSize(ImVec2(width, height));
  ImGui::PushStyleColor(ImGuiCol_WindowBg, 0);
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
  ImGui::Begin("notices", nullptr,
               ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoInputs | ImGuiWindowFlags_NoMove |
                   ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoFocusOnAppearing |
                   ImGuiWindowFlags_NoNav);
  ui.BeginColumn(width);
  for (std::size_t i = first; i < notices.size(); ++i) {
    const Notice& notice = notices[i];
    ui.BeginPanel(notice.problem ? palette::kWarmSoft : palette::kPrimarySoft, width,
                  notice.problem ? palette::kWarm : palette::kPrimary);
    // A problem has a warning sign besides its warm colour.
    const std::string text =
        notice.problem ? ui.F(Str::ProblemMark, {ui.T(notice.text)}) : ui.T(notice.text);
    Paragraph(ui, text, FontRole::BodyBold, palette::kInk);
    ui.EndPanel();
  }
  ui.EndColumn();
  ImGui::End();
  ImGui::PopStyleVar();
  ImGui::PopStyleColor();
}

}  // namespace spirit::client
