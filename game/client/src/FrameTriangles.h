#pragma once

#include <imgui.h>

#include <vector>

namespace spirit::client {

// A rectangle of pixels to draw inside: x0 <= x < x1, y0 <= y < y1.
struct PixelClip {
  int x0 = 0;
  int y0 = 0;
  int x1 = 0;
  int y1 = 0;

  // Whether it holds no pixel.
  bool Empty() const { return x1 <= x0 || y1 <= y0; }
};

// A draw command's clip rectangle in output pixels (`width` x `height`), inside the output.
PixelClip ClipOf(const ImDrawCmd& command, const ImDrawData& data, int width, int height);

// One triangle of a frame as the CPU raster draws it: its corners and its draw command's clip.
struct RasterTriangle {
  ImDrawVert corners[3];
  PixelClip clip;
};

// Collects a frame's triangles in drawing order, each with its command's clip in output pixels
// (`width` x `height`), into `triangles` (cleared first). Runs the frame's draw callbacks.
void CollectTriangles(const ImDrawData& data, int width, int height,
                      std::vector<RasterTriangle>& triangles);

// The pixels a frame's triangles cover, inside its clip.
PixelClip Bounds(const RasterTriangle& triangle);

// Where two frames' pictures can differ: the bounds of the triangles between the longest run the
// two lists start with alike and the longest run they end with alike (each list's own). Empty when
// the lists are alike; pixels outside it are drawn by the same triangles in the same order.
PixelClip ChangedRegion(const std::vector<RasterTriangle>& before,
                        const std::vector<RasterTriangle>& now);

}  // namespace spirit::client
