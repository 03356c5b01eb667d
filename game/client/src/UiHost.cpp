#include "spirit/client/UiHost.h"

#include <imgui.h>

#include "ContrastTheme.h"
#include "DrawDataRenderer.h"
#include "InputFeeder.h"
#include "Style.h"
#include "spirit/client/Palette.h"

namespace spirit::client {

UiHost::UiHost(SDL_Renderer* renderer, const FontFiles& files, float scale,
               const DisplaySettings& display)
    : renderer_(renderer),
      files_(files),
      scale_(scale),
      display_(display),
      contrast_(std::make_unique<ContrastTheme>()) {
  context_ = ImGui::CreateContext();
  Activate();
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;  // nothing is written next to the app
  io.LogFilename = nullptr;
  io.ConfigInputTextCursorBlink = false;  // a blinking cursor would keep the loop awake
  io.ConfigWindowsMoveFromTitleBarOnly = true;
  io.KeyMap[ImGuiKey_Tab] = SDL_SCANCODE_TAB;
  io.KeyMap[ImGuiKey_LeftArrow] = SDL_SCANCODE_LEFT;
  io.KeyMap[ImGuiKey_RightArrow] = SDL_SCANCODE_RIGHT;
  io.KeyMap[ImGuiKey_UpArrow] = SDL_SCANCODE_UP;
  io.KeyMap[ImGuiKey_DownArrow] = SDL_SCANCODE_DOWN;
  io.KeyMap[ImGuiKey_Home] = SDL_SCANCODE_HOME;
  io.KeyMap[ImGuiKey_End] = SDL_SCANCODE_END;
  io.KeyMap[ImGuiKey_Delete] = SDL_SCANCODE_DELETE;
  io.KeyMap[ImGuiKey_Backspace] = SDL_SCANCODE_BACKSPACE;
  io.KeyMap[ImGuiKey_Space] = SDL_SCANCODE_SPACE;
  io.KeyMap[ImGuiKey_Enter] = SDL_SCANCODE_RETURN;
  io.KeyMap[ImGuiKey_Escape] = SDL_SCANCODE_ESCAPE;
  io.KeyMap[ImGuiKey_KeyPadEnter] = SDL_SCANCODE_KP_ENTER;
  io.KeyMap[ImGuiKey_A] = SDL_SCANCODE_A;
  io.KeyMap[ImGuiKey_C] = SDL_SCANCODE_C;
  io.KeyMap[ImGuiKey_V] = SDL_SCANCODE_V;
  io.KeyMap[ImGuiKey_X] = SDL_SCANCODE_X;
  io.KeyMap[ImGuiKey_Y] = SDL_SCANCODE_Y;
  io.KeyMap[ImGuiKey_Z] = SDL_SCANCODE_Z;
  drawer_ = std::make_unique<DrawDataRenderer>(renderer_);
  input_ = std::make_unique<InputFeeder>();
  LoadFonts();
}

UiHost::~UiHost() {
  ui_.reset();
  drawer_.reset();
  if (context_ != nullptr) ImGui::DestroyContext(context_);
}

void UiHost::Activate() const {
  ImGui::SetCurrentContext(context_);
}

bool UiHost::LoadFonts() {
  Activate();
  ImGuiIO& io = ImGui::GetIO();
  auto loaded =
      FontSet::Load(*io.Fonts, files_, scale_, float(display_.textPercent) / 100.0f, &error_);
  if (!loaded) {
    fonts_.reset();
    return false;
  }
  fonts_ = std::make_unique<FontSet>(*loaded);
  if (!drawer_->UploadFonts(*io.Fonts)) {
    error_ = std::string("cannot make the font texture: ") + SDL_GetError();
    fonts_.reset();
    return false;
  }
  io.FontDefault = fonts_->Get(FontRole::Body);
  ApplyStyle(ImGui::GetStyle(), scale_);
  ui_ = std::make_unique<Ui>(*fonts_, scale_, record_);
  ui_->SetDisplay(display_);
  return true;
}

void UiHost::SetScale(float scale) {
  if (scale == scale_ && Ok()) return;
  scale_ = scale;
  LoadFonts();
}

void UiHost::SetDisplay(const DisplaySettings& display) {
  const bool newText = display.textPercent != display_.textPercent;
  display_ = display;
  if (newText || !Ok()) {
    LoadFonts();
  } else {
    ui_->SetDisplay(display_);
  }
  drawer_->ForgetPicture();
}

void UiHost::BeforeEvents() {
  Activate();
  input_->BeforeEvents(ImGui::GetIO());
}

bool UiHost::HandleEvent(const SDL_Event& event) {
  Activate();
  int pixelWidth = 0;
  int pixelHeight = 0;
  SDL_GetRendererOutputSize(renderer_, &pixelWidth, &pixelHeight);
  float scaleX = 1;
  float scaleY = 1;
  if (SDL_Window* window = SDL_RenderGetWindow(renderer_)) {
    int width = 0;
    int height = 0;
    SDL_GetWindowSize(window, &width, &height);
    if (width > 0 && height > 0) {
      scaleX = float(pixelWidth) / float(width);
      scaleY = float(pixelHeight) / float(height);
    }
  }
  return input_->Handle(event, ImGui::GetIO(), scaleX, scaleY, float(pixelWidth),
                        float(pixelHeight));
}

int UiHost::PumpEvents() {
  BeforeEvents();
  int used = 0;
  SDL_Event event;
  while (SDL_PollEvent(&event)) {
    if (HandleEvent(event)) ++used;
  }
  return used;
}

bool UiHost::HasPendingInput() const {
  return input_->HasPending();
}

Ui& UiHost::BeginFrame(core::Millis sinceView) {
  Activate();
  ImGuiIO& io = ImGui::GetIO();
  int width = 0;
  int height = 0;
  SDL_GetRendererOutputSize(renderer_, &width, &height);
  io.DisplaySize = ImVec2(float(width), float(height));
  io.DisplayFramebufferScale = ImVec2(1, 1);
  const Uint64 counter = SDL_GetPerformanceCounter();
  const double seconds =
      lastCounter_ == 0 ? 1.0 / 30.0
                        : double(counter - lastCounter_) / double(SDL_GetPerformanceFrequency());
  lastCounter_ = counter;
  io.DeltaTime = float(seconds < 0.001 ? 0.001 : (seconds > 1.0 ? 1.0 : seconds));
  record_.Clear();
  ui_->SetSinceView(sinceView);
  ImGui::NewFrame();
  return *ui_;
}

void UiHost::EndFrame(bool draw) {
  Activate();
  ImGui::Render();
  if (display_.highContrast) contrast_->Apply(record_);
  if (!draw) return;
  if (display_.highContrast) contrast_->Apply(*ImGui::GetDrawData());
  drawer_->Draw(*ImGui::GetDrawData(), Themed(display_, palette::kBackground));
}

void UiHost::RedrawWhole() {
  drawer_->ForgetPicture();
}

bool UiHost::WantsTextInput() const {
  Activate();
  return ImGui::GetIO().WantTextInput;
}

void UiHost::SyncTextInput() {
  const bool wantsText = WantsTextInput();
  if (wantsText == textInput_) return;
  textInput_ = wantsText;
  if (wantsText) {
    SDL_StartTextInput();
  } else {
    SDL_StopTextInput();
  }
}

}  // namespace spirit::client
