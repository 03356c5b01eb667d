#include "DemoSession.h"

#include <fstream>
#include <iostream>

#include "spirit/client/PlanText.h"
#include "spirit/client/Strings.h"
#include "spirit/core/Refusal.h"

namespace spirit::demo {

namespace {

const char* const kBotNames[] = {"Anouk",  "Bram",  "Carlijn", "Daan",  "Esra", "Freek",
                                 "Gerda",  "Hamza", "Ilse",    "Joris", "Kim",  "Lotte",
                                 "Mehmet", "Priya", "Quinten", "Rosa",  "Sem",  "Tessa",
                                 "Umut",   "Vera",  "Wim",     "Yara"};

constexpr Uint64 kBotPaceMillis = 900;

core::Text Both(const std::string& nl, const std::string& en) {
  return core::Text{nl, en};
}

}  // namespace

DemoSession::DemoSession(const DemoOptions& options,
                         std::vector<std::shared_ptr<const core::Deck>> decks)
    : options_(options), role_(options.role), random_(options.seed * 7919 + 1) {
  core::Settings settings;
  settings.sessionName = "Spirit demo";
  settings.groupMode = core::GroupMode::Count;
  settings.groupCount = options.groups;
  settings.roundMinutes = options.roundMinutes;
  settings.warningMinutes = std::min(3, options.roundMinutes - 1);
  settings.language = options.language;
  state_ = core::NewSession(settings, options.seed, 0);
  for (int i = 0; i < options.bots; ++i) {
    std::string name = kBotNames[std::size_t(i) % std::size(kBotNames)];
    if (i >= int(std::size(kBotNames)))
      name += " " + std::to_string(i / int(std::size(kBotNames)) + 1);
    Apply(core::Actor::Guest(),
          core::act::Join{state_.joinCode, {name}, core::DeviceKind::Personal, options.language},
          false);
  }
  Apply(core::Actor::Guest(),
        core::act::Join{
            state_.joinCode, {"Zoë", "Joël", "Noëlle"}, core::DeviceKind::Table, options.language},
        false);
  table_ = core::DeviceId(state_.devices.size());
  Apply(core::Actor::Facilitator(), core::act::SetStations{decks}, false);
  if (options.autoStart) {
    const std::string me = options.language == core::Language::English ? "Me" : "Ik";
    Apply(core::Actor::Guest(),
          core::act::Join{state_.joinCode, {me}, core::DeviceKind::Personal, options.language},
          false);
    personal_ = core::DeviceId(state_.devices.size());
    Apply(core::Actor::Facilitator(), core::act::Start{}, false);
  }
  context_.sessions = {{"demo", settings.sessionName, "code " + state_.joinCode}};
  context_.hostAddress = "localhost";
  context_.decks = std::move(decks);
  started_ = SDL_GetTicks64();
  nextBots_ = started_ + kBotPaceMillis;
  Refresh();
}

bool DemoSession::Apply(const core::Actor& actor, const core::Action& action, bool fromPerson) {
  auto outcome = core::ApplyInPlace(state_, actor, action);
  if (const auto* refusal = std::get_if<core::Refusal>(&outcome)) {
    if (fromPerson) Tell(core::ExplainBoth(refusal->code), true);
    return false;
  }
  dirty_ = true;
  return true;
}

void DemoSession::Tell(core::Text text, bool problem) {
  notices_.Tell(std::move(text), problem);
  dirty_ = true;
}

void DemoSession::Tick() {
  const auto elapsed = double(SDL_GetTicks64() - started_) * options_.speed;
  const core::Millis now = core::Millis(elapsed);
  // One tick per second of session time keeps the countdown moving without redrawing needlessly.
  if (now / core::kSecond != state_.now / core::kSecond)
    Apply(core::Actor::System(), core::act::Tick{now}, false);
}

void DemoSession::LetBotsPlay() {
  const Uint64 ticks = SDL_GetTicks64();
  if (ticks < nextBots_) return;
  nextBots_ = ticks + kBotPaceMillis;
  for (const core::Device& device : std::vector<core::Device>(state_.devices)) {
    if (device.id == personal_) continue;
    if (device.id == table_ && role_ == Role::Table) continue;
    if (!random_.Chance(40)) continue;
    const auto move =
        bots::ChooseMove(core::ViewFor(state_, core::Viewer::OfDevice(device.id)), random_);
    if (move) Apply(core::Actor::Player(device.id, move->as), move->action, false);
  }
}

bool DemoSession::Refresh() {
  core::Viewer viewer = core::Viewer::BigScreen();
  switch (role_) {
    case Role::Participant:
      viewer = core::Viewer::OfDevice(personal_);
      break;
    case Role::Table:
      viewer = core::Viewer::OfDevice(table_);
      break;
    case Role::BigScreen:
      viewer = core::Viewer::BigScreen();
      break;
    case Role::Facilitator:
      viewer = core::Viewer::Facilitator();
      break;
  }
  view_ = core::ViewFor(state_, viewer);
  context_.notices = notices_.Current();
  dirty_ = false;
  return true;
}

bool DemoSession::Update() {
  Tick();
  LetBotsPlay();
  dirty_ |= notices_.Expire();
  if (!dirty_) return false;
  return Refresh();
}

void DemoSession::SetRole(Role role) {
  role_ = role;
  Refresh();
}

void DemoSession::Send(const client::Intent& intent) {
  if (const auto* game = std::get_if<client::GameIntent>(&intent)) {
    core::Actor actor = core::Actor::Facilitator();
    if (role_ == Role::Participant) actor = core::Actor::Player(personal_, game->as);
    if (role_ == Role::Table) actor = core::Actor::Player(table_, game->as);
    Apply(actor, game->action, true);
  } else if (const auto* join = std::get_if<client::local::JoinSession>(&intent)) {
    auto outcome = core::ApplyInPlace(state_, core::Actor::Guest(), join->join);
    if (const auto* refusal = std::get_if<core::Refusal>(&outcome)) {
      Tell(core::ExplainBoth(refusal->code), true);
    } else {
      for (const core::Event& event : std::get<std::vector<core::Event>>(outcome)) {
        if (const auto* joined = std::get_if<core::ev::Joined>(&event)) personal_ = joined->device;
      }
      role_ = Role::Participant;
      dirty_ = true;
    }
  } else if (std::holds_alternative<client::local::SavePlan>(intent)) {
    SavePlan();
  } else if (std::holds_alternative<client::local::ExportReport>(intent)) {
    ExportReport();
  }
  Refresh();
}

void DemoSession::SavePlan() {
  if (!view_.me) return;
  const std::string file = "spirit-plan-" + view_.me->name + ".txt";
  std::ofstream out(file);
  out << client::PlanAsText(*view_.me, view_.sessionName, view_.language);
  if (out) {
    Tell(Both("Je plan is bewaard in " + file, "Your plan was saved to " + file), false);
  } else {
    Tell(Both("Kon " + file + " niet schrijven", "Could not write " + file), true);
  }
}

void DemoSession::ExportReport() {
  // The report is built from the facilitator's view: aggregates and insights, nothing private.
  const core::View view = core::ViewFor(state_, core::Viewer::Facilitator());
  const core::Language language = view.language;
  const std::string file = "spirit-report.txt";
  std::ofstream out(file);
  out << view.sessionName << "\n\n";
  for (const core::HarvestView& harvest : view.harvests) {
    out << client::Format(client::Str::HarvestOf, language, {harvest.title.In(language)}) << "\n";
    for (const core::InsightView& insight : harvest.insights) {
      out << "  +" << insight.plusOnes << "  " << insight.text << "\n";
    }
    for (const core::DistributionView& distribution : harvest.distributions) {
      out << "  " << distribution.title.In(language) << ":";
      for (int count : distribution.counts) out << " " << count;
      out << "\n";
    }
    for (const core::SignalView& signal : harvest.signals) {
      out << "  " << signal.title.In(language) << ": "
          << client::Format(client::Str::SignalCount, language,
                            {std::to_string(signal.recognised), std::to_string(signal.answered)})
          << "\n";
    }
    out << "\n";
  }
  out << client::Tr(client::Str::RoomActions, language) << "\n";
  for (const std::string& action : view.roomActions) out << "  - " << action << "\n";
  if (out) {
    Tell(Both("Verslag geschreven naar " + file, "Report written to " + file), false);
  } else {
    Tell(Both("Kon " + file + " niet schrijven", "Could not write " + file), true);
  }
}

}  // namespace spirit::demo
