#include "PreviewCanvas.h"

#include <algorithm>
#include <cmath>

#include "spirit/client/CardPreview.h"
#include "spirit/client/Palette.h"

namespace spirit::editor {

namespace {

// Shrinks an image to width x height by averaging the pixels each new pixel covers (no jagged
// text, unlike nearest-pixel scaling).
std::vector<std::uint8_t> Shrink(const client::Image& image, int width, int height) {
  std::vector<std::uint8_t> out(std::size_t(width) * std::size_t(height) * 4);
  const double stepX = double(image.width) / width;
  const double stepY = double(image.height) / height;
  for (int y = 0; y < height; ++y) {
    const int y0 = int(y * stepY);
    const int y1 = std::max(y0 + 1, std::min(image.height, int(std::ceil((y + 1) * stepY))));
    for (int x = 0; x < width; ++x) {
      const int x0 = int(x * stepX);
      const int x1 = std::max(x0 + 1, std::min(image.width, int(std::ceil((x + 1) * stepX))));
      unsigned sum[4] = {0, 0, 0, 0};
      for (int sy = y0; sy < y1; ++sy) {
        const std::uint8_t* row =
            &image.rgba[(std::size_t(sy) * std::size_t(image.width) + std::size_t(x0)) * 4];
        for (int sx = x0; sx < x1; ++sx, row += 4) {
          for (int c = 0; c < 4; ++c) sum[c] += row[c];
        }
      }
      const unsigned count = unsigned((x1 - x0) * (y1 - y0));
      std::uint8_t* pixel = &out[(std::size_t(y) * std::size_t(width) + std::size_t(x)) * 4];
      for (int c = 0; c < 4; ++c) pixel[c] = std::uint8_t(sum[c] / count);
    }
  }
  return out;
}

}  // namespace

PreviewCanvas::PreviewCanvas(SDL_Renderer* display, client::FontFiles fonts)
    : display_(display), fonts_(std::move(fonts)) {}

PreviewCanvas::~PreviewCanvas() {
  Release();
  if (texture_ != nullptr) SDL_DestroyTexture(texture_);
}

void PreviewCanvas::Release() {
  host_.reset();
  if (renderer_ != nullptr) SDL_DestroyRenderer(renderer_);
  if (surface_ != nullptr) SDL_FreeSurface(surface_);
  renderer_ = nullptr;
  surface_ = nullptr;
}

bool PreviewCanvas::Resize(int width, int height, float scale) {
  if (surface_ != nullptr && surface_->w == width && surface_->h == height && host_) {
    ImGuiContext* editorContext = ImGui::GetCurrentContext();
    host_->SetScale(scale);
    if (editorContext != nullptr) ImGui::SetCurrentContext(editorContext);
    return true;
  }
  Release();
  ImGuiContext* editorContext = ImGui::GetCurrentContext();
  surface_ = SDL_CreateRGBSurfaceWithFormat(0, width, height, 32, SDL_PIXELFORMAT_RGBA32);
  if (surface_ != nullptr) renderer_ = SDL_CreateSoftwareRenderer(surface_);
  if (renderer_ == nullptr) {
    error_ = std::string("cannot make the preview's canvas: ") + SDL_GetError();
    Release();
    return false;
  }
  host_ = std::make_unique<client::UiHost>(renderer_, fonts_, scale);
  if (editorContext != nullptr) ImGui::SetCurrentContext(editorContext);
  if (!host_->Ok()) {
    error_ = host_->Error();
    Release();
    return false;
  }
  error_.clear();
  return true;
}

void PreviewCanvas::Update(const core::Card& card, core::Language language, int width, int height,
                           float scale) {
  scale = std::clamp(scale, 0.1f, 2.0f);
  // Rounded down, so the picture fits the room the scale was found for.
  const int pixelsWide = std::max(1, int(std::floor(float(width) * scale)));
  const int pixelsHigh = std::max(1, int(std::floor(float(height) * scale)));
  const bool same = shownCard_ && *shownCard_ == card && shownLanguage_ == language &&
                    shownScale_ == scale && surface_ != nullptr && surface_->w == pixelsWide &&
                    surface_->h == pixelsHigh;
  if (same) return;
  if (!Resize(pixelsWide, pixelsHigh, scale)) return;
  ImGuiContext* editorContext = ImGui::GetCurrentContext();
  const ImVec2 size{static_cast<float>(pixelsWide), static_cast<float>(pixelsHigh)};
  bool fits = true;
  for (int frame = 0; frame < 2; ++frame) {
    client::Ui& ui = host_->BeginFrame(0);
    ImGui::SetNextWindowPos(ImVec2(0, 0));
    ImGui::SetNextWindowSize(size);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
    ImGui::Begin(
        "tablet", nullptr,
        ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoMove);
    ImGui::PopStyleVar();
    fits = client::DrawCardPreview(ui, card, language, size);
    ImGui::End();
    host_->EndFrame(frame == 1);
  }
  if (editorContext != nullptr) ImGui::SetCurrentContext(editorContext);
  pixels_ = client::ReadPixels(renderer_);
  overflows_ = !fits;
  shownCard_ = card;
  shownLanguage_ = language;
  shownScale_ = scale;
  textureStale_ = true;
}

SDL_Texture* PreviewCanvas::Texture(float maxWidth, float maxHeight, ImVec2* size) {
  if (pixels_.width <= 0 || maxWidth < 1 || maxHeight < 1) return nullptr;
  const float scale =
      std::min({1.0f, maxWidth / float(pixels_.width), maxHeight / float(pixels_.height)});
  const int width = std::max(1, int(float(pixels_.width) * scale));
  const int height = std::max(1, int(float(pixels_.height) * scale));
  if (texture_ == nullptr || width != textureWidth_ || height != textureHeight_) {
    if (texture_ != nullptr) SDL_DestroyTexture(texture_);
    texture_ = SDL_CreateTexture(display_, SDL_PIXELFORMAT_RGBA32, SDL_TEXTUREACCESS_STREAMING,
                                 width, height);
    textureWidth_ = width;
    textureHeight_ = height;
    textureStale_ = true;
  }
  if (texture_ == nullptr) return nullptr;
  if (textureStale_) {
    if (width == pixels_.width && height == pixels_.height) {
      SDL_UpdateTexture(texture_, nullptr, pixels_.rgba.data(), width * 4);
    } else {
      const std::vector<std::uint8_t> small = Shrink(pixels_, width, height);
      SDL_UpdateTexture(texture_, nullptr, small.data(), width * 4);
    }
    textureStale_ = false;
  }
  if (size != nullptr) *size = ImVec2(float(width), float(height));
  return texture_;
}

void PreviewCanvas::Place(ImVec2 at, ImVec2 size, ImVec2 clipMin, ImVec2 clipMax) {
  placedRect_ = {int(std::lround(at.x)), int(std::lround(at.y)), int(std::lround(size.x)),
                 int(std::lround(size.y))};
  const int x0 = std::max(placedRect_.x, int(std::floor(clipMin.x)));
  const int y0 = std::max(placedRect_.y, int(std::floor(clipMin.y)));
  const int x1 = std::min(placedRect_.x + placedRect_.w, int(std::ceil(clipMax.x)));
  const int y1 = std::min(placedRect_.y + placedRect_.h, int(std::ceil(clipMax.y)));
  placedClip_ = {x0, y0, std::max(0, x1 - x0), std::max(0, y1 - y0)};
  placed_ = true;
}

void PreviewCanvas::Present() {
  if (!placed_) return;
  placed_ = false;
  if (texture_ == nullptr || placedClip_.w <= 0 || placedClip_.h <= 0) return;
  SDL_RenderSetClipRect(display_, &placedClip_);
  SDL_RenderCopy(display_, texture_, nullptr, &placedRect_);
  SDL_RenderSetClipRect(display_, nullptr);
}

const client::FrameRecord& PreviewCanvas::Record() const {
  static const client::FrameRecord empty;
  return host_ ? host_->Record() : empty;
}

}  // namespace spirit::editor
