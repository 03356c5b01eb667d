// The answer controls for every card type and phase, and the results once revealed.
#include <algorithm>
#include <cmath>

#include "Charts.h"
#include "ParticipantFrame.h"

namespace spirit::client {

namespace {

using core::CardPhase;
using core::CardType;

const core::SeatView* MySeat(const core::TableView& table, core::ParticipantId me) {
  for (const core::SeatView& seat : table.seats) {
    if (seat.id == me) return &seat;
  }
  return nullptr;
}

// "3 of 4 have chosen": the present players who did not pass.
void AnswerProgress(ParticipantFrame& frame, const core::CardView& card) {
  Ui& ui = frame.ui;
  int eligible = 0;
  for (const core::SeatView& seat : frame.view.table->seats) {
    if (seat.present && !seat.passed) ++eligible;
  }
  Gap(ui, 4);
  Label(ui, ui.F(Str::AnsweredCount, {std::to_string(card.answered), std::to_string(eligible)}),
        FontRole::BodyBold, palette::kMuted);
  if (frame.Moves().reveal.Allowed())
    Paragraph(ui, ui.T(Str::RevealHint), FontRole::Small, palette::kMuted);
}

void OptionChoice(ParticipantFrame& frame, const core::CardView& card) {
  Ui& ui = frame.ui;
  Paragraph(ui, ui.T(Str::ChoosePrompt), FontRole::BodyBold, palette::kInk);
  Gap(ui, 4);
  const auto& options = card.card.options;
  for (int i = 0; i < int(options.size()); ++i) {
    const std::string id = "option-" + std::to_string(i);
    if (WrapButton(ui, ui.T(options[std::size_t(i)]),
                   {.selected = frame.me.myAnswer == i, .id = id})) {
      frame.Act(core::act::ChooseOption{card.card.id, i});
    }
  }
  AnswerProgress(frame, card);
}

void SignalChoice(ParticipantFrame& frame, const core::CardView& card) {
  Ui& ui = frame.ui;
  Paragraph(ui, ui.T(Str::SignalPrompt), FontRole::LargeBold, palette::kInk);
  Gap(ui, 4);
  const float gap = ImGui::GetStyle().ItemSpacing.x;
  const float width = (ui.Avail() - gap) / 2;
  if (Button(ui, ui.T(Str::SignalYes),
             {.width = width,
              .height = ui.Px(72),
              .font = FontRole::LargeBold,
              .selected = frame.me.myAnswer == 1,
              .id = "signal-yes"})) {
    frame.Act(core::act::MarkSignal{card.card.id, true});
  }
  ImGui::SameLine();
  if (Button(ui, ui.T(Str::SignalNo),
             {.width = width,
              .height = ui.Px(72),
              .font = FontRole::LargeBold,
              .selected = frame.me.myAnswer == 0,
              .id = "signal-no"})) {
    frame.Act(core::act::MarkSignal{card.card.id, false});
  }
  Paragraph(ui, ui.T(Str::SignalPrivate), FontRole::Body, palette::kMuted);
  AnswerProgress(frame, card);
}

// Large step buttons between the two poles: no tiny slider.
void ScaleChoice(ParticipantFrame& frame, const core::CardView& card) {
  Ui& ui = frame.ui;
  const core::Card& face = card.card;
  Paragraph(ui, ui.T(Str::PlacePrompt), FontRole::BodyBold, palette::kInk);
  Gap(ui, 4);
  const int steps = std::max(1, face.steps);
  const float gap = ui.Px(8);
  // One row when every step gets a whole touch target, else as few even rows as that needs.
  // The chosen step shows a check mark besides its fill: every step keeps room for one.
  const float least = std::max(
      ui.Px(56), ButtonWidth(ui, "✓ " + std::to_string(steps), FontRole::LargeBold) - ui.Px(16));
  const int rows =
      std::max(1, int(std::ceil(float(steps) * (least + gap) / (ui.Avail() + gap) - 0.001f)));
  const int perRow = (steps + rows - 1) / rows;
  const float width = (ui.Avail() - gap * float(perRow - 1)) / float(perRow);
  ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(gap, ImGui::GetStyle().ItemSpacing.y));
  for (int i = 0; i < steps; ++i) {
    if (i % perRow != 0) ImGui::SameLine();
    const bool chosen = frame.me.myAnswer == i;
    const std::string id = "step-" + std::to_string(i);
    if (Button(ui, std::to_string(i + 1),
               {.look = chosen ? Look::Primary : Look::Secondary,
                .width = width,
                .height = ui.Px(76),
                .font = FontRole::LargeBold,
                .checked = chosen,
                .id = id})) {
      frame.Act(core::act::PlacePosition{face.id, i});
    }
  }
  ImGui::PopStyleVar();
  const float half = ui.Avail() / 2 - ui.Px(8);
  const ImVec2 at = ImGui::GetCursorScreenPos();
  const std::string low = "← " + Fit(ui, ui.T(face.low), FontRole::BodyBold, half - ui.Px(30));
  const std::string high = Fit(ui, ui.T(face.high), FontRole::BodyBold, half - ui.Px(30)) + " →";
  const float full = ui.Avail();
  LabelAt(ui, at, low, FontRole::BodyBold, palette::kInk);
  LabelAt(ui, ImVec2(at.x + full - Measure(ui, high, FontRole::BodyBold).x, at.y), high,
          FontRole::BodyBold, palette::kInk);
  ImGui::Dummy(ImVec2(full, ui.LineHeight(FontRole::BodyBold)));
  AnswerProgress(frame, card);
}

// Who chose each option or step, for the group's own reveal.
std::vector<std::string> NamesByAnswer(const core::TableView& table, int choices) {
  std::vector<std::string> names(std::size_t(std::max(0, choices)));
  for (const core::SeatView& seat : table.seats) {
    if (seat.answer < 0 || seat.answer >= choices) continue;
    std::string& line = names[std::size_t(seat.answer)];
    if (!line.empty()) line += ", ";
    line += seat.name;
  }
  return names;
}

void Results(ParticipantFrame& frame, const core::CardView& card) {
  Ui& ui = frame.ui;
  const core::Card& face = card.card;
  const core::TableView& table = *frame.view.table;
  Label(ui, ui.T(Str::Results), FontRole::LargeBold, palette::kInk);
  Gap(ui, 4);
  if (face.type == CardType::Signal) {
    if (card.counts.empty()) {
      // The view withholds a count from too few answers (the rule lives in ViewFor).
      Label(ui, ui.T(Str::SignalCountWithheld), FontRole::Body, palette::kMuted);
      return;
    }
    const int no = card.counts.size() > 0 ? card.counts[0] : 0;
    const int yes = card.counts.size() > 1 ? card.counts[1] : 0;
    SignalBar(ui, yes, yes + no, {.labels = FontRole::Body, .counts = FontRole::LargeBold});
    return;
  }
  if (face.type == CardType::Case) {
    const auto names = NamesByAnswer(table, int(face.options.size()));
    OptionBars(ui, face.options, card.counts, {.mine = frame.me.myAnswer, .names = &names});
    return;
  }
  ScaleChart(ui, face.low, face.high, card.counts,
             {.barHeight = ui.Px(130), .mine = frame.me.myAnswer});
  Gap(ui, 6);
  // The extremes explain first; then every step with the names placed on it.
  std::string extremes;
  for (const core::SeatView& seat : table.seats) {
    if (seat.extreme) extremes += (extremes.empty() ? "" : ", ") + seat.name;
  }
  if (!extremes.empty()) {
    Paragraph(ui, std::string(ui.T(Str::ExtremesFirst)) + ": " + extremes, FontRole::BodyBold,
              palette::kWarm);
    Gap(ui, 2);
  }
  const auto names = NamesByAnswer(table, face.steps);
  for (int step = 0; step < int(names.size()); ++step) {
    if (names[std::size_t(step)].empty()) continue;
    bool extreme = false;
    for (const core::SeatView& seat : table.seats) extreme |= seat.answer == step && seat.extreme;
    Pill(ui, std::to_string(step + 1), extreme ? palette::kWarm : palette::kPrimarySoft,
         extreme ? palette::kOnPrimary : palette::kPrimaryDark, FontRole::BodyBold);
    ImGui::SameLine();
    ImGui::SetCursorPosY(ImGui::GetCursorPosY() + ui.Px(4));
    Paragraph(ui, names[std::size_t(step)], extreme ? FontRole::BodyBold : FontRole::Body,
              extreme ? palette::kWarm : palette::kInk);
  }
}

void Recognise(ParticipantFrame& frame, const core::CardView& card) {
  Ui& ui = frame.ui;
  const core::TableView& table = *frame.view.table;
  int recognised = 0;
  for (const core::SeatView& seat : table.seats) recognised += seat.recognised ? 1 : 0;
  if (frame.Acting() || card.reader == frame.me.id) {
    Paragraph(ui, ui.T(Str::AnswerAloud), FontRole::LargeBold, palette::kInk);
  } else {
    Paragraph(ui, ui.F(Str::RecognisePrompt, {SeatName(table, card.reader)}), FontRole::LargeBold,
              palette::kInk);
    const core::SeatView* mine = MySeat(table, frame.me.id);
    const bool on = mine != nullptr && mine->recognised;
    if (Button(ui, ui.T(Str::Recognisable),
               {.look = on ? Look::Primary : Look::Secondary,
                .height = ui.Px(64),
                .font = FontRole::LargeBold,
                .selected = on,
                .id = "recognise"})) {
      frame.Act(core::act::MarkRecognisable{card.card.id});
    }
  }
  if (recognised > 0) {
    Label(ui, ui.F(Str::RecognisedBy, {std::to_string(recognised)}), FontRole::BodyBold,
          palette::kPrimaryDark);
  }
}

void CommitControls(ParticipantFrame& frame, const core::CardView& card) {
  Ui& ui = frame.ui;
  ParticipantUiState& state = frame.state;
  const core::TableView& table = *frame.view.table;
  const std::string& id = card.card.id;
  // A sent commitment that arrived in the plan clears the draft.
  for (const core::Commitment& item : frame.me.plan) {
    if (item.cardId == id && item.deckId == table.deckId)
      SettleSent(state.commitment, state.commitmentSent, item.text);
  }
  Paragraph(ui, ui.T(Str::CommitPrompt), FontRole::LargeBold, palette::kInk);
  Gap(ui, 4);
  const float gap = ImGui::GetStyle().ItemSpacing.x;
  const float half = (ui.Avail() - gap) / 2;
  const bool myself = state.commitmentKind == core::CommitmentKind::Myself;
  if (Button(ui, ui.T(Str::Myself), {.width = half, .selected = myself, .id = "kind-myself"})) {
    state.commitmentKind = core::CommitmentKind::Myself;
  }
  ImGui::SameLine();
  if (Button(ui, ui.T(Str::FromOthers),
             {.width = half, .selected = !myself, .id = "kind-others"})) {
    state.commitmentKind = core::CommitmentKind::FromOthers;
  }
  const bool pending = !state.commitmentSent.empty() && state.commitment == state.commitmentSent;
  const bool ready = !IsBlank(state.commitment) && !pending;
  const bool entered = TextField(ui, "commitment", ui.T(Str::CommitHint), state.commitment,
                                 core::kMaxCommitmentLength);
  if ((Button(ui, ui.T(Str::AddToPlan),
              {.look = Look::Primary, .enabled = ready, .id = "add-to-plan"}) ||
       entered) &&
      ready) {
    frame.Act(core::act::Commit{id, state.commitment, state.commitmentKind});
    state.commitmentSent = state.commitment;
  }
  // What I wrote on this card, each with "share with the group".
  bool heading = false;
  for (int i = 0; i < int(frame.me.plan.size()); ++i) {
    const core::Commitment& item = frame.me.plan[std::size_t(i)];
    if (item.cardId != id || item.deckId != table.deckId) continue;
    if (!heading) {
      Gap(ui, 6);
      Label(ui, ui.T(Str::InYourPlan), FontRole::BodyBold, palette::kMuted);
      heading = true;
    }
    Paragraph(ui, "•  " + item.text, FontRole::Body, palette::kInk);
    if (item.sharedWithGroup) {
      Pill(ui, ui.T(Str::SharedWithGroup), palette::kPrimarySoft, palette::kPrimaryDark);
    } else if (Button(ui, ui.T(Str::ShareWithGroup), {.id = "share-" + std::to_string(i)})) {
      frame.Act(core::act::ShareWithGroup{i});
    }
  }
  if (!card.shared.empty()) {
    Gap(ui, 6);
    Label(ui, ui.T(Str::SharedAtTable), FontRole::BodyBold, palette::kMuted);
    for (const core::SharedCommitmentView& shared : card.shared) {
      Paragraph(ui, shared.name + ": " + shared.text, FontRole::Body, palette::kInk);
    }
  }
}

void GiveControls(ParticipantFrame& frame, const core::CardView& card) {
  Ui& ui = frame.ui;
  ParticipantUiState& state = frame.state;
  const core::TableView& table = *frame.view.table;
  if (card.giftTo != 0) {
    state.giftTo = 0;
    state.giftWords.clear();
    Paragraph(ui, ui.F(Str::GaveTo, {SeatName(table, card.reader), SeatName(table, card.giftTo)}),
              FontRole::LargeBold, palette::kInk);
    if (!card.giftWords.empty()) {
      Paragraph(ui, "“" + card.giftWords + "”", FontRole::Large,
                CardTypeColour(CardType::Resource));
    }
    return;
  }
  if (!frame.Moves().give.Allowed()) {
    Paragraph(ui, ui.F(Str::GiveWaiting, {SeatName(table, table.active)}), FontRole::LargeBold,
              palette::kInk);
    return;
  }
  Paragraph(ui, ui.T(Str::GivePrompt), FontRole::LargeBold, palette::kInk);
  Gap(ui, 4);
  bool first = true;
  float lineLeft = ui.Avail();
  for (const core::SeatView& seat : table.seats) {
    if (seat.id == frame.me.id) continue;
    const float width = ButtonWidth(ui, seat.name) + Measure(ui, "✓ ", FontRole::BodyBold).x;
    if (!first && width + ImGui::GetStyle().ItemSpacing.x <= lineLeft) {
      ImGui::SameLine();
      lineLeft -= width + ImGui::GetStyle().ItemSpacing.x;
    } else {
      lineLeft = ui.Avail() - width;
    }
    first = false;
    if (Button(ui, seat.name,
               {.width = width,
                .enabled = seat.present && Listed(frame.Moves().giveTo, seat.id),
                .selected = state.giftTo == seat.id,
                .id = "give-to-" + std::to_string(seat.id)})) {
      state.giftTo = seat.id;
    }
  }
  TextField(ui, "gift-words", ui.T(Str::GiveWordsHint), state.giftWords, core::kMaxGiftWordsLength);
  const bool ready = state.giftTo != 0 && !IsBlank(state.giftWords);
  // The hint keeps its room once a teammate is chosen, so "give" stays under the finger.
  ReservedParagraph(ui, ui.T(Str::ChooseTeammate), state.giftTo == 0, FontRole::Body,
                    palette::kMuted);
  if (Button(ui, ui.T(Str::Give), {.look = Look::Primary, .enabled = ready, .id = "give"})) {
    frame.Act(core::act::GiveResource{card.card.id, state.giftTo, state.giftWords});
  }
}

}  // namespace

