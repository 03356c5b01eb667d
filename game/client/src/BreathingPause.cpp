// The breathing pause: a calm circle that grows while breathing in and shrinks while breathing
// out, paced from the card's draw time and the session clock, so every device breathes together.
// With reduced motion the circle keeps one size and the pause counts the seconds of each breath.
#include <algorithm>
#include <cmath>

#include "ParticipantFrame.h"

namespace spirit::client {

namespace {

// One breath as the course teaches slowing it down: in through the nose, out slowly as through
// pursed lips (longer than the in-breath), then a short rest before the next in-breath. Never a
// hold after breathing in.
constexpr core::Millis kIn = 4 * core::kSecond;
constexpr core::Millis kOut = 6 * core::kSecond;
constexpr core::Millis kRest = 2 * core::kSecond;

// Smooth start and end of each breath.
float Ease(float t) {
  return 0.5f - 0.5f * std::cos(t * 3.14159265f);
}

// Where the breathing circle sits: the area it fills, its centre and its two sizes.
struct BreathArea {
  float width;
  float height;
  ImVec2 centre;
  float largest;
  float smallest;
};

// The pause is over: a small still circle with the word for done in it.
void DrawPauseOver(Ui& ui, const BreathArea& area) {
  ImDrawList* draw = ImGui::GetWindowDrawList();
  draw->AddCircleFilled(area.centre, area.smallest, palette::kCalmSoft, 96);
  const std::string over = ui.T(Str::BreatheDone);
  const ImVec2 size = Measure(ui, over, FontRole::LargeBold);
  LabelAt(ui, ImVec2(area.centre.x - size.x / 2, area.centre.y - size.y / 2), over,
          FontRole::LargeBold, palette::kInk);
  ImGui::Dummy(ImVec2(area.width, area.height));
}

// With reduced motion: the same circle every frame, the word and the second of this part of the
// breath in it, the seconds left below; drawn again at the next whole second.
void DrawCountedBreath(ParticipantFrame& frame, const core::CardView& card, const BreathArea& area,
                       const std::string& word, core::Millis inCycle, core::Millis elapsed,
                       core::Millis length) {
  Ui& ui = frame.ui;
  ImDrawList* draw = ImGui::GetWindowDrawList();
  const ImVec2 centre = area.centre;
  const bool breathingIn = inCycle < kIn;
  const bool resting = inCycle >= kIn + kOut;
  const core::Millis partStart = breathingIn ? 0 : resting ? kIn + kOut : kIn;
  const core::Millis partLength = breathingIn ? kIn : resting ? kRest : kOut;
  const core::Millis intoPart = inCycle - partStart;
  const std::string count = ui.F(Str::BreatheCount, {std::to_string(intoPart / core::kSecond + 1),
                                                     std::to_string(partLength / core::kSecond)});
  draw->AddCircleFilled(centre, area.largest, palette::kCalmSoft, 96);
  const float wordHeight = ui.LineHeight(FontRole::Title);
  const float countHeight = ui.LineHeight(FontRole::LargeBold);
  const float top = centre.y - (wordHeight + countHeight) / 2;
  const ImVec2 wordSize = Measure(ui, word, FontRole::Title);
  LabelAt(ui, ImVec2(centre.x - wordSize.x / 2, top), word, FontRole::Title, palette::kInk);
  const ImVec2 countSize = Measure(ui, count, FontRole::LargeBold);
  LabelAt(ui, ImVec2(centre.x - countSize.x / 2, top + wordHeight), count, FontRole::LargeBold,
          palette::kInk);
  ImGui::Dummy(ImVec2(area.width, area.height));
  const core::Millis left = (length - elapsed + 999) / core::kSecond;
  CentredLabel(ui, ui.T(Str::BreatheRhythm), FontRole::BodyBold, palette::kCalm, area.width);
  CentredLabel(ui, ui.F(Str::SecondsLeft, {std::to_string(left)}), FontRole::Body, palette::kMuted,
               area.width);
  // Drawn again at the next whole second of the pause, not 30 times a second.
  const core::Millis nextSecond = card.drawnAt + (elapsed / core::kSecond + 1) * core::kSecond;
  ui.RedrawAt(nextSecond - frame.view.now);
}

// The moving breath: the circle at its size for this moment, the word in it, the seconds left.
void DrawMovingBreath(Ui& ui, const BreathArea& area, const std::string& word, float progress,
                      core::Millis elapsed, core::Millis length) {
  ImDrawList* draw = ImGui::GetWindowDrawList();
  const ImVec2 centre = area.centre;
  const float radius = area.smallest + (area.largest - area.smallest) * progress;
  draw->AddCircle(centre, area.largest, palette::kCalmSoft, 96, ui.Px(3));
  draw->AddCircleFilled(centre, radius, palette::kCalmSoft, 96);
  draw->AddCircleFilled(centre, radius * 0.72f, Rgba(190, 206, 228), 96);
  const ImVec2 size = Measure(ui, word, FontRole::Title);
  LabelAt(ui, ImVec2(centre.x - size.x / 2, centre.y - size.y / 2), word, FontRole::Title,
          palette::kInk);
  ImGui::Dummy(ImVec2(area.width, area.height));
  const core::Millis left = (length - elapsed + 999) / core::kSecond;
  CentredLabel(ui, ui.F(Str::SecondsLeft, {std::to_string(left)}), FontRole::Body, palette::kMuted,
               area.width);
  ui.Record().animating = true;
}

}  // namespace

void DrawBreathingPause(ParticipantFrame& frame, const core::CardView& card) {
  Ui& ui = frame.ui;
  const core::Millis length =
      (card.card.seconds > 0 ? card.card.seconds : core::kMinPauseSeconds) * core::kSecond;
  const core::Millis elapsed = std::max<core::Millis>(0, ui.Now(frame.view) - card.drawnAt);
  BreathArea area;
  area.width = ui.Avail();
  area.height = ui.Px(300);
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  area.centre = ImVec2(origin.x + area.width / 2, origin.y + area.height / 2);
  area.largest = area.height / 2 - ui.Px(6);
  area.smallest = area.largest * 0.42f;
  if (elapsed >= length) {
    DrawPauseOver(ui, area);
    return;
  }
  const core::Millis inCycle = elapsed % (kIn + kOut + kRest);
  const bool breathingIn = inCycle < kIn;
  const bool resting = inCycle >= kIn + kOut;
  const float progress = breathingIn ? Ease(float(inCycle) / float(kIn))
                         : resting   ? 0.0f
                                     : 1.0f - Ease(float(inCycle - kIn) / float(kOut));
  const std::string word = ui.T(breathingIn ? Str::BreatheIn
                                : resting   ? Str::BreatheRest
                                            : Str::BreatheOut);
  if (ui.Display().reducedMotion) {
    DrawCountedBreath(frame, card, area, word, inCycle, elapsed, length);
    return;
  }
  DrawMovingBreath(ui, area, word, progress, elapsed, length);
}

}  // namespace spirit::client
