// Every character the screens can draw is in the loaded fonts: each UI string and card-type name in
// both languages and every text of every shipped deck, measured against each text role's font (the
// "⚠ drawn as ?" case).
#include <gtest/gtest.h>
#include <imgui.h>
#include <imgui_internal.h>

#include <cstdio>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "Scenes.h"
#include "ScreenHarness.h"
#include "spirit/client/Fonts.h"
#include "spirit/client/Strings.h"
#include "spirit/core/CardTypes.h"

using namespace spirit;

namespace {

// A text and where it comes from, for the failure message.
struct Source {
  std::string where;
  std::string text;
};

std::vector<Source> UiStrings() {
  std::vector<Source> all;
  for (int i = 0; i < int(client::Str::Count_); ++i) {
    for (core::Language language : {core::Language::Dutch, core::Language::English}) {
      all.push_back({"string " + std::to_string(i) + " (" + core::LanguageCode(language) + ")",
                     client::Tr(client::Str(i), language)});
    }
  }
  // The card types' names, which the screens take from the card-type table.
  for (const core::CardTypeFacts& facts : core::kCardTypes) {
    all.push_back({std::string("card type ") + facts.key + " (nl)", facts.label.nl});
    all.push_back({std::string("card type ") + facts.key + " (en)", facts.label.en});
  }
  return all;
}

void AddText(std::vector<Source>& all, const std::string& where, const core::Text& text) {
  all.push_back({where + " (nl)", text.nl});
  all.push_back({where + " (en)", text.en});
}

std::vector<Source> DeckTexts() {
  std::vector<Source> all;
  for (const auto& deck : test::RealDecks()) {
    const std::string name = "deck " + deck->id;
    AddText(all, name + " title", deck->title);
    AddText(all, name + " intro", deck->intro);
    AddText(all, name + " goal", deck->goal);
    for (const core::Text& question : deck->debrief) AddText(all, name + " debrief", question);
    for (const std::string& source : deck->sources) all.push_back({name + " sources", source});
    for (const core::Card& card : deck->cards) {
      const std::string where = name + " card " + card.id;
      AddText(all, where + " title", card.title);
      AddText(all, where + " text", card.text);
      AddText(all, where + " low", card.low);
      AddText(all, where + " high", card.high);
      for (const core::Text& prompt : card.prompts) AddText(all, where + " prompt", prompt);
      for (const core::Text& option : card.options) AddText(all, where + " option", option);
    }
  }
  return all;
}

std::string CodePoint(unsigned c) {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "U+%04X", c);
  return buffer;
}

// The characters of `sources` that `font` lacks, each with the first text that uses it.
std::map<unsigned, std::string> Missing(const ImFont& font, const std::vector<Source>& sources) {
  std::map<unsigned, std::string> missing;
  for (const Source& source : sources) {
    const char* at = source.text.c_str();
    const char* end = at + source.text.size();
    while (at < end) {
      unsigned c = 0;
      const int length = ImTextCharFromUtf8(&c, at, end);
      if (length <= 0) break;
      at += length;
      if (c == '\n' || c == '\r' || c == '\t') continue;
      const bool drawable =
          c <= IM_UNICODE_CODEPOINT_MAX && font.FindGlyphNoFallback(ImWchar(c)) != nullptr;
      if (!drawable && !missing.count(c)) missing[c] = source.where + ": " + source.text;
    }
  }
  return missing;
}

void ExpectAllDrawable(const std::vector<Source>& sources) {
  test::ScreenHarness harness(test::kBigScreen);  // a host with every font role loaded
  ImFontAtlas& atlas = *ImGui::GetIO().Fonts;
  ASSERT_EQ(atlas.Fonts.Size, client::kFontRoleCount);
  for (int role = 0; role < client::kFontRoleCount; ++role) {
    // The giant face draws join codes and countdowns only (checked below).
    if (client::FontRole(role) == client::FontRole::Giant) continue;
    for (const auto& [c, where] : Missing(*atlas.Fonts[role], sources)) {
      ADD_FAILURE() << "font role " << role << " lacks " << CodePoint(c) << ", used in " << where;
    }
  }
}

TEST(Glyphs, EveryUiStringInBothLanguagesIsInEveryTextFont) {
  ExpectAllDrawable(UiStrings());
}

TEST(Glyphs, EveryTextOfEveryShippedDeckIsInEveryTextFont) {
  ExpectAllDrawable(DeckTexts());
}

TEST(Glyphs, TheGiantFaceHasEveryJoinCodeAndClockCharacter) {
  test::ScreenHarness harness(test::kBigScreen);
  const ImFont& giant = *ImGui::GetIO().Fonts->Fonts[int(client::FontRole::Giant)];
  const std::vector<Source> codes{
      {"join codes and clocks", "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789:-+ "}};
  for (const auto& [c, where] : Missing(giant, codes))
    ADD_FAILURE() << "giant lacks " << CodePoint(c);
}

}  // namespace
