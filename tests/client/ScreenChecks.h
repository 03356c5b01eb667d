#pragma once

// Checks every rendered screen must pass, whatever it shows.

#include <gtest/gtest.h>

#include <ostream>
#include <string>

#include "ScreenHarness.h"

namespace spirit::test {

// No visible text runs past the window's right edge; every visible button is a touch target of
// at least `minTarget` pixels each way; buttons do not overlap each other nor any QR code.
void ExpectTidyLayout(const client::FrameRecord& record, ScreenSize size, float minTarget = 48);

// Every QR code lies inside the window with no visible text or button over it (ExpectTidyLayout
// checks this too).
void ExpectNothingOverQrCodes(const client::FrameRecord& record, ScreenSize size);

// The frame is not blank: a fair share of its pixels differ from the background.
void ExpectNotBlank(const client::Image& image);

// Whether the image has at least `count` pixels close to a colour inside a box.
bool HasColour(const client::Image& image, const client::Box& box, client::Colour colour,
               int count = 20);

// A name for a screenshot: "<what>-<size>-<nl|en>".
std::string ShotName(const std::string& what, ScreenSize size, core::Language language);

// A screen size and a language: what the parameterised screen tests run through.
struct ScreenSetup {
  ScreenSize size;
  core::Language language;
};

// How gtest prints a setup in failures.
void PrintTo(const ScreenSetup& setup, std::ostream* out);

// A test-name suffix from a setup: "Landscape" or "Portrait", then "Dutch" or "English".
std::string OrientationAndLanguage(const testing::TestParamInfo<ScreenSetup>& info);

}  // namespace spirit::test
