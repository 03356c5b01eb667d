#pragma once

#include <map>
#include <string>
#include <variant>

#include "spirit/client/DisplaySettings.h"
#include "spirit/core/Action.h"
#include "spirit/core/Ids.h"
#include "spirit/core/Text.h"

namespace spirit::client {

// A game action a screen asks the host to apply. `as` is the participant who acts (on a table
// tablet: the player holding it); it is 0 for the facilitator's console.
struct GameIntent {
  core::ParticipantId as = 0;
  core::Action action;
};

// Requests the app handles itself, without the rules.
namespace local {

// Connect to the chosen session and send this join (the code and names the person typed).
struct JoinSession {
  std::string session;  // SessionListing::id of a listed session, or a typed "host[:port]"
  core::act::Join join;
};
// Save the player's own action plan (and notes) to a file on this device.
struct SavePlan {
  core::ParticipantId owner = 0;
};
// Write the session report (the facilitator's console).
struct ExportReport {};
// Show the screens in this language (before joining; a joined player sends SetLanguage).
struct ChooseLanguage {
  core::Language language = core::Language::Dutch;
};

// Show where browsers join on the host's next LAN address (the console's lobby, with several).
struct NextJoinAddress {};

// Keep these fields' unsent text on the host for this device (field → text; "" : forget it).
struct KeepDrafts {
  std::map<std::string, std::string> fields;
};

// Open the display settings (text size, contrast, motion) over the screen.
struct OpenDisplaySettings {};

// Show this device's screens with these settings from now on, and keep them on the device.
struct ChooseDisplay {
  DisplaySettings settings;
};

}  // namespace local

// What one tap on a screen asks for: a game action, or a request the app handles itself.
using Intent = std::variant<GameIntent, local::JoinSession, local::SavePlan, local::ExportReport,
                            local::ChooseLanguage, local::NextJoinAddress, local::KeepDrafts,
                            local::OpenDisplaySettings, local::ChooseDisplay>;

// The game action inside an intent, or nullptr when it is a local request.
inline const GameIntent* AsGame(const Intent& intent) {
  return std::get_if<GameIntent>(&intent);
}

}  // namespace spirit::client
