#pragma once

#include <SDL.h>

#include <deque>
#include <memory>
#include <string>
#include <vector>

#include "DemoOptions.h"
#include "spirit/bots/BotPolicy.h"
#include "spirit/client/ClientApp.h"
#include "spirit/client/NoticeBoard.h"
#include "spirit/core/Rules.h"

namespace spirit::demo {

// A whole session in this process, seen through one viewer at a time: the app draws its view and
// sends it the person's intents; bots play every other tablet; the clock runs on real time.
class DemoSession : public client::ViewSource, public client::IntentSink {
 public:
  // A lobby with the bots and a table tablet joined and the decks set as stations (and, with
  // autoStart, the person joined and the carousel started).
  DemoSession(const DemoOptions& options, std::vector<std::shared_ptr<const core::Deck>> decks);

  bool Update() override;
  const core::View& Current() const override { return view_; }
  const client::ScreenContext& Context() const override { return context_; }
  void Send(const client::Intent& intent) override;

  // Shows another viewer: the person's tablet, the table tablet, the big screen, the console.
  void SetRole(Role role);
  // The viewer shown now.
  Role CurrentRole() const { return role_; }
  // The session's join code.
  const std::string& JoinCode() const { return state_.joinCode; }

 private:
  bool Apply(const core::Actor& actor, const core::Action& action, bool fromPerson);
  void Tick();
  void LetBotsPlay();
  void Tell(core::Text text, bool problem);
  bool Refresh();
  void SavePlan();
  void ExportReport();

  DemoOptions options_;
  core::SessionState state_;
  core::View view_;
  client::ScreenContext context_;
  Role role_;
  core::DeviceId personal_ = 0;  // the person's own tablet, once joined
  core::DeviceId table_ = 0;     // the table tablet (bots play it unless it is shown)
  bots::BotRandom random_;
  Uint64 started_ = 0;
  Uint64 nextBots_ = 0;
  client::NoticeBoard notices_;
  std::uint64_t shownVersion_ = ~std::uint64_t(0);
  bool dirty_ = true;
};

}  // namespace spirit::demo
