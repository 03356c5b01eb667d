#pragma once

#include <optional>
#include <string>
#include <vector>

#include "spirit/client/Intent.h"
#include "spirit/client/ScreenContext.h"
#include "spirit/client/Ui.h"
#include "spirit/core/View.h"

namespace spirit::client {

// The participant screen's pages during the carousel.
enum class ParticipantTab { Table, Plan, Notes, Messages };

// What a person is typing on the join screen.
struct JoinForm {
  std::string session;  // SessionListing::id chosen ("" for the first)
  std::string address;  // typed "host[:port]"; when not blank, the chosen session
  std::string code;
  std::string name;
  bool tableMode = false;                       // one tablet for the whole table
  std::vector<std::string> tableNames{"", ""};  // the names at the table, in seat order
  core::Language language = core::Language::Dutch;
};

// What the participant screen remembers between frames: only UI things, never game state.
// Drafts stay until the view shows they arrived, so nothing typed is lost on the way.
struct ParticipantUiState {
  ParticipantTab tab = ParticipantTab::Table;
  JoinForm join;
  std::string insight;
  bool insightAnonymous = false;
  std::string insightSent;  // the insight sent last, until the view shows it
  std::string commitment;
  core::CommitmentKind commitmentKind = core::CommitmentKind::Myself;
  std::string commitmentSent;
  core::ParticipantId giftTo = 0;
  std::string giftWords;
  std::string note;
  std::string noteSent;
  bool confirmTimeOut = false;   // the time-out button asks once more before it sends
  std::size_t messagesSeen = 0;  // messages the player has looked at (the tab's badge)
};

// The participant's tablet: join, table-mode handover, lobby, the carousel (card, answers,
// results, station intro, plan, notes, messages), the plenary and the end. On a table tablet
// (view.devicePlayers) it also passes the tablet between the players.
std::optional<Intent> DrawParticipantScreen(Ui& ui, const core::View& view,
                                            const ScreenContext& context,
                                            ParticipantUiState& state);

}  // namespace spirit::client
