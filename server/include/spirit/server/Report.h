#pragma once

#include <filesystem>
#include <string>

#include "spirit/core/State.h"
#include "spirit/core/Text.h"

namespace spirit::server {

// The session report as one self-contained HTML page that any browser opens: the harvest per
// station (insights with +1s, the distributions as bar charts, signal counts) and the actions
// shared with the room. Built from the big screen's view, so it carries no private data: no
// signal answers, no private notes, no unshared actions.
std::string HtmlReport(const core::SessionState& state, core::Language language);

// The numbers of the report as CSV (one row per option or step, per signal, per insight).
std::string CsvReport(const core::SessionState& state);

// Writes NAME.html and NAME.csv into the folder; false and `error` when it cannot.
bool WriteReport(const core::SessionState& state, const std::filesystem::path& folder, const std::string& name,
                 core::Language language, std::string& error);

}  // namespace spirit::server
