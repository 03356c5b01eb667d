#include "DevicePaths.h"

#include <fstream>

#include "spirit/server/Journal.h"

namespace spirit::app {

namespace {

// The file in the device's seats folder for host:port with this extension.
std::filesystem::path SeatFile(const std::string& host, std::uint16_t port,
                               const std::string& extension) {
  std::string name = host + "-" + std::to_string(port);
  for (char& c : name) {
    if (c == ':' || c == '/') c = '_';
  }
  return server::DefaultDataFolder() / "seats" / (name + extension);
}

}  // namespace

std::filesystem::path TokenFile(const std::string& host, std::uint16_t port) {
  return SeatFile(host, port, ".token");
}

std::filesystem::path HostKeyFile(const std::string& host, std::uint16_t port) {
  return SeatFile(host, port, ".key");
}

std::filesystem::path DisplayFile(DisplayWindow window) {
  return server::DefaultDataFolder() / "seats" /
         (std::string("display-") + DisplayWindowName(window) + ".txt");
}

std::string ReadToken(const std::filesystem::path& file) {
  std::ifstream in(file);
  std::string token;
  std::getline(in, token);
  return token;
}

bool WriteToken(const std::filesystem::path& file, const std::string& token) {
  std::error_code ignored;
  std::filesystem::create_directories(file.parent_path(), ignored);
  std::ofstream out(file, std::ios::trunc);
  out << token << "\n";
  return bool(out);
}

std::filesystem::path PlanFolder() {
  const char* home = std::getenv("HOME");
  const std::filesystem::path base = home != nullptr ? home : ".";
  std::error_code ignored;
  if (std::filesystem::is_directory(base / "Documents", ignored)) return base / "Documents";
  return base;
}

Kept FileDeviceStore::SavePlan(const std::string& name, const std::string& text) {
  const std::filesystem::path file = PlanFolder() / ("spirit-plan-" + name + ".txt");
  std::ofstream out(file, std::ios::trunc);
  out << text;
  if (out) {
    return {{"Je plan is bewaard in " + file.string(), "Your plan was saved to " + file.string()},
            false};
  }
  return {{"Je plan kon niet worden bewaard in " + file.string(),
           "Your plan could not be saved to " + file.string()},
          true};
}

}  // namespace spirit::app
