#include "spirit/client/Drafts.h"

#include <algorithm>

#include "spirit/client/Widgets.h"

namespace spirit::client {

namespace {

// The fields a device keeps, each with its text and the copy sent from it ("" when none).
struct DraftField {
  const char* key;
  std::string ParticipantUiState::*text;
  std::string ParticipantUiState::*sent;  // nullptr: the field has no sent copy
};

constexpr DraftField kFields[] = {
    {"note", &ParticipantUiState::note, &ParticipantUiState::noteSent},
    {"insight", &ParticipantUiState::insight, &ParticipantUiState::insightSent},
    {"commitment", &ParticipantUiState::commitment, &ParticipantUiState::commitmentSent},
    {"gift-words", &ParticipantUiState::giftWords, nullptr},
};

}  // namespace

DraftTexts TypedDrafts(const ScreenStates& states, const core::View& view) {
  DraftTexts drafts;
  if (!view.me || view.devicePlayers.size() > 1 || view.phase == core::SessionPhase::Closed)
    return drafts;
  const ParticipantUiState& state = states.participant;
  for (const DraftField& field : kFields) {
    const std::string& text = state.*field.text;
    if (IsBlank(text)) continue;
    if (field.sent != nullptr && text == state.*field.sent) continue;
    drafts[field.key] = text;
  }
  return drafts;
}

void RestoreDrafts(ScreenStates& states, const DraftTexts& drafts) {
  ParticipantUiState& state = states.participant;
  for (const DraftField& field : kFields) {
    auto found = drafts.find(field.key);
    if (found != drafts.end() && (state.*field.text).empty()) state.*field.text = found->second;
  }
}

void DraftKeeper::Observe(const DraftTexts& typed, core::Millis now) {
  if (typed == typed_) return;
  typed_ = typed;
  lastChange_ = now;
  if (Changes().empty()) {
    firstChange_.reset();
  } else if (!firstChange_) {
    firstChange_ = now;
  }
}

DraftTexts DraftKeeper::Changes() const {
  DraftTexts changes;
  for (const auto& [key, text] : typed_) {
    auto kept = kept_.find(key);
    if (kept == kept_.end() || kept->second != text) changes[key] = text;
  }
  for (const auto& [key, text] : kept_) {
    if (typed_.count(key) == 0) changes[key] = "";
  }
  return changes;
}

std::optional<core::Millis> DraftKeeper::DueAt() const {
  if (!firstChange_) return std::nullopt;
  return std::min(lastChange_ + kSettle, *firstChange_ + kLongest);
}

DraftTexts DraftKeeper::TakeDue(core::Millis now) {
  const auto due = DueAt();
  if (!due || now < *due) return {};
  DraftTexts changes = Changes();
  kept_ = typed_;
  firstChange_.reset();
  return changes;
}

void DraftKeeper::KnowKept(const DraftTexts& kept, core::Millis now) {
  kept_ = kept;
  firstChange_.reset();
  if (!Changes().empty()) firstChange_ = lastChange_ = now;
}

}  // namespace spirit::client
