#include "Midround.h"

namespace spirit::bench {

core::SessionState Midround(const std::vector<std::shared_ptr<const core::Deck>>& decks) {
  core::Settings settings;
  settings.groupMode = core::GroupMode::Count;
  settings.groupCount = 4;
  core::SessionState state = core::NewSession(settings, 3, 0);
  const char* names[] = {"Anouk", "Bram",  "Carlijn", "Daan",  "Esra",   "Freek", "Gerda", "Hamza",
                         "Ilse",  "Joris", "Kim",     "Lotte", "Mehmet", "Noor",  "Otto",  "Priya"};
  for (const char* name : names)
    core::ApplyInPlace(state, core::Actor::Guest(), core::act::Join{state.joinCode, {name}});
  core::ApplyInPlace(state, core::Actor::Facilitator(), core::act::SetStations{decks});
  core::ApplyInPlace(state, core::Actor::Facilitator(), core::act::Start{});
  for (int g = 0; g < 4; ++g) {
    const core::ParticipantId active = state.groups[g].table.active;
    core::ApplyInPlace(state,
                       core::Actor::Player(core::FindParticipant(state, active)->device, active),
                       core::act::Draw{});
  }
  core::ApplyInPlace(state, core::Actor::System(), core::act::Tick{4 * 60 * core::kSecond});
  return state;
}

}  // namespace spirit::bench
