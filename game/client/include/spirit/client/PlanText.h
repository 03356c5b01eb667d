#pragma once

#include <string>

#include "spirit/core/View.h"

namespace spirit::client {

// A player's own action plan, received cards and notes as plain text for "save my plan", in
// their language. Built from their private view only.
std::string PlanAsText(const core::PrivateView& me, const std::string& sessionName,
                       core::Language language);

}  // namespace spirit::client
