// The facilitator in the plenary and after: step through the stations, close, export.
#include "Charts.h"
#include "FacilitatorParts.h"
#include "Paging.h"

namespace spirit::client {

namespace {

// "Previous page" and "next page" for the big screen, above the stations so they stay in reach;
// and whether its pages turn by themselves or wait for the facilitator.
void PageControls(FacilitatorFrame& frame) {
  Ui& ui = frame.ui;
  Label(ui, ui.T(Str::BigScreenPages), FontRole::BodyBold, palette::kMuted);
  const std::string back = ui.T(Str::PreviousPage);
  const std::string next = ui.T(Str::NextPage);
  const float width = ChoiceWidth(ui, {back, next});
  ButtonRow row(ui);
  row.Next(width);
  if (Button(ui, back, {.width = width, .id = "previous-page"})) {
    frame.Act(core::act::TurnPlenaryPage{-1});
  }
  row.Next(width);
  if (Button(ui, next, {.look = Look::Primary, .width = width, .id = "next-page"})) {
    frame.Act(core::act::TurnPlenaryPage{1});
  }
  const bool driven = frame.view.plenaryPaging.drivenAt >= 0;
  const std::string how =
      driven ? std::string(ui.T(Str::PagesWaitForYou))
             : ui.F(Str::PagesTurnThemselves, {std::to_string(kPageTurn / core::kSecond)});
  Paragraph(ui, how, FontRole::Small, driven ? palette::kPrimaryDark : palette::kMuted);
}

// The left column: close (asked twice) or "closed", export, the page controls, a button per
// station to show on the big screen, and the time-outs.
void PlenaryStations(FacilitatorFrame& frame, bool closed) {
  Ui& ui = frame.ui;
  const core::View& view = frame.view;
  // Closing and exporting come first, so they stay in view however many stations follow.
  if (!closed) {
    if (ConfirmButton(frame, ui.T(Str::CloseSession), "close-session", {.look = Look::Alert})) {
      frame.Act(core::act::CloseSession{});
    }
  } else {
    Paragraph(ui, ui.T(Str::ClosedTitle), FontRole::LargeBold, palette::kInk);
  }
  Gap(ui, 6);
  if (Button(ui, ui.T(Str::ExportReport), {.look = Look::Primary, .id = "export-report"})) {
    frame.Ask(local::ExportReport{});
  }
  Gap(ui, 10);
  Label(ui, ui.T(Str::PlenaryTitle), FontRole::LargeBold, palette::kInk);
  if (!closed) {
    PageControls(frame);
    Gap(ui, 6);
  }
  for (const core::HarvestView& harvest : view.harvests) {
    const bool shown = harvest.station == view.plenaryStation;
    if (WrapButton(ui, std::to_string(harvest.station + 1) + ".  " + ui.T(harvest.title),
                   {.enabled = !closed,
                    .selected = shown,
                    .id = "show-" + std::to_string(harvest.station)})) {
      frame.Act(core::act::ShowStation{harvest.station});
    }
  }
  Gap(ui, 10);
  if (!closed) DrawTimeOuts(frame);
}

// One station's harvest: its insights with their plus-ones, how the room stood on each card, the
// signals recognised.
void StationHarvest(Ui& ui, const core::HarvestView& harvest) {
  Label(ui, ui.F(Str::HarvestOf, {ui.T(harvest.title)}), FontRole::Title, palette::kInk);
  Label(ui, ui.T(Str::Insights), FontRole::LargeBold, palette::kPrimaryDark);
  if (harvest.insights.empty())
    Paragraph(ui, ui.T(Str::NothingHarvested), FontRole::Body, palette::kMuted);
  for (const core::InsightView& insight : harvest.insights) {
    const std::string author = insight.author.empty() ? ui.T(Str::AnonymousAuthor) : insight.author;
    Paragraph(ui,
              ui.F(Str::PlusOnes, {std::to_string(insight.plusOnes)}) + "   " + insight.text +
                  "  " + ui.F(Str::ByAuthor, {author}),
              FontRole::Body, palette::kInk);
  }
  if (!harvest.distributions.empty()) {
    Gap(ui, 6);
    Label(ui, ui.T(Str::HowTheRoomStood), FontRole::LargeBold, palette::kPrimaryDark);
  }
  for (const core::DistributionView& distribution : harvest.distributions) {
    Label(ui, ui.T(distribution.title), FontRole::BodyBold, palette::kInk);
    if (distribution.type == core::CardType::Scale) {
      ScaleChart(ui, distribution.low, distribution.high, distribution.counts,
                 {.barHeight = ui.Px(80), .markExtremes = false});
    } else {
      OptionBars(ui, distribution.options, distribution.counts, {});
    }
  }
  if (!harvest.signals.empty()) {
    Gap(ui, 6);
    Label(ui, ui.T(Str::RecognisedSignals), FontRole::LargeBold, palette::kPrimaryDark);
  }
  for (const core::SignalView& signal : harvest.signals) {
    Label(ui, ui.T(signal.title), FontRole::BodyBold, palette::kInk);
    SignalBar(ui, signal.recognised, signal.answered, {});
  }
}

// The actions the room agreed on, or a word that there are none yet.
void RoomActions(Ui& ui, const core::View& view) {
  Gap(ui, 8);
  Label(ui, ui.T(Str::RoomActions), FontRole::LargeBold, palette::kPrimaryDark);
  if (view.roomActions.empty())
    Paragraph(ui, ui.T(Str::NoRoomActions), FontRole::Body, palette::kMuted);
  for (const std::string& action : view.roomActions)
    Paragraph(ui, "•  " + action, FontRole::Body, palette::kInk);
}

}  // namespace

void DrawFacilitatorPlenary(FacilitatorFrame& frame) {
  Ui& ui = frame.ui;
  const core::View& view = frame.view;
  const bool closed = view.phase == core::SessionPhase::Closed;
  const float gap = ui.Px(20);
  const ImVec2 avail = ImGui::GetContentRegionAvail();
  const float leftWidth = std::max(ui.Px(360), avail.x * 0.3f);
  BeginScroll(ui, "stations", ImVec2(leftWidth, avail.y));
  PlenaryStations(frame, closed);
  EndScroll(ui);
  ImGui::SameLine(0, gap);
  BeginScroll(ui, "harvest", ImVec2(avail.x - leftWidth - gap, avail.y));
  for (const core::HarvestView& harvest : view.harvests) {
    if (harvest.station != view.plenaryStation) continue;
    StationHarvest(ui, harvest);
  }
  RoomActions(ui, view);
  Gap(ui, 10);
  EndScroll(ui);
}

}  // namespace spirit::client
