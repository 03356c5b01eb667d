// The browser build of the app: the same screens as `spirit join` and `spirit bigscreen`, fed by
// the host that served the page, over the browser's WebSocket. The URL says who this page is:
//   /?code=K7P2Q            a participant (or a table), with the join code filled in
//   /?code=K7P2Q&key=KEY    the same, from the QR code: only a host with this key fingerprint
//   /#bigscreen=TOKEN       the big screen, with the console's token
//   /#console=TOKEN         the facilitator console, with the console's token
#include <emscripten.h>

#include <algorithm>
#include <cstring>
#include <memory>
#include <string>
#include <vector>

#include "BrowserPage.h"
#include "BrowserStore.h"
#include "FrameJson.h"
#include "KeptDisplay.h"
#include "RemoteScreen.h"
#include "spirit/client/ClientApp.h"

namespace {

using namespace spirit;

// Everything the page's loop needs, alive for the page's whole life.
struct Page {
  web::BrowserStore store;
  std::unique_ptr<app::RemoteScreen> screen;
  std::unique_ptr<client::ClientApp> app;
  bool keyboardShown = false;
  int width = 0;  // the page's size the window follows, in CSS pixels
  int height = 0;
};

Page* page = nullptr;

// Opens or closes the on-screen keyboard as the focused field asks.
void FollowKeyboard() {
  const bool wanted = page->app->Host().WantsTextInput();
  if (wanted == page->keyboardShown) return;
  page->keyboardShown = wanted;
  if (wanted) {
    web::ShowKeyboard();
  } else {
    web::HideKeyboard();
  }
}

// The window follows the page's size (a rotation, a resized browser window, a keyboard that
// shrinks the page), checked every turn: resize events do not reach a page in every browser.
void FollowPageSize() {
  int width = 0;
  int height = 0;
  web::PageSize(width, height);
  if (width <= 0 || height <= 0 || (width == page->width && height == page->height)) return;
  page->width = width;
  page->height = height;
  SDL_SetWindowSize(page->app->Window(), width, height);
  web::SizeCanvas(width, height);
}

// One turn of the page's loop (each animation frame): input, network, and a frame when needed.
void Turn() {
  if (page == nullptr || !page->app) return;
  FollowPageSize();
  page->app->Step(0);
  FollowKeyboard();
}

// Pushes one SDL event built by `fill`.
template <class Fill>
void Push(Uint32 type, Fill fill) {
  SDL_Event event{};
  event.type = type;
  fill(event);
  SDL_PushEvent(&event);
}

}  // namespace

