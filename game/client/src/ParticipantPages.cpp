// The participant's own pages: the action plan, private notes and the trainer's messages.
#include "ParticipantFrame.h"

namespace spirit::client {

namespace {

void PlanItems(ParticipantFrame& frame, bool share) {
  Ui& ui = frame.ui;
  if (frame.me.plan.empty()) {
    Paragraph(ui, ui.T(Str::PlanEmpty), FontRole::Body, palette::kMuted);
    return;
  }
  for (int i = 0; i < int(frame.me.plan.size()); ++i) {
    const core::Commitment& item = frame.me.plan[std::size_t(i)];
    ui.BeginPanel(palette::kSurface, 0, palette::kLine);
    const bool myself = item.kind == core::CommitmentKind::Myself;
    Pill(ui, ui.T(myself ? Str::Myself : Str::FromOthers),
         myself ? palette::kPrimarySoft : palette::kCalmSoft, palette::kInk);
    Paragraph(ui, item.text, FontRole::Large, palette::kInk);
    if (item.sharedWithGroup) {
      Label(ui, "✓ " + std::string(ui.T(Str::SharedWithGroup)), FontRole::Body,
            palette::kPrimaryDark);
    } else if (share &&
               Button(ui, ui.T(Str::ShareWithGroup), {.id = "plan-share-" + std::to_string(i)})) {
      frame.Act(core::act::ShareWithGroup{i});
    }
    ui.EndPanel();
    Gap(ui, 2);
  }
}

}  // namespace

void DrawPlanItems(ParticipantFrame& frame, bool share) {
  PlanItems(frame, share);
}

void DrawPlanPage(ParticipantFrame& frame) {
  Ui& ui = frame.ui;
  Label(ui, ui.T(Str::MyPlan), FontRole::Title, palette::kInk);
  Gap(ui, 4);
  PlanItems(frame, frame.view.phase == core::SessionPhase::Rounds);
  if (!frame.me.resources.empty()) {
    Gap(ui, 8);
    Label(ui, ui.T(Str::ReceivedResources), FontRole::LargeBold, palette::kInk);
    for (const core::ReceivedResourceView& resource : frame.me.resources) {
      ui.BeginPanel(CardTypeTint(core::CardType::Resource));
      Paragraph(ui, ui.T(resource.title), FontRole::LargeBold, palette::kInk);
      Label(ui, ui.F(Str::From, {resource.from}), FontRole::Body, palette::kMuted);
      if (!resource.words.empty())
        Paragraph(ui, "“" + resource.words + "”", FontRole::Large, palette::kInk);
      ui.EndPanel();
      Gap(ui, 2);
    }
  }
  Gap(ui, 8);
  if (Button(ui, ui.T(Str::SavePlan), {.look = Look::Primary, .id = "save-plan"})) {
    frame.Ask(local::SavePlan{frame.me.id});
  }
}

void DrawNotesPage(ParticipantFrame& frame) {
  Ui& ui = frame.ui;
  ParticipantUiState& state = frame.state;
  for (const core::Note& note : frame.me.notes) SettleSent(state.note, state.noteSent, note.text);
  Label(ui, ui.T(Str::MyNotes), FontRole::Title, palette::kInk);
  Paragraph(ui, ui.T(Str::NotesPrivate), FontRole::Body, palette::kMuted);
  Gap(ui, 4);
  const bool entered = TextField(ui, "note", ui.T(Str::NoteHint), state.note, core::kMaxNoteLength);
  const bool pending = !state.noteSent.empty() && state.note == state.noteSent;
  const bool ready = !IsBlank(state.note) && !pending;
  if ((Button(ui, ui.T(Str::SaveNote),
              {.look = Look::Primary, .enabled = ready, .id = "save-note"}) ||
       entered) &&
      ready) {
    frame.Act(core::act::WriteNote{state.note});
    state.noteSent = state.note;
  }
  Gap(ui, 8);
  for (auto note = frame.me.notes.rbegin(); note != frame.me.notes.rend(); ++note) {
    ui.BeginPanel(palette::kSurface, 0, palette::kLine);
    Paragraph(ui, note->text, FontRole::Large, palette::kInk);
    ui.EndPanel();
    Gap(ui, 2);
  }
}

void DrawMessagesPage(ParticipantFrame& frame) {
  Ui& ui = frame.ui;
  Paragraph(ui, ui.T(Str::Messages), FontRole::Title, palette::kInk);
  Gap(ui, 4);
  if (frame.view.messages.empty())
    Paragraph(ui, ui.T(Str::NoMessages), FontRole::Body, palette::kMuted);
  for (auto message = frame.view.messages.rbegin(); message != frame.view.messages.rend();
       ++message) {
    ui.BeginPanel(palette::kCalmSoft);
    Label(ui,
          message->group < 0 ? std::string(ui.T(Str::ToEveryone))
                             : ui.F(Str::ToGroup, {std::to_string(message->group + 1)}),
          FontRole::Small, palette::kMuted);
    Paragraph(ui, message->text, FontRole::Large, palette::kInk);
    ui.EndPanel();
    Gap(ui, 2);
  }
}

}  // namespace spirit::client
