#include "PrintFit.h"

#include <algorithm>
#include <string>
#include <string_view>

#include "PrintLayout.h"
#include "spirit/content/DeckText.h"
#include "spirit/core/CardTypes.h"

namespace spirit::tools {

namespace {

constexpr double kMmPerPoint = 25.4 / 72;
constexpr double kPaddingMm = 6;  // left and right, in PrintCss
constexpr double kListIndentMm = 5;
constexpr double kBoldWidth = 1.18;        // bold glyphs are this much wider
constexpr double kFixedMm = 11.5 + 4 + 5;  // the band with its gap, the foot, bottom padding
constexpr double kHowToMm = 2.5 + 3 * 8 * 1.3 * kMmPerPoint;  // its rule and up to three lines
constexpr double kSafetyMm = 4;                               // what the estimate may be short by

// The advance width of a character in DejaVu Sans, in ems (a, b, ... z; rounded from the font).
constexpr double kLowerCaseEm[26] = {0.61, 0.63, 0.55, 0.63, 0.62, 0.35, 0.63, 0.63, 0.28,
                                     0.28, 0.58, 0.28, 0.97, 0.63, 0.61, 0.63, 0.63, 0.41,
                                     0.52, 0.39, 0.63, 0.59, 0.82, 0.59, 0.59, 0.53};

double CharacterEm(unsigned char c) {
  if (c >= 'a' && c <= 'z') return kLowerCaseEm[c - 'a'];
  if (c >= 'A' && c <= 'Z') return c == 'I' || c == 'J' ? 0.30 : c == 'M' || c == 'W' ? 0.90 : 0.70;
  if (c >= '0' && c <= '9') return 0.64;
  if (c == ' ' || c == '.' || c == ',' || c == ':' || c == ';' || c == '\'' || c == '!')
    return 0.32;
  if (c >= 0x80) return 0.62;  // a letter with a diacritic or a dash: counted at its lead byte
  return 0.50;
}

// The width of a word in ems (continuation bytes of UTF-8 add nothing).
double WordEm(std::string_view word) {
  double em = 0;
  for (const char c : word) {
    const auto byte = static_cast<unsigned char>(c);
    if ((byte & 0xC0U) != 0x80U) em += CharacterEm(byte);
  }
  return em;
}

// Lines a text takes, its words wrapped greedily at `widthMm` in a font of `points`.
int Lines(const std::string& text, double widthMm, double points, double widthFactor = 1) {
  const double widthEm = widthMm / (points * kMmPerPoint * widthFactor);
  const double spaceEm = CharacterEm(' ');
  int lines = 0;
  for (const std::string& paragraph : content::DeckParagraphs(text)) {
    double lineEm = -1;  // nothing on the line yet
    std::size_t start = 0;
    while (start < paragraph.size()) {
      const std::size_t end = std::min(paragraph.find(' ', start), paragraph.size());
      const double wordEm = WordEm(std::string_view(paragraph).substr(start, end - start));
      if (lineEm < 0 || lineEm + spaceEm + wordEm > widthEm) {
        ++lines;
        lineEm = wordEm;
      } else {
        lineEm += spaceEm + wordEm;
      }
      start = end + 1;
    }
  }
  return lines;
}

double EstimatedHeightMm(const core::Card& card, core::Language language, const FrontSize& size) {
  const double width = kCardWidthMm - 2 * kPaddingMm;
  const double line = size.points * size.lineHeight * kMmPerPoint;
  const double titlePoints = size.points + 4;
  double height = kFixedMm + (size.howTo ? kHowToMm : 0);
  height += Lines(card.title.In(language), width, titlePoints, kBoldWidth) * titlePoints * 1.2 *
                kMmPerPoint +
            3;
  height += Lines(card.text.In(language), width, size.points) * line;
  height += 2.0 * double(content::DeckParagraphs(card.text.In(language)).size());
  const auto list = [&](const std::vector<core::Text>& items) {
    if (items.empty()) return;
    height += 4 + 9 * 1.3 * kMmPerPoint;  // the heading and its margins
    for (const core::Text& item : items) {
      height += Lines(item.In(language), width - kListIndentMm, size.points) * line + 1.2;
    }
  };
  list(card.prompts);
  const core::CardTypeFacts& facts = core::FactsOf(card.type);
  if (facts.options.used) list(card.options);
  if (facts.steps.used) {
    const double poleWidth = width / 2 - 2;  // each pole has half the line
    const int poleLines = std::max(Lines(card.low.In(language), poleWidth, 9, kBoldWidth),
                                   Lines(card.high.In(language), poleWidth, 9, kBoldWidth));
    height += 3 + poleLines * 9 * 1.3 * kMmPerPoint + 6.5;
  }
  if (facts.seconds.used) height += 3 + line;
  return height;
}

}  // namespace

const FrontSize& FrontSizeFor(const core::Card& card, core::Language language) {
  for (const FrontSize& size : kFrontSizes) {
    if (EstimatedHeightMm(card, language, size) <= kCardHeightMm - kSafetyMm) return size;
  }
  return kFrontSizes.back();
}

bool FrontFits(const core::Card& card, core::Language language) {
  return EstimatedHeightMm(card, language, kFrontSizes.back()) <= kCardHeightMm - kSafetyMm;
}

}  // namespace spirit::tools
