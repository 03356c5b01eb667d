#include "FormFields.h"

#include <imgui_internal.h>
#include <imgui_stdlib.h>

#include <algorithm>

#include "spirit/client/Widgets.h"
#include "spirit/content/DeckText.h"

namespace spirit::editor {

namespace {

using client::FontRole;
using client::Look;
namespace palette = client::palette;

// The text wrapped at word boundaries to `width` pixels with single line breaks, which the deck
// format joins again: paragraphs stay apart by an empty line.
std::string Wrapped(ImFont* font, const std::string& text, float width) {
  std::string out;
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t end = text.find("\n\n", start);
    if (end == std::string::npos) end = text.size();
    const char* at = text.data() + start;
    const char* stop = text.data() + end;
    bool firstLine = true;
    while (at < stop) {
      const char* cut = font->CalcWordWrapPositionA(1.0f, at, stop, width);
      if (cut == at) ++cut;
      if (!firstLine) out += '\n';
      out.append(at, cut);
      firstLine = false;
      at = cut;
      while (at < stop && *at == ' ') ++at;
    }
    if (end >= text.size()) break;
    out += "\n\n";
    start = end + 2;
  }
  return out;
}

void StyleField(client::Ui& ui, bool focused) {
  ImGui::PushFont(ui.Font(FontRole::Body));
  ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(ui.Px(14), ui.Px(13)));
  ImGui::PushStyleVar(ImGuiStyleVar_FrameRounding, ui.Px(10));
  ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, focused ? ui.Px(3) : ui.Px(1.5f));
  ImGui::PushStyleColor(ImGuiCol_FrameBg, palette::kSurface);
  ImGui::PushStyleColor(ImGuiCol_Border, focused ? palette::kWarm : palette::kLine);
}

void UnstyleField() {
  ImGui::PopStyleColor(2);
  ImGui::PopStyleVar(3);
  ImGui::PopFont();
}

void RecordField(client::Ui& ui, std::string_view label, const std::string& key) {
  const ImVec2 min = ImGui::GetItemRectMin();
  const ImVec2 max = ImGui::GetItemRectMax();
  client::RecordedButton field;
  field.label = std::string(label);
  field.id = "field:" + key;
  field.box = {min.x, min.y, max.x, max.y};
  field.visible = ImGui::IsItemVisible();
  field.shown = field.box;
  ui.Record().buttons.push_back(field);
}

bool Focused(Form& form, const std::string& key) {
  return form.state.focusPending && form.state.focusField == key;
}

void TakeFocus(Form& form, const std::string& key) {
  if (!Focused(form, key)) return;
  ImGui::SetScrollHereY(0.25f);
  form.state.focusPending = false;
}

// A text field that wraps its text to its width; the deck gets the normalised text.
bool WrappedField(Form& form, const std::string& key, std::string_view label, std::string& text,
                  int lines) {
  client::Ui& ui = form.ui;
  const float width = ui.Avail();
  ImFont* font = ui.Font(FontRole::Body);
  const float inner = width - ui.Px(28) - ImGui::GetStyle().ScrollbarSize;
  TextBuffer& buffer = form.state.buffers[key];
  const bool active = ImGui::GetActiveID() == ImGui::GetID(("##" + key).c_str());
  if (!active && (buffer.model != text || buffer.width != width || buffer.shown.empty())) {
    buffer.shown = Wrapped(font, text, inner);
    buffer.model = text;
    buffer.width = width;
  }
  const bool focus = Focused(form, key) || Focused(form, key.substr(0, key.rfind('.')));
  StyleField(ui, focus);
  int shownLines = 1;
  for (char c : buffer.shown) shownLines += c == '\n' ? 1 : 0;
  const int rows = std::max(lines, std::min(shownLines + (lines > 1 ? 1 : 0), 12));
  const float height = float(rows) * ImGui::GetTextLineHeight() + ui.Px(26);
  const bool changed =
      lines > 1 || shownLines > 1
          ? ImGui::InputTextMultiline(("##" + key).c_str(), &buffer.shown,
                                      ImVec2(width, std::max(height, ui.Px(50))))
          : (ImGui::SetNextItemWidth(width), ImGui::InputText(("##" + key).c_str(), &buffer.shown));
  UnstyleField();
  RecordField(ui, label, key);
  if (focus) TakeFocus(form, Focused(form, key) ? key : key.substr(0, key.rfind('.')));
  if (!changed) return false;
  const std::string normal = content::NormaliseDeckText(buffer.shown);
  buffer.model = normal;
  if (normal == text) return false;
  text = normal;
  return true;
}

