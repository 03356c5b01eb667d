#pragma once

#include <filesystem>
#include <string>

#include "DeviceStore.h"

namespace spirit::app {

// Where this device keeps its seat token (per host), so an app restart finds its seat again.
std::filesystem::path TokenFile(const std::string& host, std::uint16_t port);

// Where this device keeps the host key of the session its seat token at host:port belongs to.
std::filesystem::path HostKeyFile(const std::string& host, std::uint16_t port);

// Where this device keeps the display settings of a kind of window, beside the seat tokens.
std::filesystem::path DisplayFile(DisplayWindow window);

// Reads a stored token, or "" when there is none.
std::string ReadToken(const std::filesystem::path& file);

// Stores a token; false when it cannot be written.
bool WriteToken(const std::filesystem::path& file, const std::string& token);

// Where "save my plan" writes on this device: ~/Documents when it exists, else the home folder.
std::filesystem::path PlanFolder();

// A computer's device store: token files in the data folder, plans as text files in PlanFolder().
class FileDeviceStore : public DeviceStore {
 public:
  std::string Token(const std::string& host, std::uint16_t port) override {
    return ReadToken(TokenFile(host, port));
  }
  void KeepToken(const std::string& host, std::uint16_t port, const std::string& token) override {
    WriteToken(TokenFile(host, port), token);
  }
  std::string HostKey(const std::string& host, std::uint16_t port) override {
    return ReadToken(HostKeyFile(host, port));
  }
  void KeepHostKey(const std::string& host, std::uint16_t port,
                   const std::string& fingerprint) override {
    WriteToken(HostKeyFile(host, port), fingerprint);
  }
  client::DisplaySettings Display(DisplayWindow window) override {
    return client::DecodeDisplaySettings(ReadToken(DisplayFile(window)));
  }
  void KeepDisplay(DisplayWindow window, const client::DisplaySettings& settings) override {
    WriteToken(DisplayFile(window), client::EncodeDisplaySettings(settings));
  }
  Kept SavePlan(const std::string& name, const std::string& text) override;
};

}  // namespace spirit::app
