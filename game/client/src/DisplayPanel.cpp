// The display settings page: text size, high contrast, reduced motion, for this device only.
#include "spirit/client/DisplayPanel.h"

#include <algorithm>
#include <string>

#include "spirit/client/Widgets.h"

namespace spirit::client {

namespace {

// A setting's name, then "On" and "Off" side by side (one above the other when they do not fit);
// true when a tap changed `value`.
bool OnOffChoice(Ui& ui, Str name, bool& value, const std::string& id) {
  Paragraph(ui, ui.T(name), FontRole::LargeBold, palette::kInk);
  const char* on = ui.T(Str::SettingOn);
  const char* off = ui.T(Str::SettingOff);
  const float width = ChoiceWidth(ui, {on, off});
  const bool oneLine = width < ui.Avail();
  const std::string onId = id + "-on";
  const std::string offId = id + "-off";
  bool changed = false;
  if (Button(ui, on, {.width = width, .selected = value, .id = onId}) && !value) {
    value = true;
    changed = true;
  }
  if (oneLine) ImGui::SameLine();
  if (Button(ui, off, {.width = width, .selected = !value, .id = offId}) && value) {
    value = false;
    changed = true;
  }
  return changed;
}

}  // namespace

bool DisplaySettingsButton(Ui& ui) {
  return Button(ui, ui.T(Str::DisplayButton), {.id = "display-settings"});
}

float DisplaySettingsButtonWidth(Ui& ui) {
  return ButtonWidth(ui, ui.T(Str::DisplayButton));
}

std::optional<DisplaySettings> DrawDisplayPanel(Ui& ui, DisplayPanelState& state, bool textSizes) {
  std::optional<DisplaySettings> chosen;
  DisplaySettings settings = ui.Display();
  BeginScreen(ui, "display-settings", palette::kBackground);
  BeginScroll(ui, "display-page", ImGui::GetContentRegionAvail());
  const float avail = ImGui::GetContentRegionAvail().x;
  const float width = std::min(avail, ui.Px(680));
  ImGui::SetCursorPosX(ImGui::GetCursorPosX() + (avail - width) / 2);
  ui.BeginColumn(width);
  Paragraph(ui, ui.T(Str::DisplayTitle), FontRole::Title, palette::kInk);
  Paragraph(ui, ui.T(Str::DisplayKept), FontRole::Body, palette::kMuted);
  Gap(ui, 16);
  if (textSizes) {
    Paragraph(ui, ui.T(Str::TextSize), FontRole::LargeBold, palette::kInk);
    const float choice = ChoiceWidth(ui, {"100%", "125%", "150%"});
    const bool oneLine = choice < ui.Avail();
    bool first = true;
    for (const int percent : kTextPercents) {
      const std::string label = std::to_string(percent) + "%";
      const std::string id = "text-" + std::to_string(percent);
      if (!first && oneLine) ImGui::SameLine();
      first = false;
      if (Button(ui, label,
                 {.width = choice, .selected = settings.textPercent == percent, .id = id}) &&
          settings.textPercent != percent) {
        settings.textPercent = percent;
        chosen = settings;
      }
    }
  } else {
    Paragraph(ui, ui.T(Str::BigScreenTextSized), FontRole::Body, palette::kMuted);
  }
  Gap(ui, 16);
  if (OnOffChoice(ui, Str::HighContrastSetting, settings.highContrast, "contrast"))
    chosen = settings;
  Gap(ui, 16);
  if (OnOffChoice(ui, Str::ReducedMotionSetting, settings.reducedMotion, "motion"))
    chosen = settings;
  Paragraph(ui, ui.T(Str::ReducedMotionHint), FontRole::Body, palette::kMuted);
  Gap(ui, 24);
  if (Button(ui, ui.T(Str::DisplayDone),
             {.look = Look::Primary, .width = ui.Avail(), .id = "display-done"})) {
    state.open = false;
  }
  Gap(ui, 12);
  ui.EndColumn();
  EndScroll(ui);
  EndScreen();
  return chosen;
}

}  // namespace spirit::client
