#pragma once

#include <optional>
#include <string>

#include "spirit/core/QrMatrix.h"

namespace spirit::server {

// The text as a QR code, with libqrencode: error correction level M, every byte in 8-bit mode (so
// case-sensitive), the smallest version that holds it. Nothing, with the reason in `why`, when the
// text is empty or longer than a QR code at level M holds (2331 bytes).
std::optional<core::QrMatrix> EncodeQr(const std::string& text, std::string& why);

}  // namespace spirit::server
