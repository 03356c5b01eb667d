#include "PrintLayout.h"

#include <cstdio>

#include "PrintFit.h"
#include "spirit/core/CardTypes.h"

namespace spirit::tools {

namespace {

constexpr double kLeftMm = (kPageWidthMm - kPrintColumns * kCardWidthMm) / 2;
constexpr double kTopMm = (kPageHeightMm - kPrintRows * kCardHeightMm) / 2;
constexpr double kMarkGapMm = 1.5;  // between a cut mark and the card edge

std::string Mm(double millimetres) {
  char text[32];
  std::snprintf(text, sizeof text, "%.2fmm", millimetres);
  return text;
}

std::string Number(double value) {
  char text[32];
  std::snprintf(text, sizeof text, "%.2f", value);
  return text;
}

std::string Pt(double points) {
  return Number(points) + "pt";
}

std::string Mark(const char* direction, double left, double top, double length) {
  const bool vertical = direction[0] == 'v';
  return "<div class=\"mark " + std::string(direction) + "\" style=\"left:" + Mm(left) +
         ";top:" + Mm(top) + ";" + (vertical ? "height:" : "width:") + Mm(length) + "\"></div>";
}

// The colour a card type is printed in, on its band and its back.
const char* PrintedTypeColour(core::CardType type) {
  switch (type) {
    case core::CardType::Case:
      return "#2f6690";
    case core::CardType::Question:
      return "#6d4c8f";
    case core::CardType::Scale:
      return "#a8620f";
    case core::CardType::Signal:
      return "#a8323e";
    case core::CardType::Action:
      return "#2e7047";
    case core::CardType::Pause:
      return "#2b7a7a";
    case core::CardType::Resource:
      return "#7a5a2e";
  }
  return "#333333";
}

}  // namespace

CardSlot FrontSlot(int index) {
  CardSlot slot;
  slot.sheet = index / kCardsPerSheet;
  slot.row = (index % kCardsPerSheet) / kPrintColumns;
  slot.column = index % kPrintColumns;
  return slot;
}

CardSlot BackSlot(int index) {
  CardSlot slot = FrontSlot(index);
  slot.column = kPrintColumns - 1 - slot.column;
  return slot;
}

std::string CutMarksHtml() {
  std::string html;
  const double verticalLength = kTopMm - kMarkGapMm;
  for (int c = 0; c <= kPrintColumns; ++c) {
    const double x = kLeftMm + c * kCardWidthMm;
    html += Mark("v", x, 0, verticalLength);
    html += Mark("v", x, kPageHeightMm - verticalLength, verticalLength);
  }
  const double horizontalLength = kLeftMm - kMarkGapMm;
  for (int r = 0; r <= kPrintRows; ++r) {
    const double y = kTopMm + r * kCardHeightMm;
    html += Mark("h", 0, y, horizontalLength);
    html += Mark("h", kPageWidthMm - horizontalLength, y, horizontalLength);
  }
  return html;
}

std::string PrintCss() {
  std::string css;
  css += "@page{size:A4;margin:0}";
  css += "*{box-sizing:border-box}";
  css += "html,body{margin:0;padding:0}";
  css +=
      "body{font-family:'DejaVu Sans','Noto Sans',Arial,Helvetica,sans-serif;color:#1d1d1b;"
      "-webkit-print-color-adjust:exact;print-color-adjust:exact}";
  css += ".sheet{position:relative;width:" + Mm(kPageWidthMm) + ";height:" + Mm(kPageHeightMm) +
         ";overflow:hidden;background:#fff;break-after:page;page-break-after:always}";
  css += ".sheet:last-child{break-after:auto;page-break-after:auto}";
  css +=
      "@media screen{body{background:#8a8a8a}.sheet{margin:6mm auto;"
      "box-shadow:0 1mm 4mm rgba(0,0,0,.4)}}";
  // The intro sheets.
  css += ".text-sheet{padding:18mm 20mm 16mm;font-size:10.5pt;line-height:1.42}";
  css += ".text-sheet h1{font-size:22pt;margin:0 0 2mm}";
  css += ".text-sheet h2{font-size:12.5pt;margin:6mm 0 1.5mm;color:#33475b}";
  css += ".text-sheet p{margin:0 0 2mm}.text-sheet ul,.text-sheet ol{margin:0;padding-left:6mm}";
  css += ".text-sheet li{margin:0 0 1.6mm}";
  css += ".text-sheet .facts{color:#555;margin-bottom:5mm}";
  css += ".text-sheet .sources li{font-size:9.5pt}";
  css += ".text-sheet .types li{margin-bottom:1.2mm}";
  css +=
      ".text-sheet .printing{margin-top:6mm;padding:3mm 4mm;border:0.3mm solid #999;"
      "font-size:9.5pt}";
  // The grid of cards and the cut marks.
  css += ".grid{position:absolute;left:" + Mm(kLeftMm) + ";top:" + Mm(kTopMm) +
         ";display:grid;grid-template-columns:repeat(" + std::to_string(kPrintColumns) + "," +
         Mm(kCardWidthMm) + ");grid-template-rows:repeat(" + std::to_string(kPrintRows) + "," +
         Mm(kCardHeightMm) + ")}";
  css +=
      ".mark{position:absolute;background:#000}.mark.v{width:0.2mm;margin-left:-0.1mm}"
      ".mark.h{height:0.2mm;margin-top:-0.1mm}";
  css +=
      ".card{position:relative;overflow:hidden;border:0.25mm solid #b5b5b5;"
      "display:flex;flex-direction:column}";
  // Card fronts.
  css += ".front{padding:0 6mm 5mm}";
  css +=
      ".front .band{margin:0 -6mm 4mm;padding:2.2mm 6mm;color:#fff;font-weight:bold;"
      "display:flex;justify-content:space-between;align-items:baseline;font-size:9.5pt;"
      "letter-spacing:.04em}";
  css += ".front .type{text-transform:uppercase}.front .level{font-weight:normal}";
  css += ".front h2{line-height:1.2;margin:0 0 3mm}";
  css += ".front p{margin:0 0 2mm}";
  css +=
      ".front h3{font-size:.84em;text-transform:uppercase;letter-spacing:.05em;color:#555;"
      "margin:3mm 0 1mm}";
  css += ".front ul,.front ol{margin:0;padding-left:5mm}.front li{margin:0 0 1.2mm}";
  css += ".front ol.options{list-style:lower-alpha}";
  css += ".scale{margin-top:3mm;font-size:9pt}";
  css += ".scale .poles{display:flex;justify-content:space-between;gap:4mm;font-weight:bold}";
  css += ".scale .poles .high{text-align:right}";
  css += ".scale .steps{display:flex;justify-content:space-between;margin-top:1.2mm}";
  css +=
      ".scale .step{width:5.2mm;height:5.2mm;border:0.3mm solid #555;border-radius:50%;"
      "font-size:6.5pt;display:flex;align-items:center;justify-content:center}";
  css += ".seconds{margin-top:3mm;font-weight:bold}";
  css +=
      ".front .howto{margin-top:auto;padding-top:2.5mm;border-top:0.2mm solid #ccc;"
      "font-size:8pt;font-style:italic;color:#444;line-height:1.3}";
  css +=
      ".front .foot{font-size:7pt;color:#777;margin-top:1.2mm;display:flex;"
      "justify-content:space-between;gap:2mm}";
  // Long cards step down in size so nothing runs off the card (PrintFit.h).
  for (const FrontSize& size : kFrontSizes) {
    const std::string selector =
        size.cssClass[0] ? ".front." + std::string(size.cssClass) : ".front";
    css += selector + "{font-size:" + Pt(size.points) + ";line-height:" + Number(size.lineHeight) +
           "}";
    css += selector + " h2{font-size:" + Pt(size.points + 4) + "}";
  }
  // Card backs.
  css += ".back{align-items:center;justify-content:center;text-align:center;padding:8mm}";
  css += ".back .frame{position:absolute;inset:5mm;border:0.8mm solid;border-radius:3mm}";
  css +=
      ".back .type{font-size:24pt;font-weight:bold;text-transform:uppercase;"
      "letter-spacing:.06em}";
  css += ".back .deck{margin-top:5mm;font-size:12pt;color:#333}";
  css += ".back .game{margin-top:2mm;font-size:9pt;color:#777;letter-spacing:.2em}";
  // One colour per type; the type is always written too, so colour never carries it alone.
  for (const core::CardTypeFacts& facts : core::kCardTypes) {
    const std::string type = facts.key;
    const char* colour = PrintedTypeColour(facts.type);
    css += ".t-" + std::string(type) + " .band{background:" + colour + "}";
    css += ".back.t-" + std::string(type) + "{color:" + colour + "}";
    css += ".back.t-" + std::string(type) + " .frame{border-color:" + colour + "}";
  }
  return css;
}

}  // namespace spirit::tools
