#pragma once

#include <imgui.h>

#include <initializer_list>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "spirit/client/DisplaySettings.h"
#include "spirit/client/Fonts.h"
#include "spirit/client/FrameRecord.h"
#include "spirit/client/Strings.h"
#include "spirit/core/View.h"

namespace spirit::client {

// What a screen draws with during one frame: the fonts, the scale, the reader's language, the
// recorder of texts and buttons, and the time since the view arrived. It holds no game state.
class Ui {
 public:
  // A context over fonts the caller keeps alive; `record` is cleared by the caller per frame.
  Ui(const FontSet& fonts, float scale, FrameRecord& record);
  ~Ui();
  Ui(const Ui&) = delete;
  Ui& operator=(const Ui&) = delete;

  // A length in design pixels (at scale 1) as window pixels.
  float Px(float units) const { return units * scale_; }
  // The DPI scale: window pixels per design pixel.
  float Scale() const { return scale_; }
  // The font of a role.
  ImFont* Font(FontRole role) const { return fonts_.Get(role); }
  // The line height of a role, in window pixels.
  float LineHeight(FontRole role) const;

  // How this device shows the screens (text size, contrast, motion), as its holder chose.
  const DisplaySettings& Display() const { return display_; }
  // Sets how this device shows the screens (the UI host does, after it rebuilt the fonts).
  void SetDisplay(const DisplaySettings& display) { display_ = display; }

  // The language the screen is read in.
  core::Language Language() const { return language_; }
  // Sets the language the screen is read in (from the view, or the join screen's choice).
  void SetLanguage(core::Language language) { language_ = language; }
  // A string of the translation table in the reader's language.
  const char* T(Str id) const { return Tr(id, language_); }
  // A string of the translation table with its {0}, {1}, ... filled in.
  std::string F(Str id, std::initializer_list<std::string_view> values) const {
    return Format(id, language_, values);
  }
  // A deck text in the reader's language.
  const std::string& T(const core::Text& text) const { return text.In(language_); }

  // What this frame drew so far.
  FrameRecord& Record() { return record_; }

  // Milliseconds since the view being drawn arrived, so animations move between views.
  core::Millis SinceView() const { return sinceView_; }
  // Sets the milliseconds since the view arrived (the shell measures it; tests choose it).
  void SetSinceView(core::Millis millis) { sinceView_ = millis; }
  // The session clock as this device counts it now (LocalClock.h): the view's time plus the time
  // since it arrived.
  core::Millis Now(const core::View& view) const;
  // The round's timer as this device counts it now (LocalClock.h); the frame asks to be drawn
  // again when the clock shows its next second.
  core::TimerView Timer(const core::View& view);
  // Asks for the next frame no later than `sinceView` milliseconds after the view arrived (a
  // banner that expires then).
  void RedrawAt(core::Millis sinceView);

  // The width left on the current line, inside the innermost panel.
  float Avail() const;

  // Starts an auto-sized rounded panel filled with `fill`, `width` wide (0: the available width).
  void BeginPanel(Colour fill, float width = 0, Colour border = 0);
  // Ends the panel started last and draws its background behind its content.
  void EndPanel();
  // Starts a column `width` pixels wide without a background: Avail() stays inside it.
  void BeginColumn(float width);
  // Ends the column started last.
  void EndColumn() { EndPanel(); }

 private:
  struct Panel;

  const FontSet& fonts_;
  float scale_;
  FrameRecord& record_;
  core::Language language_ = core::Language::Dutch;
  DisplaySettings display_;
  core::Millis sinceView_ = 0;
  std::vector<std::unique_ptr<Panel>> panels_;
};

}  // namespace spirit::client
