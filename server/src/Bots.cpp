// Bots in the host: personal devices that play from their own view, with human-like pauses.
#include "AuthorityImpl.h"

namespace spirit::server {

namespace {

const char* const kBotNames[] = {"Anouk",  "Bram",  "Carlijn", "Daan",  "Esra",    "Freek",
                                 "Gerda",  "Hamza", "Ilse",    "Joris", "Kim",     "Lotte",
                                 "Mehmet", "Noor",  "Otto",    "Priya", "Quinten", "Rosa",
                                 "Sem",    "Tessa", "Umut",    "Vera",  "Wim",     "Yara"};

}  // namespace

void SessionAuthority::AddBots(int count) {
  Impl& impl = *impl_;
  for (int i = 0; i < count; ++i) {
    const std::size_t number = impl.bots.size();
    std::string name = std::string(kBotNames[number % std::size(kBotNames)]) + " (bot)";
    if (number >= std::size(kBotNames))
      name = std::string(kBotNames[number % std::size(kBotNames)]) + " " +
             std::to_string(number / std::size(kBotNames) + 1) + " (bot)";
    std::vector<core::Event> events;
    if (impl.Accept(core::Actor::Guest(), core::act::Join{impl.state.joinCode, {name}}, &events))
      continue;
    for (const core::Event& event : events) {
      if (const auto* joined = std::get_if<core::ev::Joined>(&event)) {
        impl.bots.push_back(
            BotSeat{joined->device, bots::BotRandom(impl.tokens()), impl.clock->Now()});
        impl.AddDevice(joined->device, "", true);
      }
    }
  }
}

void SessionAuthority::Impl::PlayBots() {
  const core::Millis now = clock->Now();
  const int span = std::max(1, config.botPauseMaxMs - config.botPauseMinMs);
  for (BotSeat& bot : bots) {
    if (now < bot.nextMoveAt) continue;
    bot.nextMoveAt = now + config.botPauseMinMs + bot.random.Below(span);
    auto move =
        bots::ChooseMove(core::ViewFor(state, core::Viewer::OfDevice(bot.device)), bot.random);
    if (move && !Accept(core::Actor::Player(bot.device, move->as), move->action))
      stats.botActions += 1;
  }
}

}  // namespace spirit::server
