#pragma once

// Builders for tests: decks made in code and a session driver that plays actions and checks them.

#include <memory>
#include <string>
#include <vector>

#include "spirit/core/Rules.h"
#include "spirit/core/View.h"

namespace spirit::test {

// A card of the given type with every field its type needs, texts in both languages.
core::Card MakeCard(core::CardType type, const std::string& id, int intensity = 1);

// A deck with one card of every type, then more cards cycling through the types, `count` in all.
std::shared_ptr<const core::Deck> MakeDeck(const std::string& id, int count = 14);

// A deck of only these cards, in this order.
std::shared_ptr<const core::Deck> MakeDeckOf(const std::string& id, std::vector<core::Card> cards);

// `count` decks named station-0, station-1, ...
std::vector<std::shared_ptr<const core::Deck>> MakeStations(int count, int cardsEach = 14);

class SessionDriver;

// Four people (Anna, Bram, Cees, Dana) in two groups of two, carousel started on two stations.
SessionDriver TwoGroupsOfTwo();

// A session driven action by action, failing the test on an unexpected outcome.
class SessionDriver {
 public:
  // A new session in the lobby with these settings and seed; the clock starts at 0.
  explicit SessionDriver(core::Settings settings = {}, std::uint64_t seed = 42);

  // The current state.
  const core::SessionState& State() const { return state_; }

  // Applies an action that must be accepted; returns its events.
  std::vector<core::Event> Ok(const core::Actor& actor, const core::Action& action);

  // Applies an action that must be refused with this code; the state must not change.
  void Refused(const core::Actor& actor, const core::Action& action, core::RefusalCode code);

  // Joins one person on a personal device and returns them as an actor.
  core::Actor Join(const std::string& name);

  // Joins a table device holding these names; returns the device's holder as an actor.
  core::Actor JoinTable(const std::vector<std::string>& names);

  // The actor for a participant, acting from their device.
  core::Actor As(core::ParticipantId participant) const;

  // Sets the stations and starts the carousel.
  void Start(std::vector<std::shared_ptr<const core::Deck>> stations);

  // Moves the injected clock on by this many milliseconds.
  std::vector<core::Event> Advance(core::Millis millis);

  // The group's active player as an actor.
  core::Actor Active(int group) const;

  // The card in play at a group's table (its id), or "" when none.
  std::string CardAt(int group) const;

  // The group a participant sits in.
  int GroupOf(core::ParticipantId participant) const;

 private:
  core::SessionState state_;
};

}  // namespace spirit::test
