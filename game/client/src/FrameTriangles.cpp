#include "FrameTriangles.h"

#include <algorithm>
#include <cmath>
#include <cstring>

namespace spirit::client {

namespace {

bool Alike(const RasterTriangle& one, const RasterTriangle& other) {
  return std::memcmp(&one, &other, sizeof(RasterTriangle)) == 0;
}

// Grows `region` to hold `box`.
void Include(PixelClip& region, const PixelClip& box) {
  if (box.Empty()) return;
  if (region.Empty()) {
    region = box;
    return;
  }
  region.x0 = std::min(region.x0, box.x0);
  region.y0 = std::min(region.y0, box.y0);
  region.x1 = std::max(region.x1, box.x1);
  region.y1 = std::max(region.y1, box.y1);
}

}  // namespace

PixelClip ClipOf(const ImDrawCmd& command, const ImDrawData& data, int width, int height) {
  const float x0 = command.ClipRect.x - data.DisplayPos.x;
  const float y0 = command.ClipRect.y - data.DisplayPos.y;
  const float x1 = command.ClipRect.z - data.DisplayPos.x;
  const float y1 = command.ClipRect.w - data.DisplayPos.y;
  PixelClip clip;
  clip.x0 = x0 < 0 ? 0 : int(x0);
  clip.y0 = y0 < 0 ? 0 : int(y0);
  clip.x1 = x1 > float(width) ? width : int(x1);
  clip.y1 = y1 > float(height) ? height : int(y1);
  return clip;
}

void CollectTriangles(const ImDrawData& data, int width, int height,
                      std::vector<RasterTriangle>& triangles) {
  triangles.clear();
  for (int n = 0; n < data.CmdListsCount; ++n) {
    const ImDrawList* list = data.CmdLists[n];
    for (const ImDrawCmd& command : list->CmdBuffer) {
      if (command.UserCallback != nullptr) {
        if (command.UserCallback != ImDrawCallback_ResetRenderState)
          command.UserCallback(list, &command);
        continue;
      }
      const PixelClip clip = ClipOf(command, data, width, height);
      if (clip.Empty()) continue;
      const ImDrawVert* vertices = list->VtxBuffer.Data + command.VtxOffset;
      const ImDrawIdx* indices = list->IdxBuffer.Data + command.IdxOffset;
      for (unsigned int at = 0; at + 3 <= command.ElemCount; at += 3) {
        RasterTriangle triangle;
        for (int corner = 0; corner < 3; ++corner)
          triangle.corners[corner] = vertices[indices[at + unsigned(corner)]];
        triangle.clip = clip;
        triangles.push_back(triangle);
      }
    }
  }
}

PixelClip Bounds(const RasterTriangle& triangle) {
  float minX = triangle.corners[0].pos.x, maxX = minX;
  float minY = triangle.corners[0].pos.y, maxY = minY;
  for (const ImDrawVert& corner : triangle.corners) {
    minX = std::min(minX, corner.pos.x);
    maxX = std::max(maxX, corner.pos.x);
    minY = std::min(minY, corner.pos.y);
    maxY = std::max(maxY, corner.pos.y);
  }
  // A pixel either side: rectangles and corners are truncated, which moves them up to one left.
  PixelClip box{int(std::floor(minX)) - 1, int(std::floor(minY)) - 1, int(std::ceil(maxX)) + 1,
                int(std::ceil(maxY)) + 1};
  box.x0 = std::max(box.x0, triangle.clip.x0);
  box.y0 = std::max(box.y0, triangle.clip.y0);
  box.x1 = std::min(box.x1, triangle.clip.x1);
  box.y1 = std::min(box.y1, triangle.clip.y1);
  return box;
}

PixelClip ChangedRegion(const std::vector<RasterTriangle>& before,
                        const std::vector<RasterTriangle>& now) {
  const std::size_t shorter = std::min(before.size(), now.size());
  std::size_t head = 0;
  while (head < shorter && Alike(before[head], now[head])) ++head;
  std::size_t tail = 0;
  while (tail < shorter - head &&
         Alike(before[before.size() - 1 - tail], now[now.size() - 1 - tail]))
    ++tail;
  PixelClip region;
  for (std::size_t i = head; i + tail < before.size(); ++i) Include(region, Bounds(before[i]));
  for (std::size_t i = head; i + tail < now.size(); ++i) Include(region, Bounds(now[i]));
  return region;
}

}  // namespace spirit::client
