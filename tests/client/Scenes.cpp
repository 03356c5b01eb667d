#include "Scenes.h"

#include <gtest/gtest.h>

#include <filesystem>

#include "spirit/content/DeckLibrary.h"

namespace spirit::test {

std::vector<std::shared_ptr<const core::Deck>> RealDecks() {
  content::DeckLibrary library(SPIRIT_SCENARIOS_DIR);
  library.Refresh();
  std::vector<std::shared_ptr<const core::Deck>> decks;
  for (const content::AvailableDeck& deck : library.Available()) decks.push_back(deck.deck);
  EXPECT_EQ(decks.size(), 7u) << "the seven decks in scenarios/ should load";
  return decks;
}

namespace {

core::Settings SettingsFor(core::Language language, int groups) {
  core::Settings settings;
  settings.sessionName = language == core::Language::English ? "Team day" : "Teamdag Zuid";
  settings.groupMode = core::GroupMode::Count;
  settings.groupCount = groups;
  settings.language = language;
  return settings;
}

}  // namespace

Scene::Scene(core::Language lang, int groups)
    : driver(SettingsFor(lang, groups), 7), language(lang) {}

void Scene::Join(const std::vector<std::string>& names) {
  for (const std::string& name : names) {
    driver.Ok(
        core::Actor::Guest(),
        core::act::Join{driver.State().joinCode, {name}, core::DeviceKind::Personal, language});
  }
}

void Scene::JoinTable(const std::vector<std::string>& names) {
  driver.Ok(core::Actor::Guest(),
            core::act::Join{driver.State().joinCode, names, core::DeviceKind::Table, language});
}

void Scene::Start() {
  driver.Start(RealDecks());
}

void Scene::Hold(core::ParticipantId person) {
  const core::Participant* who = core::FindParticipant(driver.State(), person);
  const core::Device* device = core::FindDevice(driver.State(), who->device);
  if (device->kind != core::DeviceKind::Table) return;
  if (device->holder != person) {
    driver.Ok(core::Actor::Player(device->id, device->holder), core::act::HandDeviceTo{person});
  }
  if (core::FindDevice(driver.State(), who->device)->handoverPending) {
    driver.Ok(core::Actor::Player(device->id, person), core::act::TakeDevice{});
  }
}

void Scene::DrawUntil(core::CardType type, int group) {
  for (int guard = 0; guard < 200; ++guard) {
    Hold(driver.State().groups[std::size_t(group)].table.active);
    const core::Actor active = driver.Active(group);
    if (driver.CardAt(group).empty()) {
      driver.Ok(active, core::act::Draw{});
      continue;
    }
    const core::Card& card = CardAt(group);
    if (card.type == type) return;
    driver.Ok(active, core::act::Pass{card.id});
  }
  FAIL() << "no card of the wanted type came up";
}

void Scene::DrawCaseWithOptions(int group) {
  for (int guard = 0; guard < 200; ++guard) {
    DrawUntil(core::CardType::Case, group);
    if (!CardAt(group).options.empty()) return;
    Hold(driver.State().groups[std::size_t(group)].table.active);
    driver.Ok(driver.Active(group), core::act::Pass{CardAt(group).id});
  }
  FAIL() << "no case card with options came up";
}

core::View Scene::ViewOf(const std::string& name) const {
  return core::ViewFor(driver.State(), core::Viewer::OfDevice(DeviceOf(name)));
}

core::View Scene::BigScreen() const {
  return core::ViewFor(driver.State(), core::Viewer::BigScreen());
}

core::View Scene::Facilitator() const {
  return core::ViewFor(driver.State(), core::Viewer::Facilitator());
}

core::ParticipantId Scene::IdOf(const std::string& name) const {
  for (const core::Participant& person : driver.State().participants) {
    if (person.name == name) return person.id;
  }
  ADD_FAILURE() << "nobody called " << name;
  return 0;
}

core::DeviceId Scene::DeviceOf(const std::string& name) const {
  const core::Participant* person = core::FindParticipant(driver.State(), IdOf(name));
  return person == nullptr ? 0 : person->device;
}

core::Actor Scene::ActorOf(const std::string& name) const {
  return driver.As(IdOf(name));
}

const core::Card& Scene::CardAt(int group) const {
  return *core::CardInPlayAt(driver.State(), group);
}

}  // namespace spirit::test
