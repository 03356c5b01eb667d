#include "spirit/server/HostConfig.h"

#include <system_error>

namespace spirit::server {

std::filesystem::path DefaultWebRoot() {
  const std::filesystem::path built = SPIRIT_WEB_APP_DIR;
  std::error_code ignored;
  return std::filesystem::exists(built / "index.html", ignored) ? built : std::filesystem::path();
}

}  // namespace spirit::server
