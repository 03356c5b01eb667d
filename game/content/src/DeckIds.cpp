#include "spirit/content/DeckIds.h"

#include "spirit/content/DeckLimits.h"

namespace spirit::content {

bool IsValidId(std::string_view id) {
  if (id.empty() || id.size() > limits::kMaxIdChars || id.front() == '-') return false;
  for (const char c : id) {
    const bool allowed = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
    if (!allowed) return false;
  }
  return true;
}

}  // namespace spirit::content
