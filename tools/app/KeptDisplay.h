#pragma once

#include "DeviceStore.h"
#include "spirit/client/ClientApp.h"

namespace spirit::app {

// Starts a window as the device's store keeps its display settings for this kind of window, and
// keeps every later choice there (the store must outlive the window). The big screen's text is
// sized for the room: it keeps contrast and motion only.
inline void KeepDisplayIn(DeviceStore& store, DisplayWindow window,
                          client::ClientAppOptions& options) {
  options.display = store.Display(window);
  if (window == DisplayWindow::BigScreen) options.display.textPercent = 100;
  options.keepDisplay = [&store, window](const client::DisplaySettings& settings) {
    store.KeepDisplay(window, settings);
  };
}

}  // namespace spirit::app
