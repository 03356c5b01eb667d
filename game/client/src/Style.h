#pragma once

#include <imgui.h>

namespace spirit::client {

// Sets Dear ImGui's style to the calm Spirit look at a DPI scale: warm colours, rounded large
// controls, generous padding, thick scrollbars, no debug look.
void ApplyStyle(ImGuiStyle& style, float scale);

}  // namespace spirit::client
