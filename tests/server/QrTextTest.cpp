// The QR code spirit-host prints on a terminal: read back block by block, it is the host's code
// with its quiet zone, dark modules black on white.
#include <gtest/gtest.h>

#include <sstream>
#include <string>
#include <vector>

#include "spirit/server/QrEncode.h"
#include "spirit/server/QrText.h"

using namespace spirit;

namespace {

// The lines of the text without their colour codes, each as a list of cells (one UTF-8 block or
// space).
std::vector<std::vector<std::string>> Cells(const std::string& text) {
  std::vector<std::vector<std::string>> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) {
    EXPECT_EQ(line.rfind("\x1b[30;47m", 0), 0u) << "black on white";
    std::vector<std::string> cells;
    for (std::size_t at = 0; at < line.size();) {
      if (line[at] == '\x1b') {
        at = line.find('m', at) + 1;
      } else if (line[at] == ' ') {
        cells.push_back(" ");
        ++at;
      } else {
        cells.push_back(line.substr(at, 3));
        at += 3;
      }
    }
    lines.push_back(cells);
  }
  return lines;
}

}  // namespace

TEST(QrText, EveryModuleIsAHalfBlockWithTheQuietZoneAround) {
  const auto encoded = server::EncodeQr("http://192.168.1.20:47809/?code=Z6CM4T");
  ASSERT_TRUE(encoded) << encoded.Error().text.en;
  const core::QrMatrix& code = encoded.Value();
  const auto lines = Cells(server::QrAsTerminalText(code));
  const int side = code.size + 2 * core::kQrQuietZone;
  ASSERT_EQ(int(lines.size()), (side + 1) / 2) << "two module rows a line";
  auto dark = [&](int x, int y) {
    x -= core::kQrQuietZone;
    y -= core::kQrQuietZone;
    return x >= 0 && y >= 0 && x < code.size && y < code.size && code.Dark(x, y);
  };
  for (int row = 0; row < int(lines.size()); ++row) {
    ASSERT_EQ(int(lines[std::size_t(row)].size()), side);
    for (int x = 0; x < side; ++x) {
      const std::string& cell = lines[std::size_t(row)][std::size_t(x)];
      const bool top = cell == "\u2588" || cell == "\u2580";
      const bool bottom = cell == "\u2588" || cell == "\u2584";
      EXPECT_EQ(top, dark(x, 2 * row)) << "column " << x << ", line " << row;
      EXPECT_EQ(bottom, dark(x, 2 * row + 1)) << "column " << x << ", line " << row;
    }
  }
}

TEST(QrText, NoCodeGivesNoText) {
  EXPECT_EQ(server::QrAsTerminalText(core::QrMatrix{}), "");
}
