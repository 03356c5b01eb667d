#include "spirit/net/HttpRoute.h"

#include <array>
#include <utility>
#include <vector>

#include "spirit/net/WebServer.h"

namespace spirit::net {

namespace {

// A refusal with its status and the sentence its body carries.
Route Refuse(unsigned status, std::string reason) {
  Route route;
  route.kind = Route::Kind::Refused;
  route.status = status;
  route.reason = std::move(reason);
  return route;
}

// The value of one hexadecimal digit, or -1.
int HexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// ASCII lower case; other bytes unchanged.
char LowerAscii(char c) {
  return (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c;
}

// Whether a byte may never appear in a path we serve (control characters).
bool IsControl(unsigned char c) {
  return c < 0x20 || c == 0x7f;
}

// Spaces and tabs trimmed from both ends.
std::string_view Trim(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
  return text;
}

// Whether two ASCII strings are equal ignoring case.
bool EqualsIgnoringCase(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (LowerAscii(a[i]) != LowerAscii(b[i])) return false;
  }
  return true;
}

// Decodes the percent escapes of a path; false (with the refusal in `refusal`) when one is
// malformed or stands for '/', '\', NUL or another control character.
bool DecodePath(std::string_view raw, std::string& decoded, Route& refusal) {
  decoded.clear();
  decoded.reserve(raw.size());
  for (std::size_t i = 0; i < raw.size(); ++i) {
    const char c = raw[i];
    if (c == '\\' || IsControl(static_cast<unsigned char>(c))) {
      refusal = Refuse(400, "Backslashes and control characters are not allowed in a path.");
      return false;
    }
    if (c != '%') {
      decoded.push_back(c);
      continue;
    }
    const int high = i + 2 < raw.size() ? HexValue(raw[i + 1]) : -1;
    const int low = i + 2 < raw.size() ? HexValue(raw[i + 2]) : -1;
    if (high < 0 || low < 0) {
      refusal = Refuse(400, "The path has a malformed percent escape.");
      return false;
    }
    const auto byte = static_cast<unsigned char>(high * 16 + low);
    if (byte == '/' || byte == '\\' || IsControl(byte)) {
      refusal = Refuse(
          400, "Encoded slashes, backslashes and control characters are not allowed in a path.");
      return false;
    }
    decoded.push_back(static_cast<char>(byte));
    i += 2;
  }
  return true;
}

// Splits a decoded path on '/', skipping empty parts.
std::vector<std::string_view> Segments(std::string_view path) {
  std::vector<std::string_view> parts;
  std::size_t start = 0;
  while (start <= path.size()) {
    const std::size_t slash = path.find('/', start);
    const std::size_t end = slash == std::string_view::npos ? path.size() : slash;
    if (end > start) parts.push_back(path.substr(start, end - start));
    if (slash == std::string_view::npos) break;
    start = slash + 1;
  }
  return parts;
}

// Whether a q-value ("0", "0.000", "0.5", "1") is zero, which means "not acceptable".
bool IsZeroQuality(std::string_view value) {
  value = Trim(value);
  if (value.empty() || value.front() != '0') return false;
  value.remove_prefix(1);
  if (value.empty()) return true;
  if (value.front() != '.') return false;
  value.remove_prefix(1);
  for (char c : value) {
    if (c != '0') return false;
  }
  return true;
}

// Whether an Accept-Encoding entry's parameters (";q=0.5") leave it acceptable.
bool AcceptableQuality(std::string_view parameters) {
  while (!parameters.empty()) {
    const std::size_t semicolon = parameters.find(';');
    const std::string_view parameter = Trim(parameters.substr(0, semicolon));
    const std::size_t equals = parameter.find('=');
    if (equals != std::string_view::npos &&
        EqualsIgnoringCase(Trim(parameter.substr(0, equals)), "q")) {
      return !IsZeroQuality(parameter.substr(equals + 1));
    }
    if (semicolon == std::string_view::npos) break;
    parameters.remove_prefix(semicolon + 1);
  }
  return true;
}

// One file extension and its Content-Type.
struct MimeEntry {
  std::string_view extension;
  std::string_view type;
};

constexpr std::array<MimeEntry, 19> kMimeTypes{{
    {"html", "text/html; charset=utf-8"},
    {"htm", "text/html; charset=utf-8"},
    {"js", "text/javascript; charset=utf-8"},
    {"mjs", "text/javascript; charset=utf-8"},
    {"wasm", "application/wasm"},
    {"css", "text/css; charset=utf-8"},
    {"png", "image/png"},
    {"jpg", "image/jpeg"},
    {"jpeg", "image/jpeg"},
    {"webp", "image/webp"},
    {"svg", "image/svg+xml"},
    {"json", "application/json"},
    {"map", "application/json"},
    {"ico", "image/x-icon"},
    {"txt", "text/plain; charset=utf-8"},
    {"data", "application/octet-stream"},
    {"woff2", "font/woff2"},
    {"ttf", "font/ttf"},
    {"otf", "font/otf"},
}};

// Content-Types that gzip shrinks, besides every text/ type.
constexpr std::array<std::string_view, 8> kCompressibleTypes{{
    "application/javascript",
    "application/json",
    "application/wasm",
    "application/octet-stream",
    "application/xml",
    "image/svg+xml",
    "image/x-icon",
    "font/ttf",
}};

}  // namespace

Route RouteRequest(std::string_view method, std::string_view target, bool upgrade) {
  if (target.size() > kMaxTargetLength) return Refuse(414, "The address is too long.");
  if (method != "GET" && method != "HEAD") return Refuse(405, "Only GET and HEAD are served here.");
  if (target.empty() || target.front() != '/')
    return Refuse(400, "The request target must be a path.");
  const std::string_view path = target.substr(0, target.find('?'));
  if (path.find('#') != std::string_view::npos)
    return Refuse(400, "A fragment does not belong in a request.");
  if (path == kWebSocketPath) {
    if (!upgrade) return Refuse(426, "This address is for WebSocket connections.");
    if (method != "GET") return Refuse(400, "A WebSocket upgrade must be a GET request.");
    Route route;
    route.kind = Route::Kind::WebSocket;
    return route;
  }
  if (upgrade) return Refuse(404, "There is no WebSocket at this address.");
  std::string decoded;
  Route refusal;
  if (!DecodePath(path, decoded, refusal)) return refusal;
  Route route;
  for (std::string_view segment : Segments(decoded)) {
    if (segment == "." || segment == "..")
      return Refuse(400, "'.' and '..' are not allowed in a path.");
    if (segment.front() == '.') return Refuse(404, "Not found.");
    if (!route.path.empty()) route.path.push_back('/');
    route.path.append(segment);
  }
  route.kind = route.path.empty() ? Route::Kind::Index : Route::Kind::StaticFile;
  return route;
}

std::string_view MimeTypeFor(std::string_view path) {
  const std::size_t slash = path.find_last_of('/');
  const std::string_view name = slash == std::string_view::npos ? path : path.substr(slash + 1);
  const std::size_t dot = name.find_last_of('.');
  if (dot != std::string_view::npos && dot + 1 < name.size()) {
    const std::string_view extension = name.substr(dot + 1);
    for (const MimeEntry& entry : kMimeTypes) {
      if (EqualsIgnoringCase(extension, entry.extension)) return entry.type;
    }
  }
  return "application/octet-stream";
}

bool Compressible(std::string_view mimeType) {
  const std::string_view type = Trim(mimeType.substr(0, mimeType.find(';')));
  if (type.size() > 5 && EqualsIgnoringCase(type.substr(0, 5), "text/")) return true;
  for (std::string_view candidate : kCompressibleTypes) {
    if (EqualsIgnoringCase(type, candidate)) return true;
  }
  return false;
}

bool AcceptsGzip(std::string_view acceptEncoding) {
  bool gzipListed = false;
  bool gzipAcceptable = false;
  bool anyAcceptable = false;
  while (!acceptEncoding.empty()) {
    const std::size_t comma = acceptEncoding.find(',');
    const std::string_view entry = acceptEncoding.substr(0, comma);
    const std::size_t semicolon = entry.find(';');
    const std::string_view coding = Trim(entry.substr(0, semicolon));
    const std::string_view parameters =
        semicolon == std::string_view::npos ? std::string_view{} : entry.substr(semicolon + 1);
    if (EqualsIgnoringCase(coding, "gzip") || EqualsIgnoringCase(coding, "x-gzip")) {
      gzipListed = true;
      gzipAcceptable = gzipAcceptable || AcceptableQuality(parameters);
    } else if (coding == "*") {
      anyAcceptable = AcceptableQuality(parameters);
    }
    if (comma == std::string_view::npos) break;
    acceptEncoding.remove_prefix(comma + 1);
  }
  return gzipListed ? gzipAcceptable : anyAcceptable;
}

}  // namespace spirit::net
