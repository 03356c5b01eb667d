// The participant's lobby, plenary and closing pages.
#include "ParticipantFrame.h"

namespace spirit::client {

namespace {

// A centred column no wider than `most` design pixels.
float CentreColumn(Ui& ui, float most) {
  const float avail = ImGui::GetContentRegionAvail().x;
  const float width = std::min(avail, ui.Px(most));
  ImGui::SetCursorPosX(ImGui::GetCursorPosX() + (avail - width) / 2);
  return width;
}

void NamePills(Ui& ui, const std::vector<std::string>& names) {
  float lineLeft = ui.Avail();
  bool first = true;
  for (const std::string& name : names) {
    const float width =
        Measure(ui, name, FontRole::BodyBold).x + ui.Px(24) + ImGui::GetStyle().ItemSpacing.x;
    if (!first && width <= lineLeft) {
      ImGui::SameLine();
      lineLeft -= width;
    } else {
      lineLeft = ui.Avail() - width;
    }
    first = false;
    Pill(ui, name, palette::kPrimarySoft, palette::kInk, FontRole::BodyBold);
  }
}

}  // namespace

void DrawParticipantLobby(ParticipantFrame& frame) {
  Ui& ui = frame.ui;
  const core::View& view = frame.view;
  if (view.phase == core::SessionPhase::Lobby) DrawParticipantTopBar(frame);
  Gap(ui, 30);
  const float width = CentreColumn(ui, 760);
  ui.BeginColumn(width);
  ui.BeginPanel(palette::kSurface, width, palette::kLine);
  Paragraph(ui, ui.F(Str::Welcome, {frame.me.name}), FontRole::Title, palette::kInk);
  if (frame.me.group >= 0) {
    Label(ui, ui.F(Str::YouAreInGroup, {std::to_string(frame.me.group + 1)}), FontRole::LargeBold,
          palette::kPrimaryDark);
  }
  Gap(ui, 4);
  Paragraph(ui, ui.T(Str::WaitingForStart), FontRole::Large, palette::kInk);
  std::vector<std::string> table;
  for (const core::MemberView& member : view.members) {
    if (member.group == frame.me.group && member.group >= 0) table.push_back(member.name);
  }
  if (!table.empty()) {
    Gap(ui, 8);
    Label(ui, ui.T(Str::AtYourTable), FontRole::BodyBold, palette::kMuted);
    NamePills(ui, table);
  }
  if (view.devicePlayers.size() > 1) {
    std::vector<std::string> players;
    for (const core::MemberView& player : view.devicePlayers) players.push_back(player.name);
    Gap(ui, 8);
    Label(ui, ui.T(Str::OnThisTablet), FontRole::BodyBold, palette::kMuted);
    NamePills(ui, players);
  }
  ui.EndPanel();
  ui.EndColumn();
}

void DrawParticipantPlenary(ParticipantFrame& frame) {
  Ui& ui = frame.ui;
  const core::View& view = frame.view;
  DrawParticipantTopBar(frame);
  DrawParticipantBanners(frame);
  DrawPassTheTablet(frame);
  BeginScroll(ui, "plenary", ImGui::GetContentRegionAvail());
  Label(ui, ui.T(Str::PlenaryTitle), FontRole::Title, palette::kInk);
  Paragraph(ui, ui.T(Str::PlenaryIntro), FontRole::Large, palette::kInk);
  Gap(ui, 6);
  if (frame.me.plan.empty()) Paragraph(ui, ui.T(Str::PlanEmpty), FontRole::Body, palette::kMuted);
  for (int i = 0; i < int(frame.me.plan.size()); ++i) {
    const core::Commitment& item = frame.me.plan[std::size_t(i)];
    const bool shared = frame.me.sharedWithRoom == i;
    ui.BeginPanel(shared ? palette::kPrimarySoft : palette::kSurface, 0, palette::kLine);
    Paragraph(ui, item.text, FontRole::Large, palette::kInk);
    if (shared) {
      if (Button(ui, ui.T(Str::Withdraw), {.look = Look::Quiet, .id = "withdraw"})) {
        frame.Act(core::act::ShareWithRoom{-1});
      }
      ImGui::SameLine();
      ImGui::SetCursorPosY(ImGui::GetCursorPosY() + ui.Px(16));
      Label(ui, "✓ " + std::string(ui.T(Str::SharedWithRoom)), FontRole::BodyBold,
            palette::kPrimaryDark);
    } else if (Button(ui, ui.T(Str::ShareWithRoom), {.id = "room-share-" + std::to_string(i)})) {
      frame.Act(core::act::ShareWithRoom{i});
    }
    ui.EndPanel();
    Gap(ui, 2);
  }
  if (Button(ui, ui.T(Str::SavePlan), {.look = Look::Primary, .id = "save-plan"})) {
    frame.Ask(local::SavePlan{frame.me.id});
  }
  Gap(ui, 10);
  ui.BeginPanel(palette::kSunken);
  Label(ui, ui.T(Str::RoomActions), FontRole::LargeBold, palette::kInk);
  if (view.roomActions.empty())
    Paragraph(ui, ui.T(Str::NoRoomActions), FontRole::Body, palette::kMuted);
  for (const std::string& action : view.roomActions) {
    Paragraph(ui, "•  " + action, FontRole::Large, palette::kInk);
  }
  ui.EndPanel();
  for (const core::HarvestView& harvest : view.harvests) {
    if (harvest.station != view.plenaryStation) continue;
    Gap(ui, 10);
    ui.BeginPanel(palette::kSurface, 0, palette::kLine);
    Label(ui, ui.F(Str::HarvestOf, {ui.T(harvest.title)}), FontRole::LargeBold, palette::kInk);
    int shown = 0;
    for (const core::InsightView& insight : harvest.insights) {
      if (shown++ == 5) break;
      Paragraph(
          ui, "“" + insight.text + "”  " + ui.F(Str::PlusOnes, {std::to_string(insight.plusOnes)}),
          FontRole::Body, palette::kInk);
    }
    if (harvest.insights.empty())
      Paragraph(ui, ui.T(Str::NothingHarvested), FontRole::Body, palette::kMuted);
    ui.EndPanel();
  }
  Gap(ui, 12);
  EndScroll(ui);
}

void DrawParticipantClosed(ParticipantFrame& frame) {
  Ui& ui = frame.ui;
  DrawParticipantTopBar(frame);
  DrawPassTheTablet(frame);
  BeginScroll(ui, "closed", ImGui::GetContentRegionAvail());
  Gap(ui, 10);
  const float width = CentreColumn(ui, 860);
  ui.BeginColumn(width);
  ui.BeginPanel(palette::kPrimarySoft, width);
  Paragraph(ui, ui.T(Str::ClosedTitle), FontRole::Title, palette::kInk);
  Paragraph(ui, ui.T(Str::ClosedBody), FontRole::Large, palette::kInk);
  Gap(ui, 4);
  if (Button(ui, ui.T(Str::SavePlan),
             {.look = Look::Primary, .font = FontRole::LargeBold, .id = "save-plan"})) {
    frame.Ask(local::SavePlan{frame.me.id});
  }
  ui.EndPanel();
  Gap(ui, 8);
  Label(ui, ui.T(Str::MyPlan), FontRole::LargeBold, palette::kInk);
  DrawPlanItems(frame, false);
  ui.EndColumn();
  Gap(ui, 12);
  EndScroll(ui);
}

}  // namespace spirit::client
