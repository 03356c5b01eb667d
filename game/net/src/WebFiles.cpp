#include "WebFiles.h"

#include <algorithm>
#include <fstream>
#include <system_error>

#include "Gzip.h"
#include "spirit/net/HttpRoute.h"

namespace spirit::net {

namespace fs = std::filesystem;

namespace {

// Files larger than this are not served (the web build's largest is a few megabytes).
constexpr std::uintmax_t kMaxFileBytes = 256u * 1024 * 1024;

// When the cache holds more than this, it starts over.
constexpr std::size_t kMaxCachedBytes = 512u * 1024 * 1024;

// A whole file's bytes; nullopt when it cannot be read in full.
std::optional<std::string> ReadWhole(const fs::path& path, std::uintmax_t size) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  std::string bytes(std::size_t(size), '\0');
  in.read(bytes.data(), std::streamsize(size));
  if (std::uintmax_t(in.gcount()) != size) return std::nullopt;
  return bytes;
}

// A validator that changes whenever the file or its encoding does.
std::string EtagFor(std::uintmax_t size, fs::file_time_type modified, bool gzipped) {
  const auto ticks = modified.time_since_epoch().count();
  return "\"" + std::to_string(size) + "-" + std::to_string(ticks) + (gzipped ? "-gz\"" : "\"");
}

}  // namespace

WebFiles::WebFiles(const fs::path& root) {
  if (root.empty()) return;
  std::error_code error;
  fs::path canonical = fs::canonical(root, error);
  if (!error && fs::is_directory(canonical, error)) root_ = canonical;
}

bool WebFiles::Inside(const fs::path& canonical) const {
  return std::mismatch(root_.begin(), root_.end(), canonical.begin(), canonical.end()).first ==
         root_.end();
}

std::optional<fs::path> WebFiles::Resolve(const fs::path& relative) const {
  if (root_.empty() || relative.is_absolute()) return std::nullopt;
  std::error_code error;
  fs::path resolved = fs::weakly_canonical(root_ / relative, error);
  if (error || !Inside(resolved)) return std::nullopt;
  return resolved;
}

std::optional<WebFile> WebFiles::Find(std::string_view relativePath, bool acceptGzip) {
  std::optional<fs::path> path = Resolve(fs::path(relativePath));
  std::error_code error;
  if (path && fs::is_directory(*path, error)) path = Resolve(fs::path(relativePath) / "index.html");
  if (!path || !fs::is_regular_file(*path, error)) return std::nullopt;
  const std::uintmax_t size = fs::file_size(*path, error);
  if (error || size > kMaxFileBytes) return std::nullopt;
  const fs::file_time_type modified = fs::last_write_time(*path, error);
  if (error) return std::nullopt;

  const std::string key = path->string();
  auto found = cache_.find(key);
  if (found == cache_.end() || found->second.size != size || found->second.modified != modified) {
    std::optional<std::string> bytes = ReadWhole(*path, size);
    if (!bytes) return std::nullopt;
    if (found != cache_.end()) {
      cachedBytes_ -=
          found->second.raw->size() + (found->second.gzip ? found->second.gzip->size() : 0);
      cache_.erase(found);
    }
    if (cachedBytes_ + bytes->size() > kMaxCachedBytes) {
      cache_.clear();
      cachedBytes_ = 0;
    }
    Cached entry;
    entry.modified = modified;
    entry.size = size;
    entry.raw = std::make_shared<const std::string>(std::move(*bytes));
    cachedBytes_ += entry.raw->size();
    found = cache_.emplace(key, std::move(entry)).first;
  }

  Cached& entry = found->second;
  WebFile file;
  file.mimeType = MimeTypeFor(key);
  file.compressible = Compressible(file.mimeType);
  file.isHtml = file.mimeType.starts_with("text/html");
  if (file.compressible && acceptGzip && !entry.gzipTried) {
    entry.gzipTried = true;
    std::string packed = GzipCompress(*entry.raw);
    if (!packed.empty() && packed.size() < entry.raw->size()) {
      cachedBytes_ += packed.size();
      entry.gzip = std::make_shared<const std::string>(std::move(packed));
    }
  }
  file.gzipped = file.compressible && acceptGzip && entry.gzip != nullptr;
  file.body = file.gzipped ? entry.gzip : entry.raw;
  file.etag = EtagFor(size, modified, file.gzipped);
  return file;
}

}  // namespace spirit::net
