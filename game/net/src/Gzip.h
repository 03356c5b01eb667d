#pragma once

// Internal to game/net: gzip for the web port's static files.

#include <string>
#include <string_view>

namespace spirit::net {

// The bytes compressed as one gzip member (RFC 1952), as browsers accept with
// "Content-Encoding: gzip"; empty if zlib fails.
std::string GzipCompress(std::string_view bytes);

}  // namespace spirit::net
