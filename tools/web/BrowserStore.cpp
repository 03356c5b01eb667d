#include "BrowserStore.h"

#include "BrowserPage.h"

namespace spirit::web {

namespace {

std::string SeatKey(const std::string& host, std::uint16_t port) {
  return "spirit-seat-" + host + "-" + std::to_string(port);
}

std::string HostKeyKey(const std::string& host, std::uint16_t port) {
  return "spirit-host-key-" + host + "-" + std::to_string(port);
}

}  // namespace

std::string DisplayKey(app::DisplayWindow window) {
  return std::string("spirit-display-") + app::DisplayWindowName(window);
}

std::string BrowserStore::Token(const std::string& host, std::uint16_t port) {
  return StoredValue(SeatKey(host, port));
}

void BrowserStore::KeepToken(const std::string& host, std::uint16_t port,
                             const std::string& token) {
  StoreValue(SeatKey(host, port), token);
}

std::string BrowserStore::HostKey(const std::string& host, std::uint16_t port) {
  return StoredValue(HostKeyKey(host, port));
}

void BrowserStore::KeepHostKey(const std::string& host, std::uint16_t port,
                               const std::string& fingerprint) {
  StoreValue(HostKeyKey(host, port), fingerprint);
}

client::DisplaySettings BrowserStore::Display(app::DisplayWindow window) {
  return client::DecodeDisplaySettings(StoredValue(DisplayKey(window)));
}

void BrowserStore::KeepDisplay(app::DisplayWindow window, const client::DisplaySettings& settings) {
  StoreValue(DisplayKey(window), client::EncodeDisplaySettings(settings));
}

app::Kept BrowserStore::SavePlan(const std::string& name, const std::string& text) {
  const std::string file = "spirit-plan-" + name + ".txt";
  if (DownloadText(file, text)) {
    return {{"Je plan staat in je downloads: " + file, "Your plan is in your downloads: " + file},
            false};
  }
  return {{"Deze browser liet het plan niet downloaden.",
           "This browser did not allow the plan to download."},
          true};
}

}  // namespace spirit::web