std::string Counter(const std::string& nl, const std::string& en, std::size_t limit, bool* over) {
  const std::size_t most = std::max(content::CountCharacters(nl), content::CountCharacters(en));
  *over = most > limit;
  return std::to_string(most) + "/" + std::to_string(limit);
}

void LanguageTag(client::Ui& ui, const char* code) {
  client::Label(ui, code, FontRole::Small, palette::kMuted);
}

bool SmallButton(client::Ui& ui, std::string_view label, const std::string& id,
                 Look look = Look::Quiet) {
  return client::Button(ui, label,
                        {.look = look, .height = ui.Px(50), .font = FontRole::Body, .id = id});
}

}  // namespace

std::string Form::Key(const std::string& field) const {
  return card ? "card" + std::to_string(*card) + "." + field : "deck." + field;
}

void FieldHeading(Form& form, const std::string& field, std::string_view label,
                  std::string_view note, bool noteWarm) {
  client::Ui& ui = form.ui;
  client::Gap(ui, 6);
  const ImVec2 at = ImGui::GetCursorScreenPos();
  const float width = ui.Avail();
  client::Label(ui, label, FontRole::BodyBold, palette::kInk);
  if (!note.empty()) {
    const ImVec2 size = client::Measure(ui, note, FontRole::Small);
    client::LabelAt(ui, ImVec2(at.x + width - size.x, at.y + ui.Px(3)), note, FontRole::Small,
                    noteWarm ? palette::kWarm : palette::kMuted);
  }
  if (Focused(form, form.Key(field))) TakeFocus(form, form.Key(field));
}

void FieldProblems(Form& form, const std::string& field) {
  const auto problems =
      ProblemsFor(form.document.Problems(), form.document.Targets(), form.card, field);
  for (const content::Problem* problem : problems) {
    const bool error = problem->severity == content::Severity::Error;
    client::Paragraph(form.ui, (error ? "⚠ " : "• ") + problem->Message(form.state.language),
                      FontRole::Body, error ? palette::kWarm : palette::kMuted);
  }
}

bool TextPairField(Form& form, const std::string& field, std::string_view label, core::Text& text,
                   std::size_t limit, int lines) {
  bool over = false;
  const std::string count = Counter(text.nl, text.en, limit, &over);
  FieldHeading(form, field, label, count, over);
  bool changed = false;
  LanguageTag(form.ui, "NL");
  changed |=
      WrappedField(form, form.Key(field) + ".nl", std::string(label) + " NL", text.nl, lines);
  LanguageTag(form.ui, "EN");
  changed |=
      WrappedField(form, form.Key(field) + ".en", std::string(label) + " EN", text.en, lines);
  if (lines > 1)
    client::Paragraph(form.ui, form.T(Es::ParagraphHint), FontRole::Small, palette::kMuted);
  FieldProblems(form, field);
  return changed;
}

namespace {

// The end of a list field: removes the item whose Remove was tapped, offers Add, shows the
// field's problems. True when the list changed.
template <class Item>
bool FinishList(Form& form, const std::string& field, std::vector<Item>& items,
                std::optional<std::size_t> remove) {
  bool changed = false;
  if (remove) {
    items.erase(items.begin() + std::ptrdiff_t(*remove));
    form.state.buffers.clear();
    changed = true;
  }
  if (SmallButton(form.ui, form.T(Es::Add), "add-" + form.Key(field), Look::Secondary)) {
    items.push_back({});
    changed = true;
  }
  FieldProblems(form, field);
  return changed;
}

}  // namespace

