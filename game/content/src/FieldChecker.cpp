#include "FieldChecker.h"

#include "MessageWords.h"
#include "spirit/content/DeckIds.h"
#include "spirit/content/DeckLimits.h"
#include "spirit/content/DeckText.h"

namespace spirit::content {

using core::Text;

int FieldChecker::Line(const FieldScope& scope,
                       std::initializer_list<std::string_view> fields) const {
  for (const std::string_view field : fields) {
    if (const int line = source_.LineOf(PathOf(scope, field))) return line;
  }
  return source_.LineOf(PathOf(scope, ""));
}

void FieldChecker::CheckId(const std::string& id, const FieldScope& scope, const What& what) {
  if (Rejected(scope, "id")) return;
  if (id.empty()) {
    problems_.Error(ProblemKind::MissingField, Line(scope, {"id"}), scope.Label("id"),
                    "missing: " + what.en, "ontbreekt: " + what.nl);
    return;
  }
  if (IsValidId(id)) return;
  problems_.Error(ProblemKind::BadId, Line(scope, {"id"}), scope.Label("id"),
                  "the id '" + id +
                      "' may only use lower-case letters a-z, digits and dashes, start "
                      "with a letter or digit, and be at most " +
                      Num(limits::kMaxIdChars) + " characters",
                  "de id '" + id +
                      "' mag alleen kleine letters a-z, cijfers en streepjes bevatten, moet "
                      "met een letter of cijfer beginnen en is hoogstens " +
                      Num(limits::kMaxIdChars) + " tekens lang");
}

void FieldChecker::CheckRange(int value, int low, int high, const FieldScope& scope,
                              std::string_view field, const What& what) {
  if (value >= low && value <= high) return;
  const std::string range = Num(low) + ".." + Num(high);
  problems_.Error(ProblemKind::OutOfRange, Line(scope, {field}), scope.Label(field),
                  Num(value) + " is out of range: " + what.en + " must be " + range,
                  Num(value) + " valt buiten het bereik: " + what.nl + " moet " + range + " zijn");
}

void FieldChecker::CheckText(const Text& text, const FieldScope& scope, std::string_view field,
                             std::size_t maxChars, bool required, const What& what) {
  if (Rejected(scope, field)) return;
  const std::string nlField = Dot(field, "nl");
  const std::string enField = Dot(field, "en");
  if (text.nl.empty() && text.en.empty()) {
    if (!required || Rejected(scope, nlField) || Rejected(scope, enField)) return;
    problems_.Error(ProblemKind::MissingField, Line(scope, {nlField, enField, field}),
                    scope.Label(field),
                    "missing: " + what.en + ", in Dutch and English: " + nlField +
                        " = \"...\" and " + enField + " = \"...\"",
                    "ontbreekt: " + what.nl + ", in het Nederlands en het Engels: " + nlField +
                        " = \"...\" en " + enField + " = \"...\"");
    return;
  }
  CheckLanguages(text.nl, text.en, scope, nlField, enField, field);
  CheckLength(text.nl, scope, nlField, maxChars);
  CheckLength(text.en, scope, enField, maxChars);
  CheckTranslated(text, scope, enField);
}

void FieldChecker::CheckLanguages(const std::string& nl, const std::string& en,
                                  const FieldScope& scope, const std::string& nlField,
                                  const std::string& enField, std::string_view parent) {
  if (nl.empty() && !Rejected(scope, nlField)) {
    problems_.Error(ProblemKind::MissingLanguage, Line(scope, {nlField, enField, parent}),
                    scope.Label(nlField),
                    "missing: the Dutch text " + nlField + " next to " + enField +
                        " (every text is written in Dutch and English)",
                    "ontbreekt: de Nederlandse tekst " + nlField + " naast " + enField +
                        " (elke tekst staat er in het Nederlands en het Engels)");
  }
  if (en.empty() && !Rejected(scope, enField)) {
    problems_.Error(ProblemKind::MissingLanguage, Line(scope, {enField, nlField, parent}),
                    scope.Label(enField),
                    "missing: the English text " + enField + " next to " + nlField +
                        " (every text is written in Dutch and English)",
                    "ontbreekt: de Engelse tekst " + enField + " naast " + nlField +
                        " (elke tekst staat er in het Nederlands en het Engels)");
  }
}

void FieldChecker::CheckLength(const std::string& text, const FieldScope& scope,
                               const std::string& field, std::size_t maxChars) {
  const std::size_t length = CountCharacters(text);
  if (length <= maxChars) return;
  problems_.Error(ProblemKind::TooLong, Line(scope, {field}), scope.Label(field),
                  "too long: " + Num(length) + " characters, but at most " + Num(maxChars) +
                      " fit on a card on a 10-inch tablet at a readable size; shorten it by " +
                      Num(length - maxChars),
                  "te lang: " + Num(length) + " tekens, maar er passen er hoogstens " +
                      Num(maxChars) +
                      " leesbaar op een kaart op een tablet van 10 inch; maak het " +
                      Num(length - maxChars) + " tekens korter");
}

void FieldChecker::CheckTranslated(const Text& text, const FieldScope& scope,
                                   const std::string& enField) {
  if (text.nl != text.en || CountCharacters(text.nl) < limits::kUntranslatedMinChars) return;
  problems_.Warning(ProblemKind::Untranslated, Line(scope, {enField}), scope.Label(enField),
                    "the English text is identical to the Dutch one; is it translated?",
                    "de Engelse tekst is gelijk aan de Nederlandse; is hij vertaald?");
}

void FieldChecker::CheckTextList(const std::vector<Text>& list, const FieldScope& scope,
                                 std::string_view field, std::size_t minCount, std::size_t maxCount,
                                 std::size_t maxChars, const What& what) {
  if (Rejected(scope, field)) return;
  const std::string nlField = Dot(field, "nl");
  const std::string enField = Dot(field, "en");
  if (list.size() < minCount || list.size() > maxCount) {
    const std::string range = Num(minCount) + ".." + Num(maxCount);
    if (list.empty()) {
      problems_.Error(ProblemKind::MissingField, Line(scope, {nlField, field}), scope.Label(field),
                      "missing: " + what.en + " (" + range + "), written as " + nlField +
                          " = [\"...\"] and " + enField + " = [\"...\"]",
                      "ontbreekt: " + what.nl + " (" + range + "), geschreven als " + nlField +
                          " = [\"...\"] en " + enField + " = [\"...\"]");
    } else {
      problems_.Error(
          ProblemKind::WrongCount, Line(scope, {nlField, field}), scope.Label(nlField),
          Num(list.size()) + " items, but " + what.en + " must be " + range + " items",
          Num(list.size()) + " items, maar " + what.nl + " moeten " + range + " items zijn");
    }
  }
  for (std::size_t i = 0; i < list.size(); ++i) {
    const std::string nlItem = ListItem(nlField, i);
    const std::string enItem = ListItem(enField, i);
    const Text& item = list[i];
    if (item.nl.empty() && !Rejected(scope, nlItem)) {
      problems_.Error(
          ProblemKind::MissingLanguage, Line(scope, {nlItem, enItem, field}), scope.Label(nlItem),
          "this Dutch item is empty; write it, or remove it together with " + enItem,
          "dit Nederlandse item is leeg; vul het in, of haal het weg samen met " + enItem);
    }
    if (item.en.empty() && !Rejected(scope, enItem)) {
      problems_.Error(ProblemKind::MissingLanguage, Line(scope, {enItem, nlItem, field}),
                      scope.Label(enItem),
                      "this English item is empty; write the translation of " + nlItem,
                      "dit Engelse item is leeg; schrijf de vertaling van " + nlItem);
    }
    CheckLength(item.nl, scope, nlItem, maxChars);
    CheckLength(item.en, scope, enItem, maxChars);
    CheckTranslated(item, scope, enItem);
  }
}

}  // namespace spirit::content
