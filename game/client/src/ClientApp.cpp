#include "spirit/client/ClientApp.h"

#include <algorithm>
#include <utility>

#include <cstring>

namespace spirit::client {

namespace {

// Frames drawn after any input or new view: a tap's press, its release, and the settled result.
constexpr int kFramesAfterChange = 3;
// The pace of the breathing animation.
constexpr int kAnimationMillis = 33;
// The narrowest layout the screens are drawn for, in points: a phone narrower than this (most
// are 360-430 wide) draws everything a little smaller rather than cutting buttons off.
constexpr float kNarrowestLayout = 480;

}  // namespace

WindowSize FitToDisplay(WindowSize wanted, WindowSize display) {
  if (display.width <= 0 || display.height <= 0 || wanted.width <= 0 || wanted.height <= 0)
    return wanted;
  if ((display.height > display.width) != (wanted.height > wanted.width))
    std::swap(wanted.width, wanted.height);
  const double room = 0.9;
  const double shrink =
      std::min({1.0, room * display.width / wanted.width, room * display.height / wanted.height});
  if (shrink >= 1.0 && wanted.width <= display.width && wanted.height <= display.height)
    return wanted;
  return {int(wanted.width * shrink), int(wanted.height * shrink)};
}

ClientApp::ClientApp(const ClientAppOptions& options, ViewSource& source, IntentSink& sink)
    : options_(options), source_(source), sink_(sink) {
  // Touch is the pointer itself; SDL's synthetic mouse events from touch are ignored by the host.
  SDL_SetHint(SDL_HINT_MOUSE_TOUCH_EVENTS, "0");
  SDL_SetHint(SDL_HINT_VIDEO_MINIMIZE_ON_FOCUS_LOSS, "0");
  if (SDL_WasInit(SDL_INIT_VIDEO) == 0 &&
      SDL_InitSubSystem(SDL_INIT_VIDEO | SDL_INIT_EVENTS) != 0) {
    error_ = std::string("cannot start SDL video: ") + SDL_GetError();
    return;
  }
  // SDL's offscreen and dummy drivers have no event wait: SDL_WaitEventTimeout would poll every
  // millisecond, so the loop sleeps on its own signal instead (nothing but Wake() brings events).
  const char* driver = SDL_GetCurrentVideoDriver();
  const bool headless = driver != nullptr && (std::strcmp(driver, "offscreen") == 0 ||
                                              std::strcmp(driver, "dummy") == 0);
  driverWaits_ = !headless;
  wakeSignal_ = SDL_CreateSemaphore(0);
  // The software renderer's frame goes to the window as it is (X11's shared memory image), not
  // through an OpenGL texture, which a machine without a GPU draws in software once more.
  if (!options.accelerated && driver != nullptr && (headless || std::strcmp(driver, "x11") == 0)) {
    SDL_SetHint(SDL_HINT_FRAMEBUFFER_ACCELERATION, "0");
  }
  Uint32 flags = SDL_WINDOW_RESIZABLE | SDL_WINDOW_ALLOW_HIGHDPI;
  if (options.fullscreen) flags |= SDL_WINDOW_FULLSCREEN_DESKTOP;
  WindowSize size{options.width, options.height};
  SDL_Rect usable{};
  if (options.fitDisplay && !options.fullscreen && SDL_GetDisplayUsableBounds(0, &usable) == 0) {
    size = FitToDisplay(size, {usable.w, usable.h});
  }
  window_ = SDL_CreateWindow(options.title.c_str(), SDL_WINDOWPOS_CENTERED, SDL_WINDOWPOS_CENTERED,
                             size.width, size.height, flags);
  if (window_ == nullptr) {
    error_ = std::string("cannot open the window: ") + SDL_GetError();
    return;
  }
  if (options.accelerated) renderer_ = SDL_CreateRenderer(window_, -1, SDL_RENDERER_ACCELERATED);
  if (renderer_ == nullptr) renderer_ = SDL_CreateRenderer(window_, -1, SDL_RENDERER_SOFTWARE);
  if (renderer_ == nullptr) {
    error_ = std::string("cannot make a renderer: ") + SDL_GetError();
    return;
  }
  wakeEvent_ = SDL_RegisterEvents(1);
  // The fonts are built once, at the window's scale (building them is most of the start-up time).
  FontFiles fonts = FindFontFiles(options.assets);
  fonts.roomSizes = options.roomFonts;
  host_ = std::make_unique<UiHost>(renderer_, fonts, WantedScale());
  if (!host_->Ok()) {
    error_ = host_->Error();
    return;
  }
  SDL_StopTextInput();  // started only while a text field is active (shows the on-screen keyboard)
  lastActivity_ = SDL_GetTicks64();
}

ClientApp::~ClientApp() {
  host_.reset();
  if (renderer_ != nullptr) SDL_DestroyRenderer(renderer_);
  if (window_ != nullptr) SDL_DestroyWindow(window_);
  if (wakeSignal_ != nullptr) SDL_DestroySemaphore(wakeSignal_);
}

void ClientApp::UpdateScale() {
  host_->SetScale(WantedScale());
}

float ClientApp::WantedScale() const {
  int width = 0;
  int height = 0;
  int pixelWidth = 0;
  int pixelHeight = 0;
  SDL_GetWindowSize(window_, &width, &height);
  SDL_GetRendererOutputSize(renderer_, &pixelWidth, &pixelHeight);
  const float density = width > 0 ? float(pixelWidth) / float(width) : 1.0f;
  float scale = (options_.scale > 0 ? options_.scale : 1.0f) * density;
  if (pixelWidth > 0 && float(pixelWidth) / scale < kNarrowestLayout)
    scale = float(pixelWidth) / kNarrowestLayout;
  return scale;
}

void ClientApp::Wake() {
  SDL_Event event{};
  event.type = wakeEvent_;
  SDL_PushEvent(&event);
  if (wakeSignal_ != nullptr) SDL_SemPost(wakeSignal_);
}

bool ClientApp::WaitForEvent(SDL_Event& event, int wait) {
  if (wait <= 0 || driverWaits_ || wakeSignal_ == nullptr) {
    return wait > 0 ? SDL_WaitEventTimeout(&event, wait) != 0 : SDL_PollEvent(&event) != 0;
  }
  if (SDL_PollEvent(&event) != 0) return true;
  SDL_SemWaitTimeout(wakeSignal_, Uint32(wait));
  while (SDL_SemTryWait(wakeSignal_) == 0) {
  }
  return SDL_PollEvent(&event) != 0;
}

bool ClientApp::Handle(const SDL_Event& event) {
  if (event.type == SDL_QUIT) {
    running_ = false;
    return false;
  }
  // A wake only ends the sleep: whatever arrived shows in the source's next Update, and a wake
  // with nothing new (a ping on the link) draws nothing.
  if (event.type == wakeEvent_) return false;
  if (event.type == SDL_WINDOWEVENT) {
    const auto kind = event.window.event;
    if (kind == SDL_WINDOWEVENT_CLOSE) running_ = false;
    if (kind == SDL_WINDOWEVENT_SIZE_CHANGED || kind == SDL_WINDOWEVENT_DISPLAY_CHANGED)
      UpdateScale();
    host_->HandleEvent(event);
    return true;  // exposed, resized, focus: draw again
  }
  if (event.type == SDL_KEYDOWN && keys_ && !host_->WantsTextInput()) keys_(event.key.keysym.sym);
  return host_->HandleEvent(event);
}

bool ClientApp::Step(int maxWaitMillis) {
  if (!Ok() || !running_) return false;
  host_->BeforeEvents();
  bool changed = source_.Update();
  int wait = maxWaitMillis;
  if (animating_) wait = std::min(wait, kAnimationMillis);
  if (clockDue_) {
    const Uint64 now = SDL_GetTicks64();
    wait = std::min(wait, *clockDue_ > now ? int(*clockDue_ - now) : 0);
  }
  if (const auto due = drafts_.DueAt()) {
    const core::Millis now = core::Millis(SDL_GetTicks64());
    wait = std::min(wait, *due > now ? int(*due - now) : 0);
  }
  if (pendingFrames_ > 0 || changed || host_->HasPendingInput()) wait = 0;
  bool input = false;
  SDL_Event event;
  if (WaitForEvent(event, wait)) {
    input |= Handle(event);
    while (SDL_PollEvent(&event)) input |= Handle(event);
  }
  if (source_.Update()) changed = true;
  if (changed) anchor_.Observe(source_.Current(), core::Millis(SDL_GetTicks64()));
  if (changed || input) {
    pendingFrames_ = std::max(pendingFrames_, kFramesAfterChange);
    lastActivity_ = SDL_GetTicks64();
  }
  if (host_->HasPendingInput()) pendingFrames_ = std::max(pendingFrames_, 1);
  if (animating_) pendingFrames_ = std::max(pendingFrames_, 1);
  if (clockDue_ && SDL_GetTicks64() >= *clockDue_) pendingFrames_ = std::max(pendingFrames_, 1);
  KeepDrafts();
  if (pendingFrames_ > 0 && running_) {
    DrawFrame();
    --pendingFrames_;
  }
  return running_;
}

void ClientApp::DrawFrame() {
  const core::Millis now = core::Millis(SDL_GetTicks64());
  anchor_.Observe(source_.Current(), now);
  Ui& ui = host_->BeginFrame(anchor_.SinceView(now));
  std::optional<Intent> intent = DrawScreenFor(ui, source_.Current(), source_.Context(), states_);
  if (overlay_) overlay_(ui);
  host_->EndFrame(true);
  SDL_RenderPresent(renderer_);
  ++frames_;
  animating_ = host_->Record().animating;
  clockDue_.reset();
  if (const auto redrawAt = host_->Record().redrawAt)
    clockDue_ = Uint64(anchor_.ArrivedAt() + *redrawAt);
  host_->SyncTextInput();
  if (intent) {
    sink_.Send(*intent);
    pendingFrames_ = std::max(pendingFrames_, 1);
  }
  // Only once seated: the join screen before the seat comes back has no fields to compare.
  if (source_.Current().me) drafts_.Observe(TypedDrafts(states_, source_.Current()), now);
}

void ClientApp::KeepDrafts() {
  const ScreenContext& context = source_.Context();
  if (context.draftsArrived != draftsSeen_) {
    draftsSeen_ = context.draftsArrived;
    // A restarted app finds what it was typing; a link that came back has it still in its fields.
    const core::Millis now = core::Millis(SDL_GetTicks64());
    if (!draftsRestored_) {
      RestoreDrafts(states_, context.drafts);
      draftsRestored_ = true;
      pendingFrames_ = std::max(pendingFrames_, 1);
    }
    drafts_.KnowKept(context.drafts, now);
    if (source_.Current().me) drafts_.Observe(TypedDrafts(states_, source_.Current()), now);
  }
  DraftTexts due = drafts_.TakeDue(core::Millis(SDL_GetTicks64()));
  if (!due.empty()) sink_.Send(local::KeepDrafts{std::move(due)});
}

int ClientApp::LoopWait() const {
  if (options_.wokenWaitMillis > 0 && source_.WakesApp()) return options_.wokenWaitMillis;
  const bool quiet =
      options_.quietWaitMillis > 0 &&
      SDL_GetTicks64() - lastActivity_ >= Uint64(std::max(0, options_.quietAfterMillis));
  return quiet ? options_.quietWaitMillis : options_.idleWaitMillis;
}

int ClientApp::Run() {
  if (!Ok()) return 1;
  while (Step(LoopWait())) {
  }
  return 0;
}

}  // namespace spirit::client