bool TextListField(Form& form, const std::string& field, std::string_view label,
                   std::vector<core::Text>& items, std::size_t limit, std::size_t most) {
  client::Ui& ui = form.ui;
  FieldHeading(form, field, label, std::to_string(items.size()) + "/" + std::to_string(most),
               items.size() > most);
  bool changed = false;
  std::optional<std::size_t> remove;
  for (std::size_t i = 0; i < items.size(); ++i) {
    const std::string key = form.Key(field) + "[" + std::to_string(i + 1) + "]";
    ui.BeginPanel(palette::kSunken);
    bool over = false;
    const std::string count = Counter(items[i].nl, items[i].en, limit, &over);
    client::Label(ui, std::to_string(i + 1) + ".   " + count, FontRole::Small,
                  over ? palette::kWarm : palette::kMuted);
    LanguageTag(ui, "NL");
    changed |= WrappedField(form, key + ".nl", std::string(label) + " NL", items[i].nl, 1);
    LanguageTag(ui, "EN");
    changed |= WrappedField(form, key + ".en", std::string(label) + " EN", items[i].en, 1);
    if (SmallButton(ui, form.T(Es::Remove), "remove-" + key)) remove = i;
    ui.EndPanel();
  }
  changed |= FinishList(form, field, items, remove);
  return changed;
}

bool StringListField(Form& form, const std::string& field, std::string_view label,
                     std::vector<std::string>& items) {
  client::Ui& ui = form.ui;
  FieldHeading(form, field, label);
  bool changed = false;
  std::optional<std::size_t> remove;
  for (std::size_t i = 0; i < items.size(); ++i) {
    const std::string key = form.Key(field) + "[" + std::to_string(i + 1) + "]";
    const float removeWidth = client::ButtonWidth(ui, form.T(Es::Remove), FontRole::Body);
    ImGui::BeginGroup();
    ui.BeginColumn(ui.Avail() - removeWidth - ImGui::GetStyle().ItemSpacing.x);
    changed |= WrappedField(form, key, label, items[i], 1);
    ui.EndColumn();
    ImGui::EndGroup();
    ImGui::SameLine();
    if (SmallButton(ui, form.T(Es::Remove), "remove-" + key)) remove = i;
  }
  changed |= FinishList(form, field, items, remove);
  return changed;
}

bool PlainField(Form& form, const std::string& field, std::string_view label, std::string& text) {
  client::Ui& ui = form.ui;
  FieldHeading(form, field, label);
  const std::string key = form.Key(field);
  StyleField(ui, Focused(form, key));
  ImGui::SetNextItemWidth(ui.Avail());
  const bool changed = ImGui::InputText(("##" + key).c_str(), &text);
  UnstyleField();
  RecordField(ui, label, key);
  FieldProblems(form, field);
  return changed;
}

bool NumberField(Form& form, const std::string& field, std::string_view label, int& value,
                 int least, int most) {
  client::Ui& ui = form.ui;
  FieldHeading(form, field, label);
  const std::string key = form.Key(field);
  bool changed = false;
  if (client::Button(ui, "−",
                     {.width = ui.Px(64),
                      .font = FontRole::LargeBold,
                      .enabled = value > least,
                      .id = "less-" + key})) {
    value = std::clamp(value - 1, least, most);
    changed = true;
  }
  ImGui::SameLine();
  const std::string shown = std::to_string(value);
  const float box = ui.Px(72);
  const ImVec2 at = ImGui::GetCursorScreenPos();
  const ImVec2 size = client::Measure(ui, shown, FontRole::LargeBold);
  const bool outside = value < least || value > most;
  client::LabelAt(ui, ImVec2(at.x + (box - size.x) / 2, at.y + (ui.Px(56) - size.y) / 2), shown,
                  FontRole::LargeBold, outside ? palette::kWarm : palette::kInk);
  ImGui::Dummy(ImVec2(box, ui.Px(56)));
  ImGui::SameLine();
  if (client::Button(ui, "+",
                     {.width = ui.Px(64),
                      .font = FontRole::LargeBold,
                      .enabled = value < most,
                      .id = "more-" + key})) {
    value = std::clamp(value + 1, least, most);
    changed = true;
  }
  ImGui::SameLine();
  ImGui::SetCursorPosY(ImGui::GetCursorPosY() + ui.Px(16));
  client::Label(ui, std::to_string(least) + "–" + std::to_string(most), FontRole::Small,
                palette::kMuted);
  FieldProblems(form, field);
  return changed;
}

}  // namespace spirit::editor
