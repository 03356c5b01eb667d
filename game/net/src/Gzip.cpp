#include "Gzip.h"

#include <zlib.h>

#include <algorithm>
#include <cstdint>
#include <limits>

namespace spirit::net {

namespace {

// deflateInit2's windowBits for a gzip wrapper around the deflate stream (15 + 16).
constexpr int kGzipWindowBits = 15 + 16;

// zlib counts in uInt; inputs and outputs are fed to it in slices no larger than this.
constexpr std::size_t kSlice = std::numeric_limits<uInt>::max() / 2;

}  // namespace

std::string GzipCompress(std::string_view bytes) {
  z_stream stream{};
  if (deflateInit2(&stream, Z_DEFAULT_COMPRESSION, Z_DEFLATED, kGzipWindowBits, 8,
                   Z_DEFAULT_STRATEGY) != Z_OK) {
    return {};
  }
  std::string out;
  out.resize(std::size_t(deflateBound(&stream, uLong(std::min(bytes.size(), kSlice)))) + 64);
  std::size_t used = 0;
  std::size_t consumed = 0;
  int result = Z_OK;
  while (result != Z_STREAM_END) {
    if (stream.avail_in == 0 && consumed < bytes.size()) {
      const std::size_t slice = std::min(bytes.size() - consumed, kSlice);
      // zlib's input pointer is not const in its API, but deflate never writes through it.
      stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(bytes.data() + consumed));
      stream.avail_in = uInt(slice);
      consumed += slice;
    }
    if (used == out.size()) out.resize(out.size() * 2);
    const std::size_t room = std::min(out.size() - used, kSlice);
    stream.next_out = reinterpret_cast<Bytef*>(out.data() + used);
    stream.avail_out = uInt(room);
    const int flush = consumed == bytes.size() ? Z_FINISH : Z_NO_FLUSH;
    result = deflate(&stream, flush);
    used += room - stream.avail_out;
    if (result != Z_OK && result != Z_STREAM_END && result != Z_BUF_ERROR) {
      deflateEnd(&stream);
      return {};
    }
  }
  deflateEnd(&stream);
  out.resize(used);
  return out;
}

}  // namespace spirit::net
