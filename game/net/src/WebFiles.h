#pragma once

// Internal to game/net: the web port's static files, found only inside the web root and kept in
// memory (raw and gzipped) while they do not change on disk.

#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

namespace spirit::net {

// One file, ready to send.
struct WebFile {
  std::shared_ptr<const std::string>
      body;                   // shared with the cache; alive as long as a response needs it
  std::string_view mimeType;  // from MimeTypeFor
  std::string etag;           // changes with the file and with the encoding
  bool gzipped = false;       // the body is gzip (Content-Encoding: gzip)
  bool compressible = false;  // the type has a gzip form (Vary: Accept-Encoding)
  bool isHtml = false;        // an HTML page (Cache-Control: no-cache)
};

// The files under one web root.
class WebFiles {
 public:
  // Serves the files under `root`; none when it is empty or does not exist.
  explicit WebFiles(const std::filesystem::path& root);

  // The file at a relative, '/'-separated path (a directory: its index.html). Its gzip form when
  // `acceptGzip` and that is smaller. nullopt when it is missing, is not a regular file, is too
  // large, or resolves (through symlinks too) to anywhere outside the root.
  std::optional<WebFile> Find(std::string_view relativePath, bool acceptGzip);

 private:
  // A file's bodies as last read, valid while its size and modification time stay the same.
  struct Cached {
    std::filesystem::file_time_type modified;
    std::uintmax_t size = 0;
    std::shared_ptr<const std::string> raw;
    std::shared_ptr<const std::string> gzip;  // null when not made yet or not smaller than raw
    bool gzipTried = false;
  };

  // The canonical path of a relative path inside the root, or nullopt when it leaves the root.
  std::optional<std::filesystem::path> Resolve(const std::filesystem::path& relative) const;

  // Whether a canonical path is the root or below it.
  bool Inside(const std::filesystem::path& canonical) const;

  std::filesystem::path root_;  // canonical; empty when there is no web root
  std::unordered_map<std::string, Cached> cache_;
  std::size_t cachedBytes_ = 0;
};

}  // namespace spirit::net
