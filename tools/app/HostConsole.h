#pragma once

#include <filesystem>
#include <string>

#include "spirit/client/ClientApp.h"
#include "spirit/client/NoticeBoard.h"
#include "spirit/server/SessionHost.h"

namespace spirit::app {

// The facilitator console on the trainer's laptop: it runs the host on the app's own loop, shows
// the facilitator's view and applies the console's intents directly (no network in between).
class HostConsole : public client::ViewSource, public client::IntentSink {
 public:
  // A console for this host; reports are written into `reports`.
  HostConsole(server::SessionHost& host, std::string joinAddress, std::filesystem::path reports);

  bool Update() override;
  const core::View& Current() const override { return view_; }
  const client::ScreenContext& Context() const override { return context_; }
  void Send(const client::Intent& intent) override;

  // Starts the carousel by itself this many seconds after the console opened (0: never).
  void StartAfter(int seconds) { startAfterSeconds_ = seconds; }

  // Shows a sentence on the console for a few seconds.
  void Tell(core::Text text, bool problem) {
    notices_.Tell(std::move(text), problem);
    dirty_ = true;
  }

 private:
  server::SessionHost& host_;
  std::filesystem::path reports_;
  core::View view_;
  client::ScreenContext context_;
  client::NoticeBoard notices_;
  std::uint64_t shownVersion_ = ~std::uint64_t(0);
  bool dirty_ = true;
  int startAfterSeconds_ = 0;
  std::uint64_t openedAt_ = 0;
};

}  // namespace spirit::app
