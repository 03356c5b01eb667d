#pragma once

#include "DeviceStore.h"

namespace spirit::web {

// A browser's device store: seat tokens in localStorage (a reload, a locked phone or a closed
// tab returns to the same seat), plans as a download.
class BrowserStore : public app::DeviceStore {
 public:
  std::string Token(const std::string& host, std::uint16_t port) override;
  void KeepToken(const std::string& host, std::uint16_t port, const std::string& token) override;
  std::string HostKey(const std::string& host, std::uint16_t port) override;
  void KeepHostKey(const std::string& host, std::uint16_t port,
                   const std::string& fingerprint) override;
  app::Kept SavePlan(const std::string& name, const std::string& text) override;
};

}  // namespace spirit::web