void DrawCardControls(ParticipantFrame& frame, const core::CardView& card) {
  Ui& ui = frame.ui;
  const core::Card& face = card.card;
  ui.BeginPanel(CardTypeTint(face.type));
  if (frame.me.passedCard && card.phase != CardPhase::Reveal) {
    Paragraph(ui, ui.T(Str::Passed), FontRole::LargeBold, palette::kMuted);
    ui.EndPanel();
    return;
  }
  switch (card.phase) {
    case CardPhase::Discuss:
      Paragraph(ui, ui.F(Str::Discuss, {SeatName(*frame.view.table, frame.view.table->active)}),
                FontRole::LargeBold, palette::kInk);
      break;
    case CardPhase::Answer:
      if (face.type == CardType::Signal) {
        SignalChoice(frame, card);
      } else {
        OptionChoice(frame, card);
      }
      break;
    case CardPhase::Position:
      ScaleChoice(frame, card);
      break;
    case CardPhase::Reveal:
      Results(frame, card);
      break;
    case CardPhase::Recognise:
      Recognise(frame, card);
      break;
    case CardPhase::Commit:
      CommitControls(frame, card);
      break;
    case CardPhase::Breathe:
      DrawBreathingPause(frame, card);
      break;
    case CardPhase::Give:
      GiveControls(frame, card);
      break;
  }
  ui.EndPanel();
}

}  // namespace spirit::client
