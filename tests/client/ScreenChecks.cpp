#include "ScreenChecks.h"

#include <gtest/gtest.h>

#include <cstdlib>

#include "spirit/client/Palette.h"

namespace spirit::test {

void ExpectTidyLayout(const client::FrameRecord& record, ScreenSize size, float minTarget) {
  for (const client::RecordedText& text : record.texts) {
    if (!text.visible) continue;
    EXPECT_LE(text.box.x1, float(size.width) + 1) << "text runs off the right edge: " << text.text;
    EXPECT_GE(text.box.x0, -1.0f) << "text starts off the left edge: " << text.text;
  }
  for (std::size_t i = 0; i < record.buttons.size(); ++i) {
    const client::RecordedButton& button = record.buttons[i];
    if (!button.visible) continue;
    const bool whole = button.shown.Height() >= button.box.Height() - 0.5f &&
                       button.shown.Width() >= button.box.Width() - 0.5f;
    if (whole) {
      EXPECT_GE(button.box.Height(), minTarget - 0.5f)
          << "button too small to touch: " << button.label;
      EXPECT_GE(button.box.Width(), minTarget - 0.5f)
          << "button too narrow to touch: " << button.label;
    }
    EXPECT_LE(button.box.x1, float(size.width) + 1)
        << "button off the right edge: " << button.label;
    EXPECT_FALSE(button.cut) << "a button's label is cut short: " << button.label;
    for (std::size_t j = i + 1; j < record.buttons.size(); ++j) {
      const client::RecordedButton& other = record.buttons[j];
      if (!other.visible) continue;
      const float overlapX =
          std::min(button.shown.x1, other.shown.x1) - std::max(button.shown.x0, other.shown.x0);
      const float overlapY =
          std::min(button.shown.y1, other.shown.y1) - std::max(button.shown.y0, other.shown.y0);
      EXPECT_FALSE(overlapX > 2 && overlapY > 2)
          << "buttons overlap: '" << button.label << "' and '" << other.label << "'";
    }
  }
  ExpectNothingOverQrCodes(record, size);
}

void ExpectNothingOverQrCodes(const client::FrameRecord& record, ScreenSize size) {
  auto overlap = [](const client::Box& a, const client::Box& b) {
    return std::min(a.x1, b.x1) - std::max(a.x0, b.x0) > 0.5f &&
           std::min(a.y1, b.y1) - std::max(a.y0, b.y0) > 0.5f;
  };
  for (const client::Box& code : record.qrCodes) {
    EXPECT_TRUE(code.x0 >= 0 && code.y0 >= 0 && code.x1 <= float(size.width) &&
                code.y1 <= float(size.height))
        << "a QR code lies partly off the window";
    for (const client::RecordedText& text : record.texts) {
      EXPECT_FALSE(text.visible && overlap(code, text.box)) << "text over a QR code: " << text.text;
    }
    for (const client::RecordedButton& button : record.buttons) {
      EXPECT_FALSE(button.visible && overlap(code, button.shown))
          << "a button over a QR code: " << button.label;
    }
  }
}

void ExpectNotBlank(const client::Image& image) {
  ASSERT_GT(image.width, 0);
  int different = 0;
  int total = 0;
  for (int y = 0; y < image.height; y += 4) {
    for (int x = 0; x < image.width; x += 4) {
      ++total;
      if (image.At(x, y) != (client::palette::kBackground | 0xFF000000u)) ++different;
    }
  }
  EXPECT_GT(different, total / 50) << "the frame is (nearly) blank";
}

bool HasColour(const client::Image& image, const client::Box& box, client::Colour colour,
               int count) {
  int found = 0;
  const int x0 = std::max(0, int(box.x0));
  const int y0 = std::max(0, int(box.y0));
  const int x1 = std::min(image.width, int(box.x1));
  const int y1 = std::min(image.height, int(box.y1));
  for (int y = y0; y < y1; ++y) {
    for (int x = x0; x < x1; ++x) {
      const client::Colour pixel = image.At(x, y);
      int distance = 0;
      for (int shift = 0; shift < 24; shift += 8) {
        distance += std::abs(int((pixel >> shift) & 0xFF) - int((colour >> shift) & 0xFF));
      }
      if (distance < 24) ++found;
    }
  }
  return found >= count;
}

std::string ShotName(const std::string& what, ScreenSize size, core::Language language) {
  return what + "-" + size.name + "-" + core::LanguageCode(language);
}

void PrintTo(const ScreenSetup& setup, std::ostream* out) {
  *out << setup.size.name << " " << core::LanguageCode(setup.language);
}

std::string OrientationAndLanguage(const testing::TestParamInfo<ScreenSetup>& info) {
  return std::string(info.param.size.width > info.param.size.height ? "Landscape" : "Portrait") +
         (info.param.language == core::Language::English ? "English" : "Dutch");
}

}  // namespace spirit::test
