#pragma once

// Sessions made in-process with the real rules and the real decks, brought to the moments the
// screens must show: lobby, each card type and phase, reveals, plenary, closed.

#include <map>
#include <memory>
#include <string>
#include <vector>

#include "spirit/core/Rules.h"
#include "spirit/core/View.h"
#include "support/Builders.h"

namespace spirit::test {

// The seven decks in scenarios/, loaded with the content library.
std::vector<std::shared_ptr<const core::Deck>> RealDecks();

// A session with people at tables, driven through the real rules.
class Scene {
 public:
  // A lobby in this language with `groups` groups (big screen, facilitator and players read it).
  explicit Scene(core::Language language = core::Language::Dutch, int groups = 1);

  // Joins each name on a personal device.
  void Join(const std::vector<std::string>& names);
  // Joins a table tablet holding these names.
  void JoinTable(const std::vector<std::string>& names);
  // Sets the real decks as stations and starts the carousel.
  void Start();
  // Makes a person the holder of their table tablet (hand over and take it), if they are on one.
  void Hold(core::ParticipantId person);
  // Plays group `group`'s table until a card of this type is in play.
  void DrawUntil(core::CardType type, int group = 0);
  // Plays group `group`'s table until a card of this type with at least `options` options is in
  // play.
  void DrawCaseWithOptions(int group = 0);

  // The view on a person's device (their own device, even when a table tablet holds them).
  core::View ViewOf(const std::string& name) const;
  // The view on the big screen.
  core::View BigScreen() const;
  // The view on the facilitator's console.
  core::View Facilitator() const;
  // The actor for a person on their device.
  core::Actor ActorOf(const std::string& name) const;
  // A person's id.
  core::ParticipantId IdOf(const std::string& name) const;
  // The device a person is on.
  core::DeviceId DeviceOf(const std::string& name) const;
  // The card in play at a group's table.
  const core::Card& CardAt(int group = 0) const;

  // The driver, for actions of any kind.
  SessionDriver driver;
  core::Language language;
};

}  // namespace spirit::test
