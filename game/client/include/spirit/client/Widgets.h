#pragma once

// The few drawing helpers every screen uses. Each one records what it drew in the Ui's
// FrameRecord, so tests can read texts and press buttons by their label.

#include <imgui.h>

#include <initializer_list>
#include <string>
#include <string_view>

#include "spirit/client/Palette.h"
#include "spirit/client/Ui.h"
#include "spirit/core/TextRules.h"

namespace spirit::client {

// How a button looks: the main action, an ordinary one, a quiet one (pass), a warm filled one
// (confirm a time-out), a calm one, and a warm outlined one (time-out, remove).
enum class Look { Primary, Secondary, Quiet, Warm, Calm, Alert };

// Everything a button may be told besides its label.
struct ButtonSpec {
  Look look = Look::Secondary;
  float width = 0;   // window pixels; 0: fit the label
  float height = 0;  // window pixels; 0: the standard touch height
  FontRole font = FontRole::BodyBold;
  bool enabled = true;
  bool selected = false;     // a chosen option: soft fill, thick border, check mark
  bool checked = false;      // a check mark before the label in its own look (the open tab)
  std::string_view id = {};  // makes the button unique when labels repeat
};

// Starts a full-window screen with this background; every screen begins with it.
void BeginScreen(Ui& ui, const char* id, Colour background);
// Ends the screen started by BeginScreen.
void EndScreen();

// A large, rounded touch button (at least 56 design pixels high); true when it was pressed.
bool Button(Ui& ui, std::string_view label, const ButtonSpec& spec = {});

// A full-width button whose label wraps over several lines (case options, long choices).
bool WrapButton(Ui& ui, std::string_view label, const ButtonSpec& spec = {});

// The width Button() gives a label in a font (without a fixed width).
float ButtonWidth(Ui& ui, std::string_view label, FontRole font = FontRole::BodyBold);

// The width each choice of a row gets: an equal share of the line when every label fits whole in
// it with its check mark, else the whole line (the choices go one above the other).
float ChoiceWidth(Ui& ui, std::initializer_list<std::string_view> labels,
                  FontRole font = FontRole::BodyBold);

// One line of text.
void Label(Ui& ui, std::string_view text, FontRole font = FontRole::Body,
           Colour colour = palette::kInk);
// Text wrapped to the width left on the line.
void Paragraph(Ui& ui, std::string_view text, FontRole font = FontRole::Body,
               Colour colour = palette::kInk);
// One line of text centred in `width` pixels from the cursor.
void CentredLabel(Ui& ui, std::string_view text, FontRole font, Colour colour, float width);
// Text drawn at a position without moving the cursor (tiles, charts), recorded like the rest.
void LabelAt(Ui& ui, ImVec2 position, std::string_view text, FontRole font, Colour colour,
             float wrapWidth = 0);
// The size a text takes in a font, wrapped at `wrapWidth` when it is positive.
ImVec2 Measure(Ui& ui, std::string_view text, FontRole font, float wrapWidth = 0);
// A text shortened with "…" to fit `width` pixels in a font.
std::string Fit(Ui& ui, std::string_view text, FontRole font, float width);
// A text shortened with "…" so that, wrapped at `width`, it takes at most `lines` lines.
std::string FitLines(Ui& ui, std::string_view text, FontRole font, float width, int lines);
// A wrapped paragraph that keeps its room when it is not shown (`shown` false draws nothing in
// the same height), so what comes below stays where it was.
void ReservedParagraph(Ui& ui, std::string_view text, bool shown, FontRole font = FontRole::Body,
                       Colour colour = palette::kMuted);

// Places the buttons of a row one after another, starting a new line when the next one does not
// fit in the width left, so no button runs past its column.
class ButtonRow {
 public:
  // A row starting at the cursor, in the width available there.
  explicit ButtonRow(Ui& ui) : ui_(ui) {}
  // Call before drawing a button `width` pixels wide: it goes on this line when it fits.
  void Next(float width);

 private:
  Ui& ui_;
  bool first_ = true;
  float left_ = 0;
};

// A text sent from a field waits until the view shows it `stored` (trimmed, as the host keeps
// it): then the wait ends, and the field clears if it still holds what was sent. True then.
bool SettleSent(std::string& field, std::string& sent, std::string_view stored);

// A one-line text field with a hint; true when Enter was pressed. Limits the text to `maxChars`
// characters. A long text is shown wrapped below the field while it is being typed. `width` 0
// fills the line; a larger `font` makes a taller field (an address read from across the room).
bool TextField(Ui& ui, std::string_view id, std::string_view hint, std::string& text, int maxChars,
               float width = 0, FontRole font = FontRole::Body);

// A small rounded badge on the current line.
void Pill(Ui& ui, std::string_view text, Colour fill, Colour ink, FontRole font = FontRole::Small);

// Vertical space in design pixels.
void Gap(Ui& ui, float units);
// A thin horizontal line across the width left.
void Divider(Ui& ui);

// Starts a scrolling area that also scrolls by dragging with a finger.
void BeginScroll(Ui& ui, const char* id, ImVec2 size);
// Ends the scrolling area.
void EndScroll(Ui& ui);

// The remaining time as m:ss, rounded up to the second.
std::string Clock(core::Millis remaining);

// The text rules every layer shares (spirit/core/TextRules.h): characters counted, blanks seen
// and text trimmed as the host does it.
using core::CharacterCount;
using core::IsBlank;
using core::Trimmed;

}  // namespace spirit::client
