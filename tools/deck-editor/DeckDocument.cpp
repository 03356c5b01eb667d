#include "DeckDocument.h"

#include <algorithm>
#include <fstream>
#include <sstream>
#include <system_error>
#include <utility>

#include "spirit/content/DeckCheck.h"
#include "spirit/content/DeckComments.h"
#include "spirit/content/DeckLimits.h"
#include "spirit/content/DeckLoader.h"
#include "spirit/content/DeckWriter.h"
#include "spirit/content/StarterDeck.h"
#include "spirit/core/CardTypes.h"

namespace spirit::editor {

namespace {

using content::ProblemKind;

std::optional<std::string> ReadText(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in) return std::nullopt;
  std::ostringstream text;
  text << in.rdbuf();
  if (in.bad()) return std::nullopt;
  return text.str();
}

// Problems that mean the loader left something the author wrote out of the deck.
bool LeftOut(const content::Problem& problem) {
  switch (problem.kind) {
    case ProblemKind::Syntax:
    case ProblemKind::UnknownKey:
    case ProblemKind::WrongValueType:
    case ProblemKind::LanguageCountMismatch:
    case ProblemKind::UnknownCardType:
      return true;
    default:
      return false;
  }
}

bool UsesOptions(core::CardType type) {
  return core::FactsOf(type).options.used;
}
bool UsesPoles(core::CardType type) {
  return core::FactsOf(type).steps.used;
}
bool UsesSeconds(core::CardType type) {
  return core::FactsOf(type).seconds.used;
}

}  // namespace

std::optional<DeckDocument> DeckDocument::Open(const std::filesystem::path& file,
                                               std::string* error) {
  const auto text = ReadText(file);
  if (!text) {
    if (error != nullptr) *error = "cannot read " + file.string();
    return std::nullopt;
  }
  content::LoadedDeck loaded = content::LoadDeckFromText(*text, file.string());
  if (!loaded.deck) {
    if (error != nullptr) {
      *error = "no deck could be read from " + file.string() + ":";
      for (const content::Problem& problem : loaded.problems) {
        *error += "\n  " + content::FormatProblem(problem, core::Language::English);
      }
    }
    return std::nullopt;
  }
  DeckDocument document;
  document.file_ = file;
  for (const content::Problem& problem : loaded.problems) {
    if (LeftOut(problem)) document.unread_.push_back(problem);
  }
  if (loaded.source.partial && document.unread_.empty() && !loaded.problems.empty()) {
    document.unread_.push_back(loaded.problems.front());
  }
  document.TakeDisk(*text, std::move(loaded));
  return document;
}

DeckDocument DeckDocument::New(const std::string& id, const std::filesystem::path& file) {
  DeckDocument document;
  document.file_ = file;
  content::LoadedDeck loaded =
      content::LoadDeckFromText(content::StarterDeckText(id), file.string());
  if (loaded.deck) document.deck_ = *loaded.deck;
  document.deck_.id = id;
  document.diskDeck_ = document.deck_;
  document.origins_.assign(document.deck_.cards.size(), std::nullopt);
  document.onDisk_ = false;
  document.Changed();
  return document;
}

void DeckDocument::TakeDisk(const std::string& text, content::LoadedDeck loaded) {
  if (loaded.deck) deck_ = std::move(*loaded.deck);
  diskDeck_ = deck_;
  diskText_ = text;
  diskSource_ = std::move(loaded.source);
  origins_ = content::SameCards(deck_.cards.size());
  onDisk_ = true;
  hasComments_ = content::HasComments(text);
  Changed();
}

void DeckDocument::Changed() {
  content::CheckedDeck checked = content::CheckDeckText(content::WriteDeck(deck_), file_.string());
  problems_ = std::move(checked.problems);
  source_ = std::move(checked.source);
  targets_.clear();
  for (const content::Problem& problem : problems_)
    targets_.push_back(TargetOf(problem, deck_, source_));
}

