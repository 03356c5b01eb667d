#pragma once

#include "FieldChecker.h"
#include "FieldScope.h"
#include "spirit/core/Card.h"

namespace spirit::content {

// Checks one card: id, intensity, title, text, prompts, tags and weights, and what its type needs
// and allows (options on case; steps and poles on scale; seconds on pause). A card whose type the
// loader could not read gets no type-specific checks.
void CheckCard(const core::Card& card, const FieldScope& scope, FieldChecker& checker);

}  // namespace spirit::content
