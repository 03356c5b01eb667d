#include "spirit/client/Screenshot.h"

#include <stb_image_write.h>

#include <system_error>

namespace spirit::client {

Colour Image::At(int x, int y) const {
  const std::size_t at = (std::size_t(y) * std::size_t(width) + std::size_t(x)) * 4;
  return Rgba(rgba[at], rgba[at + 1], rgba[at + 2], rgba[at + 3]);
}

Image ReadPixels(SDL_Renderer* renderer) {
  Image image;
  SDL_GetRendererOutputSize(renderer, &image.width, &image.height);
  image.rgba.resize(std::size_t(image.width) * std::size_t(image.height) * 4);
  if (SDL_RenderReadPixels(renderer, nullptr, SDL_PIXELFORMAT_RGBA32, image.rgba.data(),
                           image.width * 4) != 0) {
    image = Image{};
  }
  return image;
}

bool WritePng(const std::filesystem::path& file, const Image& image) {
  if (image.width <= 0 || image.height <= 0) return false;
  std::error_code error;
  if (file.has_parent_path()) std::filesystem::create_directories(file.parent_path(), error);
  return stbi_write_png(file.string().c_str(), image.width, image.height, 4, image.rgba.data(),
                        image.width * 4) != 0;
}

}  // namespace spirit::client
