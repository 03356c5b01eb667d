#include <gtest/gtest.h>
#include <SDL.h>
#include <chrono>
#include <cstdio>
#include "spirit/client/UiHost.h"
#include "spirit/client/Screenshot.h"
#include "../../game/client/src/Widgets.h"

using namespace spirit::client;

TEST(Smoke, Atlas) {
  setenv("SDL_VIDEODRIVER", "offscreen", 1);
  ASSERT_EQ(SDL_Init(SDL_INIT_VIDEO), 0) << SDL_GetError();
  SDL_Window* window = SDL_CreateWindow("t", 0, 0, 1920, 1080, 0);
  ASSERT_NE(window, nullptr) << SDL_GetError();
  SDL_Renderer* renderer = SDL_CreateRenderer(window, -1, SDL_RENDERER_SOFTWARE);
  ASSERT_NE(renderer, nullptr) << SDL_GetError();
  auto t0 = std::chrono::steady_clock::now();
  UiHost host(renderer, FindFontFiles(), 1.0f);
  auto t1 = std::chrono::steady_clock::now();
  ASSERT_TRUE(host.Ok()) << host.Error();
  for (int i = 0; i < 3; ++i) {
    Ui& ui = host.BeginFrame(0);
    BeginScreen(ui, "s", palette::kBackground);
    Label(ui, "Hallo wereld — ë é ï", FontRole::Display);
    Paragraph(ui, "John werkt al jaren als begeleider in de gehandicaptenzorg. De laatste maanden gaat het minder goed met hem.", FontRole::Large);
    Button(ui, "Doe mee", {Look::Primary});
    Label(ui, "K7PQ2M 12:34", FontRole::Giant);
    EndScreen();
    host.EndFrame(true);
  }
  auto t2 = std::chrono::steady_clock::now();
  Image image = ReadPixels(renderer);
  WritePng(SPIRIT_SCREENSHOT_DIR "/smoke.png", image);
  std::printf("atlas %lld ms, 3 frames %lld ms, tex %dx%d\n",
              (long long)std::chrono::duration_cast<std::chrono::milliseconds>(t1 - t0).count(),
              (long long)std::chrono::duration_cast<std::chrono::milliseconds>(t2 - t1).count(),
              ImGui::GetIO().Fonts->TexWidth, ImGui::GetIO().Fonts->TexHeight);
}
