#pragma once

// Reads a QR code back from a screenshot with Debian's zbarimg (zbar-tools), as a phone would.

#include <string>

namespace spirit::test {

// What zbarimg read in an image file.
struct QrReading {
  bool ran = false;     // false when zbarimg is not installed (`problem` says so)
  std::string text;     // the decoded text, without zbarimg's final newline
  std::string problem;  // why nothing was read, or ""
};

// Runs `zbarimg --raw -q FILE` and returns what it decoded.
QrReading ReadQrCode(const std::string& imageFile);

}  // namespace spirit::test
