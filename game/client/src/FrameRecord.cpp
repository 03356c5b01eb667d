#include "spirit/client/FrameRecord.h"

namespace spirit::client {

void FrameRecord::Clear() {
  texts.clear();
  buttons.clear();
  qrCodes.clear();
  shapes.clear();
  animating = false;
  redrawAt.reset();
}

bool FrameRecord::HasText(std::string_view piece) const {
  if (FindText(piece) != nullptr) return true;
  for (const RecordedButton& button : buttons) {
    if (button.label.find(piece) != std::string::npos && button.id.rfind("field:", 0) != 0)
      return true;
  }
  return false;
}

const RecordedText* FrameRecord::FindText(std::string_view piece) const {
  for (const RecordedText& text : texts) {
    if (text.text.find(piece) != std::string::npos) return &text;
  }
  return nullptr;
}

const RecordedButton* FrameRecord::FindButton(std::string_view label) const {
  for (const RecordedButton& button : buttons) {
    if (button.label == label) return &button;
  }
  for (const RecordedButton& button : buttons) {
    if (button.label.find(label) != std::string::npos) return &button;
  }
  return nullptr;
}

const RecordedButton* FrameRecord::FindButtonById(std::string_view id) const {
  for (const RecordedButton& button : buttons) {
    if (button.id == id) return &button;
  }
  return nullptr;
}

std::string FrameRecord::AllText() const {
  std::string all;
  for (const RecordedText& text : texts) all += text.text + "\n";
  for (const RecordedButton& button : buttons) all += "[" + button.label + "]\n";
  return all;
}

}  // namespace spirit::client
