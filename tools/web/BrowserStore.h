#pragma once

#include "DeviceStore.h"

namespace spirit::web {

// The localStorage key of a kind of window's display settings: "spirit-display-device".
std::string DisplayKey(app::DisplayWindow window);

// A browser's device store: seat tokens and display settings in localStorage (a reload, a
// locked phone or a closed tab returns to the same seat, shown the same way), plans as a
// download.
class BrowserStore : public app::DeviceStore {
 public:
  std::string Token(const std::string& host, std::uint16_t port) override;
  void KeepToken(const std::string& host, std::uint16_t port, const std::string& token) override;
  std::string HostKey(const std::string& host, std::uint16_t port) override;
  void KeepHostKey(const std::string& host, std::uint16_t port,
                   const std::string& fingerprint) override;
  client::DisplaySettings Display(app::DisplayWindow window) override;
  void KeepDisplay(app::DisplayWindow window, const client::DisplaySettings& settings) override;
  app::Kept SavePlan(const std::string& name, const std::string& text) override;
};

}  // namespace spirit::web
