#pragma once

#include <string>

#include "spirit/core/QrMatrix.h"
#include "spirit/server/HostFailure.h"

namespace spirit::server {

// The text as a QR code, with libqrencode: error correction level M, every byte in 8-bit mode (so
// case-sensitive), the smallest version that holds it. Fails (QrTextEmpty, QrTextTooLong,
// QrEncoderFailed) when the text is empty or longer than a QR code at level M holds (2331 bytes).
HostResult<core::QrMatrix> EncodeQr(const std::string& text);

}  // namespace spirit::server
