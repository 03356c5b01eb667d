// A text as a QR code's modules, by Debian's libqrencode.
#include "spirit/server/QrEncode.h"

#include <qrencode.h>

#include <cerrno>
#include <memory>
#include <string>

namespace spirit::server {

namespace {

// libqrencode's own symbol, freed with QRcode_free.
struct FreeCode {
  void operator()(QRcode* code) const { QRcode_free(code); }
};

// The most bytes a QR code holds in 8-bit mode at level M (version 40).
constexpr std::size_t kMostBytes = 2331;

std::string TooLong(std::size_t bytes) {
  return "the text is " + std::to_string(bytes) +
         " bytes, more than a QR code holds at error correction level M (" +
         std::to_string(kMostBytes) + ")";
}

}  // namespace

std::optional<core::QrMatrix> EncodeQr(const std::string& text, std::string& why) {
  if (text.empty()) {
    why = "there is no text to encode";
    return std::nullopt;
  }
  if (text.size() > kMostBytes) {
    why = TooLong(text.size());
    return std::nullopt;
  }
  errno = 0;
  // Every byte in 8-bit mode (so the case is kept, and nothing is split into other modes) at level
  // M; version 0: the smallest that holds the text.
  const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
  std::unique_ptr<QRcode, FreeCode> code(
      QRcode_encodeData(int(text.size()), bytes, 0, QR_ECLEVEL_M));
  if (!code) {
    why = errno == ERANGE
              ? TooLong(text.size())
              : "libqrencode could not encode the text (errno " + std::to_string(errno) + ")";
    return std::nullopt;
  }
  const int size = code->width;
  if (size < core::kQrMinSize || size > core::kQrMaxSize) {
    why = "libqrencode gave a code of " + std::to_string(size) + " modules per side";
    return std::nullopt;
  }
  core::QrMatrix matrix = core::QrMatrix::Light(size);
  for (int y = 0; y < size; ++y) {
    for (int x = 0; x < size; ++x) {
      // The lowest bit of each of libqrencode's bytes is the module's colour: 1 is dark.
      if ((code->data[y * size + x] & 1) != 0) matrix.SetDark(x, y);
    }
  }
  why.clear();
  return matrix;
}

}  // namespace spirit::server
