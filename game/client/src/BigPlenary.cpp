// The big screen in the plenary: one station's harvest at a time, in pages that turn by themselves
// (or at the facilitator's "next page") so every insight, chart, signal and shared action is shown
// whole at some page.
#include <algorithm>
#include <functional>

#include "BigScreenParts.h"
#include "Charts.h"
#include "Paging.h"

namespace spirit::client {

namespace {

// One thing the plenary shows: how tall it is at the content's width, and how to draw it there.
struct Item {
  float height = 0;
  std::function<void(ImVec2 at, float width)> draw;
};

// A run of items under one heading ("Insights", "How the room stood", ...).
struct Section {
  std::string heading;
  std::vector<Item> items;
};

// A page: a section's heading and the items [first, last) of it.
struct Page {
  const Section* section;
  std::size_t first;
  std::size_t last;
};

constexpr float kItemGap = 14;

ChartSpec RoomChart(float width) {
  return {.width = width,
          .labels = FontRole::Wall,
          .counts = FontRole::WallBold,
          .markExtremes = false};
}

Item InsightItem(Ui& ui, const core::InsightView& insight, float width) {
  const float badge = Measure(ui, "+00", FontRole::WallBold).x + ui.Px(28);
  const float pad = ui.Px(18);
  const float textWidth = width - badge - ui.Px(24) - 2 * pad;
  const float badgeHeight = ui.LineHeight(FontRole::WallBold) + ui.Px(8);
  const float height =
      std::max(badgeHeight, Measure(ui, insight.text, FontRole::Wall, textWidth).y) + 2 * pad;
  return {height,
          [&ui, insight, badge, pad, textWidth, badgeHeight, height](ImVec2 at, float itemWidth) {
            ImDrawList* draw = ImGui::GetWindowDrawList();
            draw->AddRectFilled(at, ImVec2(at.x + itemWidth, at.y + height), palette::kSurface,
                                ui.Px(18));
            const ImVec2 b(at.x + pad, at.y + pad);
            const bool plussed = insight.plusOnes > 0;
            draw->AddRectFilled(b, ImVec2(b.x + badge, b.y + badgeHeight),
                                plussed ? palette::kPrimaryDark : palette::kSunken,
                                badgeHeight / 2);
            const std::string plus = ui.F(Str::PlusOnes, {std::to_string(insight.plusOnes)});
            const float plusWidth = Measure(ui, plus, FontRole::WallBold).x;
            LabelAt(ui, ImVec2(b.x + (badge - plusWidth) / 2, b.y + ui.Px(4)), plus,
                    FontRole::WallBold, plussed ? palette::kOnPrimary : palette::kInk);
            LabelAt(ui, ImVec2(b.x + badge + ui.Px(24), b.y), insight.text, FontRole::Wall,
                    palette::kInk, textWidth);
          }};
}

Item TextItem(Ui& ui, const std::string& text, FontRole font, Colour colour, float width) {
  return {Measure(ui, text, font, width).y, [&ui, text, font, colour](ImVec2 at, float itemWidth) {
            LabelAt(ui, at, text, font, colour, itemWidth);
          }};
}

Item DistributionItem(Ui& ui, const core::DistributionView& distribution, float width) {
  const std::string title = ui.T(distribution.title);
  const float titleHeight = Measure(ui, title, FontRole::Wall, width).y + ui.Px(6);
  ChartSpec spec = RoomChart(width);
  spec.barHeight = ui.Px(90);
  const bool scale = distribution.type == core::CardType::Scale;
  const float chart =
      scale ? ScaleChartHeight(ui, spec) : OptionBarsHeight(ui, distribution.options, spec);
  return {titleHeight + chart,
          [&ui, distribution, title, titleHeight, spec, scale](ImVec2 at, float itemWidth) {
            LabelAt(ui, at, title, FontRole::Wall, palette::kInk, itemWidth);
            ImGui::SetCursorScreenPos(ImVec2(at.x, at.y + titleHeight));
            if (scale) {
              ScaleChart(ui, distribution.low, distribution.high, distribution.counts, spec);
            } else {
              OptionBars(ui, distribution.options, distribution.counts, spec);
            }
          }};
}

Item SignalItem(Ui& ui, const core::SignalView& signal, float width) {
  const std::string title = ui.T(signal.title);
  const float titleHeight = Measure(ui, title, FontRole::Wall, width).y + ui.Px(6);
  const ChartSpec spec = RoomChart(width);
  const float bar = SignalBarHeight(ui, signal.recognised, signal.answered, spec);
  return {titleHeight + bar, [&ui, signal, title, titleHeight, spec](ImVec2 at, float itemWidth) {
            LabelAt(ui, at, title, FontRole::Wall, palette::kInk, itemWidth);
            ImGui::SetCursorScreenPos(ImVec2(at.x, at.y + titleHeight));
            ui.BeginColumn(itemWidth);
            SignalBar(ui, signal.recognised, signal.answered, spec);
            ui.EndColumn();
          }};
}

std::vector<Section> Sections(Ui& ui, const core::View& view, const core::HarvestView* harvest,
                              float width) {
  std::vector<Section> sections;
  Section insights{ui.T(Str::Insights), {}};
  if (harvest == nullptr || harvest->insights.empty()) {
    insights.items.push_back(
        TextItem(ui, ui.T(Str::NothingHarvested), FontRole::Wall, palette::kMuted, width));
  } else {
    for (const core::InsightView& insight : harvest->insights)
      insights.items.push_back(InsightItem(ui, insight, width));
  }
  sections.push_back(std::move(insights));
  if (harvest != nullptr && !harvest->distributions.empty()) {
    Section stood{ui.T(Str::HowTheRoomStood), {}};
    for (const auto& distribution : harvest->distributions)
      stood.items.push_back(DistributionItem(ui, distribution, width));
    sections.push_back(std::move(stood));
  }
  if (harvest != nullptr && !harvest->signals.empty()) {
    Section signals{ui.T(Str::RecognisedSignals), {}};
    for (const auto& signal : harvest->signals)
      signals.items.push_back(SignalItem(ui, signal, width));
    sections.push_back(std::move(signals));
  }
  if (!view.roomActions.empty()) {
    Section shared{ui.T(Str::RoomActions), {}};
    for (const std::string& action : view.roomActions) {
      shared.items.push_back(TextItem(ui, "•  " + action, FontRole::Wall, palette::kInk, width));
    }
    sections.push_back(std::move(shared));
  }
  return sections;
}

// The sections cut into pages of at most `height` pixels under their heading; an item taller
// than a page gets a page of its own.
std::vector<Page> Paginate(Ui& ui, const std::vector<Section>& sections, float height) {
  std::vector<Page> pages;
  const float heading = ui.LineHeight(FontRole::WallBold) + ui.Px(10);
  for (const Section& section : sections) {
    std::size_t first = 0;
    float used = heading;
    for (std::size_t i = 0; i < section.items.size(); ++i) {
      const float item = section.items[i].height + ui.Px(kItemGap);
      if (i > first && used + item - ui.Px(kItemGap) > height) {
        pages.push_back({&section, first, i});
        first = i;
        used = heading;
      }
      used += item;
    }
    pages.push_back({&section, first, section.items.size()});
  }
  return pages;
}

}  // namespace

void DrawBigPlenary(Ui& ui, const core::View& view) {
  const ImVec2 size = ImGui::GetIO().DisplaySize;
  const float margin = ui.Px(48);
  const core::HarvestView* harvest = nullptr;
  for (const core::HarvestView& each : view.harvests) {
    if (each.station == view.plenaryStation) harvest = &each;
  }
  const float width = size.x - 2 * margin;
  const float top = margin * 0.5f;
  const float titleY = top + ui.LineHeight(FontRole::Wall) + ui.Px(4);
  const float contentTop = titleY + ui.LineHeight(FontRole::Display) + ui.Px(20);
  const float contentHeight = size.y - contentTop - margin * 0.5f;
  const std::vector<Section> sections = Sections(ui, view, harvest, width);
  const std::vector<Page> pages = Paginate(ui, sections, contentHeight);
  const int page = PlenaryPage(ui, view, int(pages.size()));

  // Header: where we are, and which page.
  const std::string where = std::string(ui.T(Str::PlenaryTitle)) + "  ·  " +
                            ui.F(Str::StationOf, {std::to_string(view.plenaryStation + 1),
                                                  std::to_string(view.harvests.size())});
  const std::string pageText =
      pages.size() > 1 ? ui.F(Str::PageOf, {std::to_string(page + 1), std::to_string(pages.size())})
                       : std::string();
  const float pageWidth = pageText.empty() ? 0.0f : Measure(ui, pageText, FontRole::WallBold).x;
  LabelAt(ui, ImVec2(margin, top), Fit(ui, where, FontRole::Wall, width - pageWidth - ui.Px(40)),
          FontRole::Wall, palette::kMuted);
  if (!pageText.empty()) {
    LabelAt(ui, ImVec2(size.x - margin - pageWidth, top), pageText, FontRole::WallBold,
            palette::kInk);
  }
  if (harvest != nullptr) {
    LabelAt(ui, ImVec2(margin, titleY),
            Fit(ui, ui.F(Str::HarvestOf, {ui.T(harvest->title)}), FontRole::Display, width),
            FontRole::Display, palette::kInk);
  }
  if (pages.empty()) return;
  const Page& shown = pages[std::size_t(page)];
  LabelAt(ui, ImVec2(margin, contentTop), shown.section->heading, FontRole::WallBold,
          palette::kPrimaryDark);
  float y = contentTop + ui.LineHeight(FontRole::WallBold) + ui.Px(10);
  for (std::size_t i = shown.first; i < shown.last; ++i) {
    const Item& item = shown.section->items[i];
    item.draw(ImVec2(margin, y), width);
    y += item.height + ui.Px(kItemGap);
  }
}

}  // namespace spirit::client
