#pragma once

#include <SDL.h>

#include <cstdint>
#include <filesystem>
#include <vector>

#include "spirit/client/Palette.h"

namespace spirit::client {

// The pixels of a drawn frame, RGBA, row by row from the top.
struct Image {
  int width = 0;
  int height = 0;
  std::vector<std::uint8_t> rgba;

  // The colour of one pixel (x, y inside the image).
  Colour At(int x, int y) const;
};

// Reads what the renderer drew (before it is presented).
Image ReadPixels(SDL_Renderer* renderer);

// Writes an image as a PNG file, making its folder; false when it cannot.
bool WritePng(const std::filesystem::path& file, const Image& image);

}  // namespace spirit::client
