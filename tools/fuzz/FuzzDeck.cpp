// Fuzz target: any text as a deck file; a playable deck must also save and load back the same.
#include <cstdint>
#include <string_view>

#include "spirit/content/DeckCheck.h"
#include "spirit/content/DeckLoader.h"
#include "spirit/content/DeckWriter.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  auto checked = spirit::content::CheckDeckText(text, "fuzz.toml");
  if (checked.Usable()) {
    const std::string written = spirit::content::WriteDeck(*checked.deck);
    auto again = spirit::content::LoadDeckFromText(written, "fuzz.toml");
    if (!again.deck || !(*again.deck == *checked.deck)) __builtin_trap();
  }
  return 0;
}
