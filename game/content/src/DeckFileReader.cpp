#include "spirit/content/DeckFileReader.h"

#include "FileText.h"
#include "spirit/content/DeckLimits.h"

namespace spirit::content {

FileText ReadDeckFile(const std::filesystem::path& file) {
  return ReadFileText(file, file.string(), limits::kMaxFileBytes);
}

}  // namespace spirit::content
