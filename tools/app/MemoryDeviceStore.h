#pragma once

#include <map>
#include <string>

#include "DeviceStore.h"

namespace spirit::app {

// A device's keepings held in memory only: for benchmarks and tests, which leave nothing behind.
class MemoryDeviceStore : public DeviceStore {
 public:
  std::string Token(const std::string& host, std::uint16_t port) override {
    return tokens_[Key(host, port)];
  }
  void KeepToken(const std::string& host, std::uint16_t port, const std::string& token) override {
    tokens_[Key(host, port)] = token;
  }
  std::string HostKey(const std::string& host, std::uint16_t port) override {
    return keys_[Key(host, port)];
  }
  void KeepHostKey(const std::string& host, std::uint16_t port,
                   const std::string& fingerprint) override {
    keys_[Key(host, port)] = fingerprint;
  }
  client::DisplaySettings Display(DisplayWindow window) override { return displays_[window]; }
  void KeepDisplay(DisplayWindow window, const client::DisplaySettings& settings) override {
    displays_[window] = settings;
  }
  Kept SavePlan(const std::string&, const std::string&) override { return {}; }

 private:
  static std::string Key(const std::string& host, std::uint16_t port) {
    return host + ":" + std::to_string(port);
  }
  std::map<std::string, std::string> tokens_;
  std::map<std::string, std::string> keys_;
  std::map<DisplayWindow, client::DisplaySettings> displays_;
};

}  // namespace spirit::app
