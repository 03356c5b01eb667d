#pragma once

#include <SDL.h>

#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <string>

#include "spirit/client/Drafts.h"
#include "spirit/client/Intent.h"
#include "spirit/client/LocalClock.h"
#include "spirit/client/ScreenContext.h"
#include "spirit/client/Screens.h"
#include "spirit/client/UiHost.h"
#include "spirit/core/View.h"

namespace spirit::client {

// Where the app's views come from: the network client, or a session in this process (the demo).
class ViewSource {
 public:
  virtual ~ViewSource() = default;
  // Takes in whatever arrived since the last call; true when Current() or Context() changed.
  // Called on the app's thread every turn of the loop.
  virtual bool Update() = 0;
  // The view to draw now. A device that has not joined gets a view without a player (`me`),
  // which shows the join screen. Valid until the next Update().
  virtual const core::View& Current() const = 0;
  // What the screens show besides the view: sessions to join, the host address, the decks, notices.
  virtual const ScreenContext& Context() const = 0;
  // Whether the source wakes the app (ClientApp::Wake) as soon as anything arrives for it, so the
  // loop need not come round to look: it then sleeps up to ClientAppOptions::wokenWaitMillis.
  virtual bool WakesApp() const { return false; }
};

// Where the app's intents go: the network client (wrapping each with the view's version), or the
// demo's in-process session.
class IntentSink {
 public:
  virtual ~IntentSink() = default;
  // Sends one intent; called on the app's thread right after the frame that asked for it.
  virtual void Send(const Intent& intent) = 0;
};

// How the app's window starts.
struct ClientAppOptions {
  std::string title = "Spirit";
  int width = 1280;
  int height = 800;
  bool fullscreen = false;
  bool fitDisplay = false;       // shrink (and turn) the window to fit the display it opens on
  float scale = 0;               // DPI scale; 0: the window's pixel density (1 on most screens)
  std::filesystem::path assets;  // where fonts/ is; empty: the project's assets or Debian's fonts
  bool accelerated = false;      // the software renderer runs anywhere; true tries the GPU first
  int idleWaitMillis = 500;      // the longest sleep of Run() while something happened lately
  // The longest sleep of Run() once nothing (no input, no new view or context) has happened for
  // `quietAfterMillis`: a source polled for its network sleeps longer when all is quiet. 0: as
  // idleWaitMillis.
  int quietWaitMillis = 0;
  int quietAfterMillis = 3000;
  // The longest sleep of Run() while the source wakes the app itself (ViewSource::WakesApp): the
  // loop only comes round for the link's own timers then. 0: as without.
  int wokenWaitMillis = 0;
  bool roomFonts = true;  // false: a participant's device, without the big screen's font sizes
};

// A window's size in screen points.
struct WindowSize {
  int width = 0;
  int height = 0;
  bool operator==(const WindowSize&) const = default;
};

// The window size wanted, fitted to a display's usable area: turned to the display's orientation
// (a portrait tablet layout on a portrait display), then scaled down, keeping its proportions, to
// at most 90% of the area when it does not fit. A display of 0×0 (unknown) leaves it as it is.
WindowSize FitToDisplay(WindowSize wanted, WindowSize display);

// The app shell: one window, an SDL_Renderer, the UI host and the frame loop. It draws the screen
// for the source's view, hands every intent to the sink, and sleeps in SDL_WaitEventTimeout while
// nothing changes (no input, no new view, nothing moving), so an idle tablet uses no CPU. A round's
// clock counts down locally from the view's arrival (LocalClock.h): the loop sleeps until the
// clock's next second and draws one frame then.
// It handles DPI (the window's pixel density times the chosen scale), touch (fingers are the
// pointer), the on-screen keyboard while a text field is active, and window resizes.
class ClientApp {
 public:
  // Opens the window (SDL's video subsystem is started if needed). Check Ok() afterwards. The
  // source and sink must outlive the app.
  ClientApp(const ClientAppOptions& options, ViewSource& source, IntentSink& sink);
  ~ClientApp();
  ClientApp(const ClientApp&) = delete;
  ClientApp& operator=(const ClientApp&) = delete;

