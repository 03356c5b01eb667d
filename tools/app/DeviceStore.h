#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "spirit/client/DisplaySettings.h"
#include "spirit/core/Text.h"
#include "spirit/net/Discovery.h"

namespace spirit::app {

// What to tell the person after keeping something for them.
struct Kept {
  core::Text told;
  bool problem = false;
};

// The kinds of window whose display settings a device keeps apart: a person's tablet or phone,
// the trainer's console and the big screen may sit on one computer, each read from its own
// distance.
enum class DisplayWindow { Device, Console, BigScreen };

// A window kind's name in a store's keys and files: "device", "console", "big-screen".
constexpr const char* DisplayWindowName(DisplayWindow window) {
  switch (window) {
    case DisplayWindow::Device:
      return "device";
    case DisplayWindow::Console:
      return "console";
    case DisplayWindow::BigScreen:
      return "big-screen";
  }
  return "device";
}

// What a device keeps between runs: its seat token per host (so a restart, a reload or a locked
// phone returns to the same seat), how it shows the screens, and the plans it saves. Files on a
// computer, the browser's storage and a download in a browser; never the session or the host.
class DeviceStore {
 public:
  virtual ~DeviceStore() = default;
  // The seat token kept for host:port, or "" when there is none.
  virtual std::string Token(const std::string& host, std::uint16_t port) = 0;
  // Keeps the seat token for host:port; "" forgets it.
  virtual void KeepToken(const std::string& host, std::uint16_t port, const std::string& token) = 0;
  // The host key fingerprint of the session the seat token at host:port belongs to, or "".
  virtual std::string HostKey(const std::string& host, std::uint16_t port) = 0;
  // Keeps the host key fingerprint beside the seat token for host:port; "" forgets it.
  virtual void KeepHostKey(const std::string& host, std::uint16_t port,
                           const std::string& fingerprint) = 0;
  // The display settings (text size, contrast, motion) kept for a kind of window; the defaults
  // when none are kept or what is kept cannot be read.
  virtual client::DisplaySettings Display(DisplayWindow window) = 0;
  // Keeps the display settings for a kind of window.
  virtual void KeepDisplay(DisplayWindow window, const client::DisplaySettings& settings) = 0;
  // Saves a person's plan as text under `name`; says where it went, or why it could not.
  virtual Kept SavePlan(const std::string& name, const std::string& text) = 0;
};

// Where a participant's screen learns of the sessions it may join.
class SessionFinder {
 public:
  virtual ~SessionFinder() = default;
  // The sessions found so far; called on the app's thread.
  virtual std::vector<net::DiscoveredSession> Found() = 0;
};

}  // namespace spirit::app