SavePlan DeckDocument::PlanSave() const {
  SavePlan plan;
  if (onDisk_) {
    const std::optional<std::string> current = ReadText(file_);
    if (current != diskText_) {
      plan.wholeWhyEn = "the file changed on disk since it was opened";
      plan.wholeWhyNl = "het bestand is op schijf veranderd sinds het werd geopend";
    } else {
      content::DeckTextEdit edit =
          content::EditDeckText(diskText_, diskDeck_, diskSource_, deck_, origins_);
      if (edit.text) {
        plan.text = std::move(*edit.text);
        plan.inPlace = true;
        return plan;
      }
      plan.wholeWhyEn = std::move(edit.whyNotEn);
      plan.wholeWhyNl = std::move(edit.whyNotNl);
    }
  }
  plan.text = content::WriteDeck(deck_);
  return plan;
}

bool DeckDocument::LosesText() const {
  return onDisk_ && (hasComments_ || !unread_.empty()) && !PlanSave().inPlace;
}

SaveResult DeckDocument::WriteTo(const std::filesystem::path& file, const SavePlan& plan) {
  SaveResult result;
  result.file = file;
  result.inPlace = plan.inPlace;
  result.wholeWhyEn = plan.wholeWhyEn;
  result.wholeWhyNl = plan.wholeWhyNl;
  const std::string& text = plan.text;
  std::error_code error;
  if (std::filesystem::exists(file, error)) {
    std::filesystem::path backup = file;
    backup += ".bak";
    std::filesystem::copy_file(file, backup, std::filesystem::copy_options::overwrite_existing,
                               error);
    if (error) {
      result.error = "cannot keep a backup " + backup.string() + ": " + error.message();
      return result;
    }
  }
  std::filesystem::path temporary = file;
  temporary += ".saving";
  {
    std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
    out << text;
    out.close();
    if (!out) {
      result.error = "cannot write " + temporary.string();
      std::filesystem::remove(temporary, error);
      return result;
    }
  }
  std::filesystem::rename(temporary, file, error);
  if (error) {
    result.error = "cannot replace " + file.string() + ": " + error.message();
    std::filesystem::remove(temporary, error);
    return result;
  }
  content::LoadedDeck loaded = content::LoadDeckFromText(text, file.string());
  file_ = file;
  unread_.clear();
  for (const content::Problem& problem : loaded.problems) {
    if (LeftOut(problem)) unread_.push_back(problem);
  }
  if (!loaded.deck) loaded.deck = deck_;
  TakeDisk(text, std::move(loaded));
  result.ok = true;
  return result;
}

SaveResult DeckDocument::Save() {
  return WriteTo(file_, PlanSave());
}

std::filesystem::path DeckDocument::CopyFile() const {
  std::string base = deck_.id.empty() ? file_.stem().string() : deck_.id;
  const std::filesystem::path folder = file_.parent_path();
  for (int n = 1;; ++n) {
    const std::string suffix = n == 1 ? "-copy" : "-copy-" + std::to_string(n);
    std::string stem =
        base.substr(0, content::limits::kMaxIdChars - std::min(suffix.size(), base.size()));
    if (stem.size() + suffix.size() > content::limits::kMaxIdChars) {
      stem.resize(content::limits::kMaxIdChars - suffix.size());
    }
    const std::filesystem::path candidate = folder / (stem + suffix + ".toml");
    std::error_code error;
    if (!std::filesystem::exists(candidate, error)) return candidate;
  }
}

SaveResult DeckDocument::SaveAsCopy() {
  const std::filesystem::path copy = CopyFile();
  const std::string oldId = deck_.id;
  deck_.id = copy.stem().string();
  SaveResult result = WriteTo(copy, PlanSave());
  if (!result.ok) deck_.id = oldId;
  return result;
}

bool DeckDocument::Revert(std::string* error) {
  if (!onDisk_) {
    deck_ = diskDeck_;
    Changed();
    return true;
  }
  auto reopened = Open(file_, error);
  if (!reopened) return false;
  *this = std::move(*reopened);
  return true;
}

std::string DeckDocument::FreeCardId(const std::string& base) const {
  auto taken = [this](const std::string& id) {
    return std::any_of(deck_.cards.begin(), deck_.cards.end(),
                       [&](const core::Card& card) { return card.id == id; });
  };
  if (!taken(base)) return base;
  for (int n = 2;; ++n) {
    const std::string id = base + "-" + std::to_string(n);
    if (!taken(id)) return id;
  }
}

