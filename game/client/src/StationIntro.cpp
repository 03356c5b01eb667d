// Arriving at a station: the case and goal, what earlier groups left here (+1), and, once the
// pile is empty, the questions to look back on.
#include "ParticipantFrame.h"

namespace spirit::client {

namespace {

// Splits a deck text at blank lines ("\n\n") into paragraphs.
std::vector<std::string> Paragraphs(const std::string& text) {
  std::vector<std::string> parts;
  std::size_t start = 0;
  while (start <= text.size()) {
    const std::size_t end = text.find("\n\n", start);
    const std::string part =
        text.substr(start, end == std::string::npos ? std::string::npos : end - start);
    if (!part.empty()) parts.push_back(part);
    if (end == std::string::npos) break;
    start = end + 2;
  }
  return parts;
}

}  // namespace

void DrawInsight(ParticipantFrame& frame, const core::InsightView& insight, bool canPlusOne) {
  Ui& ui = frame.ui;
  Paragraph(ui, "“" + insight.text + "”", FontRole::Large, palette::kInk);
  const std::string author = insight.author.empty() ? ui.T(Str::AnonymousAuthor) : insight.author;
  Label(ui, ui.F(Str::ByAuthor, {author}), FontRole::Body, palette::kMuted);
  if (insight.plusOnes > 0) {
    ImGui::SameLine();
    Label(ui, ui.F(Str::PlusOnes, {std::to_string(insight.plusOnes)}), FontRole::BodyBold,
          palette::kPrimaryDark);
  }
  if (canPlusOne) {
    const bool done = insight.plusOnedByMe;
    if (Button(ui, ui.T(done ? Str::PlusOned : Str::PlusOne),
               {.enabled = Listed(frame.Moves().plusOneOn, insight.id),
                .selected = false,
                .id = "plus-one-" + std::to_string(insight.id)})) {
      frame.Act(core::act::PlusOne{insight.id});
    }
  }
  Gap(ui, 4);
}

void DrawStationIntro(ParticipantFrame& frame) {
  Ui& ui = frame.ui;
  const core::TableView& table = *frame.view.table;
  ui.BeginPanel(palette::kSurface, 0, palette::kLine);
  Label(ui, ui.T(Str::Station), FontRole::BodyBold, palette::kMuted);
  Paragraph(ui, ui.T(table.title), FontRole::Title, palette::kInk);
  Gap(ui, 4);
  for (const std::string& part : Paragraphs(ui.T(table.intro))) {
    Paragraph(ui, part, FontRole::Body, palette::kInk);
    Gap(ui, 2);
  }
  if (!ui.T(table.goal).empty()) {
    Label(ui, ui.T(Str::Goal), FontRole::BodyBold, palette::kPrimaryDark);
    Paragraph(ui, ui.T(table.goal), FontRole::Body, palette::kInk);
  }
  ui.EndPanel();
  Gap(ui, 6);
  if (table.finished) {
    ui.BeginPanel(palette::kPrimarySoft);
    Paragraph(ui, ui.T(Str::StationDone), FontRole::LargeBold, palette::kInk);
    if (!table.debrief.empty()) {
      Gap(ui, 4);
      Label(ui, ui.T(Str::Debrief), FontRole::BodyBold, palette::kPrimaryDark);
      for (const core::Text& question : table.debrief) {
        Paragraph(ui, "•  " + ui.T(question), FontRole::Large, palette::kInk);
      }
    }
    ui.EndPanel();
    Gap(ui, 6);
  } else {
    const std::string turn = frame.Acting()
                                 ? ui.T(Str::YourTurn)
                                 : ui.F(Str::WaitingForDraw, {SeatName(table, table.active)});
    Paragraph(ui, turn, FontRole::LargeBold,
              frame.Acting() ? palette::kPrimaryDark : palette::kInk);
    Label(ui, ui.F(Str::CardsLeft, {std::to_string(table.cardsLeft)}), FontRole::Body,
          palette::kMuted);
    Gap(ui, 6);
  }
}

void DrawEarlierInsights(ParticipantFrame& frame) {
  Ui& ui = frame.ui;
  const core::TableView& table = *frame.view.table;
  ui.BeginPanel(palette::kSunken);
  Paragraph(ui, ui.T(Str::EarlierInsights), FontRole::LargeBold, palette::kInk);
  Gap(ui, 4);
  if (table.earlierInsights.empty()) {
    Paragraph(ui, ui.T(Str::NoEarlierInsights), FontRole::Body, palette::kMuted);
  }
  for (const core::InsightView& insight : table.earlierInsights) DrawInsight(frame, insight, true);
  ui.EndPanel();
}

}  // namespace spirit::client
