#pragma once

// Where an HTTP request on the host's web port goes, decided from its method and target alone (no
// filesystem, no sockets), so it can be tested and fuzzed on its own.

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace spirit::net {

// The longest request target the web port accepts (a longer one is answered 414).
constexpr std::size_t kMaxTargetLength = 2048;

// The largest request header (request line and fields) the web port reads; larger is answered 431.
constexpr std::uint32_t kMaxRequestHeaderBytes = 8 * 1024;

// The largest request body the web port reads (it serves GET and HEAD); larger is answered 413.
constexpr std::uint64_t kMaxRequestBodyBytes = 1024;

// What to do with one request.
struct Route {
  enum class Kind {
    Index,       // "/": the web root's index.html, or the running page when there is none
    StaticFile,  // a file (or a directory's index.html) inside the web root
    WebSocket,   // the WebSocket upgrade at kWebSocketPath
    Refused,     // answered with `status` and `reason`
  };
  Kind kind = Kind::Refused;
  std::string path;       // StaticFile: decoded, '/'-separated, relative to the root, never empty
  unsigned status = 400;  // Refused: the HTTP status (400, 404, 405, 414, 426)
  std::string reason;     // Refused: one short sentence for the plain-text body
};

// Routes a request by its method ("GET"), its target as sent ("/app.js?v=2") and whether it asks
// for a WebSocket upgrade. Only GET and HEAD are served; the target must be origin-form; "..", ".",
// hidden names, backslashes, control characters and percent-encoded '/', '\' or NUL are refused;
// the query string is ignored.
Route RouteRequest(std::string_view method, std::string_view target, bool upgrade);

// The Content-Type for a file by its name's extension ("application/wasm" for "app.wasm");
// "application/octet-stream" when the extension is unknown.
std::string_view MimeTypeFor(std::string_view path);

// Whether a body of this Content-Type gets smaller with gzip (text, JavaScript, WebAssembly, SVG,
// fonts other than WOFF2; not PNG, JPEG or other already-compressed formats).
bool Compressible(std::string_view mimeType);

// Whether an Accept-Encoding header's value accepts gzip ("gzip, deflate, br" yes; "gzip;q=0" no).
bool AcceptsGzip(std::string_view acceptEncoding);

}  // namespace spirit::net
