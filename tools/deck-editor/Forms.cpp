#include "Forms.h"

#include "spirit/client/Palette.h"
#include "spirit/client/Widgets.h"
#include "spirit/content/CardTypes.h"
#include "spirit/content/DeckLimits.h"

namespace spirit::editor {

namespace {

using client::FontRole;
namespace limits = content::limits;
namespace palette = client::palette;

const char* TypeLabel(core::CardType type, core::Language language) {
  if (language == core::Language::Dutch) return core::CardTypeDutchName(type);
  return core::CardTypeName(type);
}

// A row of choices as touch buttons; wraps onto the next line when full.
template <class Value>
bool ChoiceRow(client::Ui& ui, const std::vector<std::pair<Value, std::string>>& choices,
               Value& value, const std::string& id) {
  bool changed = false;
  float left = ui.Avail();
  bool first = true;
  for (const auto& [choice, label] : choices) {
    const float width = client::ButtonWidth(ui, "✓ " + label);
    if (!first && width + ImGui::GetStyle().ItemSpacing.x <= left) {
      ImGui::SameLine();
      left -= width + ImGui::GetStyle().ItemSpacing.x;
    } else {
      left = ui.Avail() - width;
    }
    first = false;
    if (client::Button(ui, label,
                       {.width = width, .selected = choice == value, .id = id + "-" + label})) {
      if (!(choice == value)) changed = true;
      value = choice;
    }
  }
  return changed;
}

// A card field its type does not use, with a button that clears it.
bool Foreign(Form& form, const std::string& field, bool present) {
  if (!present) return false;
  client::Paragraph(form.ui, form.T(Es::NotUsedByType), FontRole::Body, palette::kWarm);
  return client::Button(form.ui, form.T(Es::Remove),
                        {.look = client::Look::Alert, .id = "clear-" + form.Key(field)});
}

}  // namespace

void DrawDeckForm(Form& form) {
  core::Deck& deck = form.document.Deck();
  client::Label(form.ui, form.T(Es::DeckFields), FontRole::Title, palette::kInk);
  bool changed = false;
  changed |= PlainField(form, "id", form.T(Es::Id), deck.id);
  changed |= NumberField(form, "minutes", form.T(Es::Minutes), deck.minutes, limits::kMinMinutes,
                         limits::kMaxMinutes);
  FieldHeading(form, "resilience", form.T(Es::Resilience));
  std::vector<std::pair<bool, std::string>> meter = {{true, form.T(Es::On)},
                                                     {false, form.T(Es::Off)}};
  changed |= ChoiceRow(form.ui, meter, deck.resilienceMeter, "resilience");
  FieldProblems(form, "resilience");
  changed |= TextPairField(form, "title", form.T(Es::Title), deck.title, limits::kMaxTitleChars);
  changed |= TextPairField(form, "intro", form.T(Es::Intro), deck.intro, limits::kMaxIntroChars, 6);
  changed |= TextPairField(form, "goal", form.T(Es::Goal), deck.goal, limits::kMaxGoalChars, 3);
  changed |= TextListField(form, "debrief", form.T(Es::Debrief), deck.debrief,
                           limits::kMaxDebriefChars, limits::kMaxDebriefQuestions);
  changed |= StringListField(form, "sources", form.T(Es::Sources), deck.sources);
  if (changed) form.document.Changed();
}

void DrawCardForm(Form& form) {
  const std::size_t index = *form.card;
  core::Deck& deck = form.document.Deck();
  client::Label(form.ui,
                Format(Es::CardFields, form.state.language,
                       {std::to_string(index + 1), std::to_string(deck.cards.size())}),
                FontRole::Title, palette::kInk);
  bool changed = false;
  changed |= PlainField(form, "id", form.T(Es::Id), deck.cards[index].id);

  FieldHeading(form, "type", form.T(Es::Type));
  std::vector<std::pair<core::CardType, std::string>> types;
  for (core::CardType type : content::kAllCardTypes)
    types.push_back({type, TypeLabel(type, form.state.language)});
  core::CardType type = deck.cards[index].type;
  if (ChoiceRow(form.ui, types, type, "type")) {
    form.document.ChangeType(index, type);
    form.state.buffers.clear();
  }
  FieldProblems(form, "type");
  core::Card& card = deck.cards[index];

  FieldHeading(form, "intensity", form.T(Es::Intensity));
  std::vector<std::pair<int, std::string>> levels = {
      {1, form.T(Es::Light)}, {2, form.T(Es::Personal)}, {3, form.T(Es::Deep)}};
  changed |= ChoiceRow(form.ui, levels, card.intensity, "intensity");
  FieldProblems(form, "intensity");

  changed |= TextPairField(form, "title", form.T(Es::Title), card.title, limits::kMaxTitleChars);
  changed |= TextPairField(form, "text", form.T(Es::Text), card.text, limits::kMaxCardTextChars, 5);
  changed |= TextListField(form, "prompts", form.T(Es::Prompts), card.prompts,
                           limits::kMaxPromptChars, limits::kMaxPrompts);
  // Which of the fields only some types have this type uses: its row of core::kCardTypes.
  const core::CardTypeFacts& facts = core::FactsOf(card.type);
  const bool isCase = facts.options.used;
  const bool isScale = facts.steps.used;
  const bool isPause = facts.seconds.used;
  if (isCase || !card.options.empty()) {
    changed |= TextListField(form, "options", form.T(Es::Options), card.options,
                             limits::kMaxOptionChars, limits::kMaxOptions);
    if (Foreign(form, "options", !isCase)) {
      card.options.clear();
      changed = true;
    }
  }
  const bool hasPoles = card.steps != 0 || card.low != core::Text{} || card.high != core::Text{};
  if (isScale || hasPoles) {
    changed |= NumberField(form, "steps", form.T(Es::Steps), card.steps, limits::kMinScaleSteps,
                           limits::kMaxScaleSteps);
    changed |= TextPairField(form, "low", form.T(Es::LowPole), card.low, limits::kMaxPoleChars);
    changed |= TextPairField(form, "high", form.T(Es::HighPole), card.high, limits::kMaxPoleChars);
    if (Foreign(form, "steps", !isScale)) {
      card.steps = 0;
      card.low = {};
      card.high = {};
      changed = true;
    }
  }
  if (isPause || card.seconds != 0) {
    changed |= NumberField(form, "seconds", form.T(Es::Seconds), card.seconds,
                           limits::kMinPauseSeconds, limits::kMaxPauseSeconds);
    if (Foreign(form, "seconds", !isPause)) {
      card.seconds = 0;
      changed = true;
    }
  }
  if (deck.resilienceMeter || card.load != 0 || card.capacity != 0) {
    changed |= NumberField(form, "load", form.T(Es::Load), card.load, limits::kMinWeight,
                           limits::kMaxWeight);
    changed |= NumberField(form, "capacity", form.T(Es::Capacity), card.capacity,
                           limits::kMinWeight, limits::kMaxWeight);
  }
  changed |= StringListField(form, "tags", form.T(Es::Tags), card.tags);
  if (changed) form.document.Changed();
}

}  // namespace spirit::editor