std::size_t DeckDocument::AddCard(core::CardType type, std::size_t after) {
  core::Card card;
  card.id = FreeCardId(std::string(core::CardTypeName(type)) + "-new");
  card.type = type;
  card.intensity = 1;
  card.steps = core::FactsOf(type).steps.initial;
  card.seconds = core::FactsOf(type).seconds.initial;
  const std::size_t at = after < deck_.cards.size() ? after + 1 : deck_.cards.size();
  deck_.cards.insert(deck_.cards.begin() + std::ptrdiff_t(at), card);
  if (origins_.size() + 1 == deck_.cards.size()) {
    origins_.insert(origins_.begin() + std::ptrdiff_t(at), std::nullopt);
  }
  Changed();
  return at;
}

std::size_t DeckDocument::DuplicateCard(std::size_t index) {
  if (index >= deck_.cards.size()) return index;
  core::Card copy = deck_.cards[index];
  copy.id = FreeCardId(copy.id.empty() ? "card" : copy.id);
  deck_.cards.insert(deck_.cards.begin() + std::ptrdiff_t(index + 1), copy);
  if (origins_.size() + 1 == deck_.cards.size()) {
    origins_.insert(origins_.begin() + std::ptrdiff_t(index + 1), std::nullopt);
  }
  Changed();
  return index + 1;
}

std::size_t DeckDocument::DeleteCard(std::size_t index) {
  if (index >= deck_.cards.size()) return 0;
  deck_.cards.erase(deck_.cards.begin() + std::ptrdiff_t(index));
  if (origins_.size() == deck_.cards.size() + 1) {
    origins_.erase(origins_.begin() + std::ptrdiff_t(index));
  }
  Changed();
  if (deck_.cards.empty()) return 0;
  return std::min(index, deck_.cards.size() - 1);
}

std::size_t DeckDocument::MoveCard(std::size_t index, int direction) {
  if (index >= deck_.cards.size()) return index;
  if (direction < 0 && index == 0) return index;
  if (direction > 0 && index + 1 >= deck_.cards.size()) return index;
  const std::size_t other = direction < 0 ? index - 1 : index + 1;
  std::swap(deck_.cards[index], deck_.cards[other]);
  if (origins_.size() == deck_.cards.size()) std::swap(origins_[index], origins_[other]);
  Changed();
  return other;
}

void DeckDocument::ChangeType(std::size_t index, core::CardType type) {
  if (index >= deck_.cards.size()) return;
  core::Card& card = deck_.cards[index];
  if (card.type == type) return;
  auto kept = std::find_if(setAside_.begin(), setAside_.end(),
                           [&](const core::Card& aside) { return aside.id == card.id; });
  if (kept == setAside_.end()) {
    core::Card aside;
    aside.id = card.id;
    setAside_.push_back(aside);
    kept = setAside_.end() - 1;
  }
  // Set aside what the new type does not use.
  if (!UsesOptions(type) && !card.options.empty()) kept->options = std::exchange(card.options, {});
  if (!UsesPoles(type)) {
    if (card.steps != 0 || !card.low.nl.empty() || !card.low.en.empty() || !card.high.nl.empty() ||
        !card.high.en.empty()) {
      kept->low = std::exchange(card.low, {});
      kept->high = std::exchange(card.high, {});
      kept->steps = std::exchange(card.steps, 0);
    }
  }
  if (!UsesSeconds(type) && card.seconds != 0) kept->seconds = std::exchange(card.seconds, 0);
  // Bring back what it had when it was of the new type before.
  if (UsesOptions(type) && card.options.empty()) card.options = std::exchange(kept->options, {});
  if (UsesPoles(type)) {
    if (card.steps == 0) card.steps = std::exchange(kept->steps, 0);
    if (card.low == core::Text{}) card.low = std::exchange(kept->low, {});
    if (card.high == core::Text{}) card.high = std::exchange(kept->high, {});
    if (card.steps == 0) card.steps = core::FactsOf(type).steps.initial;
  }
  if (UsesSeconds(type)) {
    if (card.seconds == 0) card.seconds = std::exchange(kept->seconds, 0);
    if (card.seconds == 0) card.seconds = core::FactsOf(type).seconds.initial;
  }
  card.type = type;
  Changed();
}

}  // namespace spirit::editor
