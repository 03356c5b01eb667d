#pragma once

#include "spirit/client/Widgets.h"
#include "spirit/core/View.h"

namespace spirit::client {

// How large a table tile draws: the big screen reads from across the room, the console up close.
struct TileStyle {
  FontRole heading = FontRole::WallBold;
  FontRole text = FontRole::Wall;
  FontRole small = FontRole::Wall;
  bool chart = true;                    // a revealed card's counts as a small chart (anonymous)
  FontRole title = FontRole::WallBold;  // the card's title (the heading font when a chart shows)
  float reserveBottom = 0;  // window pixels at the tile's foot kept free for controls over it
};

// One group's table as a tile of a fixed size at the cursor: group and station, the card and its
// type, whose turn, who is away, and a revealed card's counts. A line that does not fit is left
// out rather than cut; the chart takes the room the lines leave. Returns the tile's rectangle.
Box DrawTableTile(Ui& ui, const core::TableView& table, ImVec2 size, const TileStyle& style);

// The number of columns and rows for `count` tiles in an area, keeping tiles wider than tall.
ImVec2 TileGrid(int count, ImVec2 area);

}  // namespace spirit::client
