#include "spirit/content/DeckComments.h"

#include "TomlOutline.h"

namespace spirit::content {

bool HasComments(std::string_view sourceText) {
  return ScanToml(sourceText).hasComments;
}

}  // namespace spirit::content
