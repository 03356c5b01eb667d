#include "HostConsole.h"

#include <chrono>

#include <SDL.h>

#include "BrowserJoinOf.h"

#include "spirit/content/Problem.h"
#include "spirit/server/Report.h"

namespace spirit::app {

HostConsole::HostConsole(server::SessionHost& host, std::string joinAddress,
                         std::filesystem::path reports)
    : host_(host), reports_(std::move(reports)) {
  context_.hostAddress = std::move(joinAddress);
}

bool HostConsole::Update() {
  host_.Poll(0);
  if (openedAt_ == 0) openedAt_ = SDL_GetTicks64();
  if (startAfterSeconds_ > 0 &&
      SDL_GetTicks64() - openedAt_ >= std::uint64_t(startAfterSeconds_) * 1000) {
    startAfterSeconds_ = 0;
    if (host_.State().phase == core::SessionPhase::Lobby) {
      if (auto refused = host_.Facilitate(core::act::Start{})) Tell(refused->message, true);
    }
  }
  dirty_ |= notices_.Expire();
  // The join link changes when this console or a remote one switches to another address.
  if (const protocol::JoinLink link = host_.CurrentJoinLink();
      link.url != context_.browserJoin.url) {
    context_.browserJoin = BrowserJoinOf(link);
    dirty_ = true;
  }
  if (!dirty_ && host_.State().version == shownVersion_) return false;
  shownVersion_ = host_.State().version;
  dirty_ = false;
  view_ = host_.ViewFor(core::Viewer::Facilitator());
  context_.decks.clear();
  for (const auto& deck : host_.Decks().Available()) context_.decks.push_back(deck.deck);
  context_.brokenDecks.clear();
  for (const auto& broken : host_.Decks().Unavailable()) {
    client::BrokenDeck listed{broken.file.filename().string(), {}};
    for (const auto& problem : broken.problems) {
      listed.problems.push_back({content::FormatProblem(problem, core::Language::Dutch),
                                 content::FormatProblem(problem, core::Language::English)});
    }
    context_.brokenDecks.push_back(std::move(listed));
  }
  context_.notices = notices_.Current();
  return true;
}

void HostConsole::Send(const client::Intent& intent) {
  if (const client::GameIntent* game = client::AsGame(intent)) {
    if (auto refused = host_.Facilitate(game->action)) Tell(refused->message, true);
  } else if (std::holds_alternative<client::local::NextJoinAddress>(intent)) {
    host_.NextJoinAddress();
  } else if (std::holds_alternative<client::local::ExportReport>(intent)) {
    const std::string name = host_.SessionId().empty() ? "spirit-report" : host_.SessionId();
    // The session clock's last reading is now, give or take a tick: that places it on the wall
    // clock.
    const auto wallNow = std::chrono::duration_cast<std::chrono::milliseconds>(
                             std::chrono::system_clock::now().time_since_epoch())
                             .count();
    const server::WallClockAtZero wallClock = std::int64_t(wallNow) - host_.State().now;
    const auto written = server::WriteReport(host_.State(), reports_, name,
                                             host_.State().settings.language, wallClock);
    if (written) {
      const std::string file = (reports_ / (name + ".html")).string();
      Tell({"Verslag geschreven: " + file, "Report written: " + file}, false);
    } else {
      Tell({"Het verslag kon niet worden geschreven: " + written.Error().text.nl,
            "The report could not be written: " + written.Error().text.en},
           true);
    }
  }
  dirty_ = true;
}

}  // namespace spirit::app
