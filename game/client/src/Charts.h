#pragma once

// Charts of revealed answers, drawn the same way on tablets, the big screen and the console. Each
// chart records its box, and each mark (a bar, a dot) its box and fill, in the frame's shapes.

#include <imgui.h>

#include <string>
#include <vector>

#include "spirit/client/Ui.h"
#include "spirit/core/Text.h"

namespace spirit::client {

// The fonts and sizes a chart uses, so tablets and the big screen can share it.
struct ChartSpec {
  float width = 0;      // window pixels; 0: the width left
  float barHeight = 0;  // scale: the tallest bar, window pixels
  FontRole labels = FontRole::Body;
  FontRole counts = FontRole::BodyBold;
  bool markExtremes = true;  // scale: colour the lowest and highest chosen steps warm
  int mine = -1;             // the viewer's own choice, outlined (-1: none or not to show)
  const std::vector<std::string>* names = nullptr;  // options: who chose each (the group only)
  bool poles = true;                                // scale: the pole texts under the ends
  bool stepNumbers = true;                          // scale: the step numbers under the bars
};

// A scale's distribution: one bar per step, counts above, step numbers below, poles at the ends.
void ScaleChart(Ui& ui, const core::Text& low, const core::Text& high,
                const std::vector<int>& counts, const ChartSpec& spec);

// The height ScaleChart takes with this spec.
float ScaleChartHeight(Ui& ui, const ChartSpec& spec);

// The height OptionBars takes for these options with this spec.
float OptionBarsHeight(Ui& ui, const std::vector<core::Text>& options, const ChartSpec& spec);

// The height SignalBar takes.
float SignalBarHeight(Ui& ui, int recognised, int answered, const ChartSpec& spec);

// A case's options as horizontal bars, each with its text and count.
void OptionBars(Ui& ui, const std::vector<core::Text>& options, const std::vector<int>& counts,
                const ChartSpec& spec);

// How many recognised a signal: a sentence and a bar of `answered` dots, `recognised` filled.
void SignalBar(Ui& ui, int recognised, int answered, const ChartSpec& spec);

}  // namespace spirit::client
