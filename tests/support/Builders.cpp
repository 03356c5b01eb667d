#include "support/Builders.h"

#include <gtest/gtest.h>

#include "spirit/core/CardTypes.h"
#include "spirit/core/Hash.h"

namespace spirit::test {

using namespace spirit::core;

Card MakeCard(CardType type, const std::string& id, int intensity) {
  Card card;
  card.id = id;
  card.type = type;
  card.intensity = intensity;
  card.title = {"Titel " + id, "Title " + id};
  card.text = {"Tekst van " + id, "Text of " + id};
  card.prompts = {{"Wat zie je?", "What do you see?"}};
  // The fields only some types have, as the type's row of kCardTypes says.
  const CardTypeFacts& facts = FactsOf(type);
  if (facts.options.used) {
    card.options = {{"Optie A", "Option A"}, {"Optie B", "Option B"}, {"Optie C", "Option C"}};
  }
  if (facts.steps.used) {
    card.steps = 5;
    card.low = {"afstand", "distance"};
    card.high = {"nabijheid", "closeness"};
  }
  if (facts.seconds.used) card.seconds = 60;
  // Test weights: a case or signal weighs on the load; what supports the players adds capacity.
  if (type == CardType::Case || type == CardType::Signal) card.load = 1;
  if (type == CardType::Action || type == CardType::Pause || type == CardType::Resource) {
    card.capacity = 1;
  }
  return card;
}

std::shared_ptr<const Deck> MakeDeckOf(const std::string& id, std::vector<Card> cards) {
  auto deck = std::make_shared<Deck>();
  deck->id = id;
  deck->title = {"Station " + id, "Station " + id};
  deck->intro = {"Intro " + id, "Intro " + id};
  deck->goal = {"Doel", "Goal"};
  deck->debrief = {{"Wat neem je mee?", "What do you take with you?"}};
  deck->sources = {"Built in code for tests"};
  deck->resilienceMeter = true;
  deck->cards = std::move(cards);
  return deck;
}

std::shared_ptr<const Deck> MakeDeck(const std::string& id, int count) {
  // The seven types of GAME.md in turn (a type added later leaves these decks as they are).
  constexpr std::size_t kTypes = 7;
  std::vector<Card> cards;
  for (int i = 0; i < count; ++i) {
    const CardType type = kCardTypes[std::size_t(i) % kTypes].type;
    cards.push_back(MakeCard(type, id + "-card-" + std::to_string(i), 1 + i % 3));
  }
  return MakeDeckOf(id, std::move(cards));
}

std::vector<std::shared_ptr<const Deck>> MakeStations(int count, int cardsEach) {
  std::vector<std::shared_ptr<const Deck>> decks;
  for (int i = 0; i < count; ++i)
    decks.push_back(MakeDeck("station-" + std::to_string(i), cardsEach));
  return decks;
}

SessionDriver TwoGroupsOfTwo() {
  Settings settings;
  settings.groupMode = GroupMode::Count;
  settings.groupCount = 2;
  SessionDriver session(settings);
  for (const char* name : {"Anna", "Bram", "Cees", "Dana"}) session.Join(name);
  session.Start(MakeStations(2));
  return session;
}

SessionDriver::SessionDriver(Settings settings, std::uint64_t seed)
    : state_(NewSession(settings, seed, 0)) {}

std::vector<Event> SessionDriver::Ok(const Actor& actor, const Action& action) {
  Outcome outcome = Apply(state_, actor, action);
  if (auto* refusal = std::get_if<Refusal>(&outcome)) {
    ADD_FAILURE() << ActionName(action) << " was refused: " << RefusalName(refusal->code);
    return {};
  }
  auto& accepted = std::get<Accepted>(outcome);
  state_ = std::move(accepted.state);
  return std::move(accepted.events);
}

void SessionDriver::Refused(const Actor& actor, const Action& action, RefusalCode code) {
  const std::uint64_t before = StateHash(state_);
  SessionState copy = state_;
  auto result = ApplyInPlace(copy, actor, action);
  if (auto* refusal = std::get_if<Refusal>(&result)) {
    EXPECT_EQ(RefusalName(refusal->code), std::string(RefusalName(code))) << ActionName(action);
    EXPECT_EQ(StateHash(copy), before)
        << "a refused " << ActionName(action) << " changed the state";
  } else {
    ADD_FAILURE() << ActionName(action) << " was accepted but should be refused with "
                  << RefusalName(code);
  }
}

Actor SessionDriver::Join(const std::string& name) {
  auto events = Ok(Actor::Guest(), act::Join{state_.joinCode, {name}});
  for (const Event& event : events) {
    if (auto* joined = std::get_if<ev::Joined>(&event)) {
      return Actor::Player(joined->device, joined->players.front());
    }
  }
  ADD_FAILURE() << "no Joined event for " << name;
  return Actor::Guest();
}

Actor SessionDriver::JoinTable(const std::vector<std::string>& names) {
  auto events =
      Ok(Actor::Guest(), act::Join{state_.joinCode, names, DeviceKind::Table, Language::Dutch});
  for (const Event& event : events) {
    if (auto* joined = std::get_if<ev::Joined>(&event)) {
      return Actor::Player(joined->device, joined->players.front());
    }
  }
  ADD_FAILURE() << "no Joined event for the table";
  return Actor::Guest();
}

Actor SessionDriver::As(ParticipantId participant) const {
  const Participant* person = FindParticipant(state_, participant);
  return Actor::Player(person == nullptr ? 0 : person->device, participant);
}

void SessionDriver::Start(std::vector<std::shared_ptr<const Deck>> stations) {
  Ok(Actor::Facilitator(), act::SetStations{std::move(stations)});
  Ok(Actor::Facilitator(), act::Start{});
}

std::vector<Event> SessionDriver::Advance(Millis millis) {
  return Ok(Actor::System(), act::Tick{state_.now + millis});
}

Actor SessionDriver::Active(int group) const {
  return As(state_.groups[group].table.active);
}

std::string SessionDriver::CardAt(int group) const {
  const auto& card = state_.groups[group].table.card;
  return card ? card->cardId : std::string();
}

int SessionDriver::GroupOf(ParticipantId participant) const {
  return FindParticipant(state_, participant)->group;
}

}  // namespace spirit::test
