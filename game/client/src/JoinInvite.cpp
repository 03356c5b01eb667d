// The invitation to join from a phone: QR code, "scan the code or go to", the URL.
#include "JoinInvite.h"

#include <algorithm>

#include "QrCode.h"

namespace spirit::client {

namespace {

// Where a line of a URL may end before position `at`, from the best to the worst; 0: nowhere.
int BreakRank(std::string_view url, std::size_t at) {
  if (url[at] == '?') return 3;
  const char before = url[at - 1];
  if (before == '/' || before == ':') return 2;
  if (before == '.' || before == '=') return 1;
  return 0;
}

}  // namespace

std::vector<std::string> UrlLines(Ui& ui, std::string_view url, FontRole font, float width) {
  std::vector<std::string> lines;
  while (!url.empty()) {
    if (Measure(ui, url, font).x <= width) {
      lines.emplace_back(url);
      break;
    }
    // The longest start that fits (one character at least), then the best place to end it.
    std::size_t fits = 1;
    while (fits < url.size() && (static_cast<unsigned char>(url[fits]) & 0xC0) == 0x80) ++fits;
    for (std::size_t end = fits + 1; end < url.size(); ++end) {
      if ((static_cast<unsigned char>(url[end]) & 0xC0) == 0x80) continue;
      if (Measure(ui, url.substr(0, end), font).x > width) break;
      fits = end;
    }
    std::size_t cut = fits;
    int bestRank = 0;
    for (std::size_t end = 1; end <= fits && end < url.size(); ++end) {
      const int rank = BreakRank(url, end);
      if (rank > 0 && rank >= bestRank) {
        bestRank = rank;
        cut = end;
      }
    }
    lines.emplace_back(url.substr(0, cut));
    url.remove_prefix(cut);
  }
  return lines;
}

Box DrawJoinInvite(Ui& ui, const BrowserJoin& join, ImVec2 at, float width,
                   const InviteLook& look) {
  if (join.url.empty()) return {at.x, at.y, at.x, at.y};
  const float side = QrCodeSide(join.code, std::min(look.codeSide, width));
  const std::string lead = ui.T(Str::ScanOrGoTo);
  const float lineHeight = ui.LineHeight(look.address);
  const float spacing = ui.Px(12);
  // Beside the code when there is room for a sentence there; else everything under it.
  const float gap = ui.Px(24);
  const float beside = side > 0 ? width - side - gap : 0;
  ImVec2 text(at.x, side > 0 ? at.y + side + spacing : at.y);
  float textWidth = width;
  const bool besideCode = beside >= ui.Px(120);
  if (besideCode) {
    text = ImVec2(at.x + side + gap, at.y);
    textWidth = beside;
  }
  const float leadHeight = Measure(ui, lead, look.lead, textWidth).y;
  std::vector<std::string> lines = UrlLines(ui, join.url, look.address, textWidth);
  const bool fitsBeside = int(lines.size()) <= look.linesBeside &&
                          leadHeight + spacing + lineHeight * float(lines.size()) <= side;
  if (side > 0) DrawQrCode(ui, join.code, at, side);
  LabelAt(ui, text, lead, look.lead, palette::kMuted, textWidth);
  ImVec2 address(text.x, text.y + leadHeight + spacing);
  if (besideCode && !fitsBeside) {
    // The URL does not fit beside the code: under it, across the whole width.
    address = ImVec2(at.x, at.y + side + spacing);
    lines = UrlLines(ui, join.url, look.address, width);
  }
  for (const std::string& line : lines) {
    LabelAt(ui, address, line, look.address, palette::kPrimaryDark);
    address.y += lineHeight;
  }
  if (!join.key.empty()) {
    // What a device shows of the host it reached, for anyone who wants to compare.
    address.y += spacing * 0.5f;
    const std::string key = std::string(ui.T(Str::SessionKey)) + " " + join.key;
    const float keyWidth = besideCode && !fitsBeside ? width : textWidth;
    LabelAt(ui, address, key, look.lead, palette::kMuted, keyWidth);
    address.y += Measure(ui, key, look.lead, keyWidth).y;
  }
  const float bottom = std::max({at.y + side, text.y + leadHeight, address.y});
  return {at.x, at.y, at.x + width, bottom};
}

}  // namespace spirit::client
