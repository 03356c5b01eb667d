// spirit-client-demo: every Spirit screen against a session in this process, bots in the other
// seats, so a person can click through the whole game on one machine.
#include <cstdlib>
#include <iostream>

#include "DemoOptions.h"
#include "DemoSession.h"
#include "spirit/client/ClientApp.h"
#include "spirit/client/Screenshot.h"
#include "spirit/content/DeckLibrary.h"

using namespace spirit;

namespace {

client::ClientAppOptions WindowFor(const demo::DemoOptions& options) {
  client::ClientAppOptions app;
  app.title = "Spirit demo";
  app.scale = options.scale;
  app.fullscreen = options.fullscreen;
  switch (options.role) {
    case demo::Role::Participant:
    case demo::Role::Table:
      app.width = 1280;
      app.height = 800;
      break;
    case demo::Role::BigScreen:
      app.width = 1920;
      app.height = 1080;
      break;
    case demo::Role::Facilitator:
      app.width = 1366;
      app.height = 768;
      break;
  }
  if (options.width > 0) {
    app.width = options.width;
    app.height = options.height;
  }
  return app;
}

}  // namespace

int main(int argc, char** argv) {
  auto options = demo::ParseDemoOptions(argc, argv);
  if (!options) return 2;
  content::DeckLibrary library(options->decks);
  library.Refresh();
  std::vector<std::shared_ptr<const core::Deck>> decks;
  for (const content::AvailableDeck& deck : library.Available()) decks.push_back(deck.deck);
  if (decks.empty()) {
    std::cerr << "spirit-client-demo: no playable decks in " << options->decks << "\n";
    return 1;
  }
  if (!options->screenshot.empty()) setenv("SDL_VIDEODRIVER", "offscreen", 1);
  demo::DemoSession session(*options, decks);
  client::ClientApp app(WindowFor(*options), session, session);
  if (!app.Ok()) {
    std::cerr << "spirit-client-demo: " << app.Error() << "\n";
    return 1;
  }
  app.SetKeyHandler([&](SDL_Keycode key) {
    demo::Role role = session.CurrentRole();
    if (key == SDLK_F1) role = demo::Role::Participant;
    if (key == SDLK_F2) role = demo::Role::Table;
    if (key == SDLK_F3) role = demo::Role::BigScreen;
    if (key == SDLK_F4) role = demo::Role::Facilitator;
    if (key == SDLK_ESCAPE) app.Quit();
    if (role != session.CurrentRole()) {
      session.SetRole(role);
      app.Invalidate();
    }
  });
  std::cout << "Spirit demo — join code " << session.JoinCode() << "\n"
            << "F1 own tablet, F2 table tablet, F3 big screen, F4 facilitator, Esc quits.\n";
  if (!options->screenshot.empty()) {
    for (int i = 0; i < 40; ++i) app.Step(25);
    const bool written = client::WritePng(options->screenshot, client::ReadPixels(app.Renderer()));
    std::cout << (written ? "wrote " : "could not write ") << options->screenshot << " after "
              << app.FramesDrawn() << " frames\n";
    return written ? 0 : 1;
  }
  return app.Run();
}
