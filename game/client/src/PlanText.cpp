#include "spirit/client/PlanText.h"

#include "spirit/client/Strings.h"

namespace spirit::client {

std::string PlanAsText(const core::PrivateView& me, const std::string& sessionName,
                       core::Language language) {
  std::string text;
  text += Tr(Str::MyPlan, language);
  text += " — " + me.name + " — " + sessionName + "\n\n";
  if (me.plan.empty()) text += std::string(Tr(Str::PlanEmpty, language)) + "\n";
  for (const core::Commitment& item : me.plan) {
    const Str kind = item.kind == core::CommitmentKind::Myself ? Str::Myself : Str::FromOthers;
    text += "- [" + std::string(Tr(kind, language)) + "] " + item.text + "\n";
  }
  if (!me.resources.empty()) {
    text += "\n" + std::string(Tr(Str::ReceivedResources, language)) + "\n";
    for (const core::ReceivedResourceView& resource : me.resources) {
      text += "- " + resource.title.In(language) + " (" +
              Format(Str::From, language, {resource.from}) + ")";
      if (!resource.words.empty()) text += ": “" + resource.words + "”";
      text += "\n";
    }
  }
  if (!me.notes.empty()) {
    text += "\n" + std::string(Tr(Str::MyNotes, language)) + "\n";
    for (const core::Note& note : me.notes) text += "- " + note.text + "\n";
  }
  return text;
}

}  // namespace spirit::client