extern "C" {

// The page's JavaScript calls these (see shell.html).

// A tap or click just ended: run the frames that act on it now, inside the person's gesture, and
// say whether a text field took the keyboard (iOS and Android open it only inside a gesture).
EMSCRIPTEN_KEEPALIVE int spirit_tap_ended() {
  if (page == nullptr || !page->app) return 0;
  for (int i = 0; i < 3; ++i) page->app->Step(0);
  const bool wanted = page->app->Host().WantsTextInput();
  page->keyboardShown = wanted;
  return wanted ? 1 : 0;
}

// Text typed on the on-screen keyboard (UTF-8), as SDL text input events.
EMSCRIPTEN_KEEPALIVE void spirit_type(const char* utf8) {
  const std::string text = utf8 == nullptr ? "" : utf8;
  constexpr std::size_t kMost = sizeof(SDL_TextInputEvent::text) - 1;
  for (std::size_t at = 0; at < text.size();) {
    std::size_t take = std::min(kMost, text.size() - at);
    // Never split a character: back off to the start of a UTF-8 sequence.
    while (take > 0 && at + take < text.size() &&
           (static_cast<unsigned char>(text[at + take]) & 0xC0) == 0x80)
      --take;
    if (take == 0) break;
    Push(SDL_TEXTINPUT, [&](SDL_Event& event) {
      std::memcpy(event.text.text, text.data() + at, take);
      event.text.text[take] = '\0';
    });
    at += take;
  }
}

// A key the on-screen keyboard sends as an edit (backspace, enter), pressed and released.
EMSCRIPTEN_KEEPALIVE void spirit_key(int scancode) {
  const auto code = SDL_Scancode(scancode);
  for (const Uint32 type : {Uint32(SDL_KEYDOWN), Uint32(SDL_KEYUP)}) {
    Push(type, [&](SDL_Event& event) {
      event.key.state = type == SDL_KEYDOWN ? SDL_PRESSED : SDL_RELEASED;
      event.key.keysym.scancode = code;
      event.key.keysym.sym = SDL_GetKeyFromScancode(code);
    });
  }
}

// What the last frame drew, as JSON with boxes in CSS pixels (for tests and assistive tools);
// valid until the next call.
EMSCRIPTEN_KEEPALIVE const char* spirit_frame() {
  static std::string json;
  if (page == nullptr || !page->app) return "{}";
  int width = 0;
  int height = 0;
  int pixels = 0;
  int unused = 0;
  SDL_GetWindowSize(page->app->Window(), &width, &height);
  SDL_GetRendererOutputSize(page->app->Renderer(), &pixels, &unused);
  json =
      web::FrameAsJson(page->app->Host().Record(), width > 0 ? float(pixels) / float(width) : 1.0f);
  return json.c_str();
}

// Draws `frames` frames of the current screen at once and returns the median milliseconds one
// took (the browser benchmark, tools/bench-web, reads it).
EMSCRIPTEN_KEEPALIVE double spirit_time_frames(int frames) {
  if (page == nullptr || !page->app || frames <= 0) return 0;
  std::vector<double> took;
  for (int i = 0; i < frames; ++i) {
    page->app->Invalidate();
    const double started = emscripten_get_now();
    page->app->Step(0);
    took.push_back(emscripten_get_now() - started);
  }
  std::sort(took.begin(), took.end());
  return took[took.size() / 2];
}

}  // extern "C"

int main() {
  page = new Page();
  const std::string host = web::PageHost();
  const int port = web::PagePort();
  const std::string address = host + ":" + std::to_string(port);
  const std::string bigScreenToken = web::FragmentParameter("bigscreen");
  const std::string consoleToken = web::FragmentParameter("console");
  const core::Language language =
      web::BrowserPrefersDutch() ? core::Language::Dutch : core::Language::English;

  client::ClientAppOptions window;
  window.title = "Spirit";
  web::PageSize(window.width, window.height);
  window.accelerated = true;
  window.roomFonts = !consoleToken.empty() || !bigScreenToken.empty();
  if (!consoleToken.empty()) {
    page->screen = std::make_unique<app::RemoteScreen>(page->store, address, consoleToken, address,
                                                       app::RemoteRole::Console);
  } else if (!bigScreenToken.empty()) {
    page->screen =
        std::make_unique<app::RemoteScreen>(page->store, address, bigScreenToken, address);
  } else {
    page->screen = std::make_unique<app::RemoteScreen>(page->store, nullptr, address, language);
  }
  // Read before the window opens, so the first frame is drawn as this browser keeps it.
  app::KeepDisplayIn(page->store,
                     !consoleToken.empty()     ? app::DisplayWindow::Console
                     : !bigScreenToken.empty() ? app::DisplayWindow::BigScreen
                                               : app::DisplayWindow::Device,
                     window);
  page->screen->UseTransport(net::TransportKind::WebSocket);
  // From the QR code: the host must prove it holds this key before anything is sent to it.
  page->screen->ExpectHostKey(web::QueryParameter("key"));
  page->app = std::make_unique<client::ClientApp>(window, *page->screen, *page->screen);
  if (!page->app->Ok()) {
    web::TellPageFailed(page->app->Error());
    return 1;
  }
  client::JoinForm& form = page->app->States().participant.join;
  form.language = language;
  form.code = web::QueryParameter("code");
  web::TellPageStarted();
  emscripten_set_main_loop(Turn, 0, true);
  return 0;
}