  // Whether the window, renderer and fonts are ready.
  bool Ok() const { return host_ != nullptr && host_->Ok(); }
  // What went wrong when Ok() is false.
  const std::string& Error() const { return error_; }

  // Runs the loop until the window is closed or Quit() is called; returns 0, or 1 when not Ok().
  int Run();
  // The longest sleep Run() gives the next turn: the options' woken wait while the source wakes the
  // app itself, else their idle wait, or their quiet wait once nothing has happened for a while.
  int LoopWait() const;
  // One turn of the loop: waits up to `maxWaitMillis` for an event (less when a clock shows its
  // next second sooner; not at all while something must still be drawn), feeds input, updates
  // the source, and draws when needed. Returns false once the app should stop.
  bool Step(int maxWaitMillis);
  // Asks the loop to stop after this turn.
  void Quit() { running_ = false; }
  // Wakes a sleeping loop at once, e.g. when the network thread has a new view. Thread-safe.
  void Wake();

  // How many frames were drawn so far (the idle loop draws none).
  std::uint64_t FramesDrawn() const { return frames_; }
  // The screens' UI state (the demo resets it when it switches who the window shows).
  ScreenStates& States() { return states_; }
  // The UI host, for screenshots and checks.
  UiHost& Host() { return *host_; }
  // The renderer drawn with.
  SDL_Renderer* Renderer() const { return renderer_; }
  // The window (the browser build resizes it with the page).
  SDL_Window* Window() const { return window_; }
  // Draws the next turns, the whole window, even without a change (after switching the source's
  // viewer; a benchmark's frames).
  void Invalidate() {
    pendingFrames_ = 3;
    if (host_) host_->RedrawWhole();
  }

  // Something to draw over the screen each frame (the demo's help line); may be empty.
  void SetOverlay(std::function<void(Ui&)> overlay) { overlay_ = std::move(overlay); }
  // Called with keys the screens do not use while no text field is active (the demo's F1..F4).
  void SetKeyHandler(std::function<void(SDL_Keycode)> handler) { keys_ = std::move(handler); }

 private:
  bool Handle(const SDL_Event& event);
  // Waits up to `wait` milliseconds for an event (0: only looks); true when `event` holds one.
  bool WaitForEvent(SDL_Event& event, int wait);
  void DrawFrame();
  void UpdateScale();
  // The DPI scale for the window's size now: its pixel density times the chosen scale, smaller on
  // a screen narrower than the narrowest layout.
  float WantedScale() const;

  ClientAppOptions options_;
  ViewSource& source_;
  IntentSink& sink_;
  SDL_Window* window_ = nullptr;
  SDL_Renderer* renderer_ = nullptr;
  std::unique_ptr<UiHost> host_;
  ScreenStates states_;
  std::function<void(Ui&)> overlay_;
  std::function<void(SDL_Keycode)> keys_;
  std::string error_;
  Uint32 wakeEvent_ = 0;
  // Posted by Wake(): the sleep of a video driver that cannot wait for events (offscreen, dummy).
  SDL_sem* wakeSignal_ = nullptr;
  bool driverWaits_ = true;  // SDL_WaitEventTimeout sleeps until an event (it polls otherwise)
  // Keeps typed text on the host (DraftKeeper) and puts it back after a restart.
  void KeepDrafts();
  ViewAnchor anchor_;               // when the view's clock started counting
  DraftKeeper drafts_;              // when typed text goes to the host
  std::uint64_t draftsSeen_ = 0;    // the context's draftsArrived taken in
  bool draftsRestored_ = false;     // the host's drafts were put back once (after a restart)
  Uint64 lastActivity_ = 0;         // SDL ticks of the last input, new view or context
  std::optional<Uint64> clockDue_;  // SDL ticks when the drawn frame goes stale (a clock's second)
  std::uint64_t frames_ = 0;
  int pendingFrames_ = 3;
  bool animating_ = false;
  bool running_ = true;
};

}  // namespace spirit::client
