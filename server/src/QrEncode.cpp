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

core::Failure<HostFailure> TooLong(std::size_t bytes) {
  const std::string size = std::to_string(bytes), most = std::to_string(kMostBytes);
  return HostFailed(
      HostFailure::QrTextTooLong,
      {"de tekst is " + size +
           " bytes, meer dan een QR-code met foutcorrectie M "
           "bevat (" +
           most + ")",
       "the text is " + size + " bytes, more than a QR code holds at error correction level M (" +
           most + ")"});
}

}  // namespace

HostResult<core::QrMatrix> EncodeQr(const std::string& text) {
  if (text.empty()) {
    return HostFailed(HostFailure::QrTextEmpty,
                      {"er is geen tekst om te coderen", "there is no text to encode"});
  }
  if (text.size() > kMostBytes) return TooLong(text.size());
  errno = 0;
  // Every byte in 8-bit mode (so the case is kept, and nothing is split into other modes) at level
  // M; version 0: the smallest that holds the text.
  const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
  std::unique_ptr<QRcode, FreeCode> code(
      QRcode_encodeData(int(text.size()), bytes, 0, QR_ECLEVEL_M));
  if (!code) {
    if (errno == ERANGE) return TooLong(text.size());
    const std::string number = std::to_string(errno);
    return HostFailed(HostFailure::QrEncoderFailed,
                      {"libqrencode kon de tekst niet coderen (errno " + number + ")",
                       "libqrencode could not encode the text (errno " + number + ")"});
  }
  const int size = code->width;
  if (size < core::kQrMinSize || size > core::kQrMaxSize) {
    const std::string modules = std::to_string(size);
    return HostFailed(HostFailure::QrEncoderFailed,
                      {"libqrencode gaf een code van " + modules + " modules per zijde",
                       "libqrencode gave a code of " + modules + " modules per side"});
  }
  core::QrMatrix matrix = core::QrMatrix::Light(size);
  for (int y = 0; y < size; ++y) {
    for (int x = 0; x < size; ++x) {
      // The lowest bit of each of libqrencode's bytes is the module's colour: 1 is dark.
      if ((code->data[y * size + x] & 1) != 0) matrix.SetDark(x, y);
    }
  }
  return matrix;
}

}  // namespace spirit::server
