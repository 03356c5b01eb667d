#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>

#include "spirit/core/State.h"
#include "spirit/core/Text.h"
#include "spirit/server/HostFailure.h"

namespace spirit::server {

// Where the session clock stands on the wall clock: the Unix time (milliseconds) of the session
// clock's 0, so the report can say the date and the times. nullopt: only the duration is known.
using WallClockAtZero = std::optional<std::int64_t>;

// The session report as one self-contained HTML page that any browser opens: when it ran (date,
// start and end of the carousel, duration), how many people in how many groups, the harvest per
// station (insights with +1s, the distributions as bar charts, signal counts) and the actions
// shared with the room. Built from the big screen's view, so it carries no private data: no
// signal answers, no private notes, no unshared actions.
std::string HtmlReport(const core::SessionState& state, core::Language language,
                       WallClockAtZero wallClock = std::nullopt);

// The numbers of the report as CSV (one row per option or step, per signal, per insight).
std::string CsvReport(const core::SessionState& state);

// Writes NAME.html and NAME.csv into the folder; fails (ReportUnwritable) when it cannot.
HostResult<void> WriteReport(const core::SessionState& state, const std::filesystem::path& folder,
                             const std::string& name, core::Language language,
                             WallClockAtZero wallClock = std::nullopt);

}  // namespace spirit::server
