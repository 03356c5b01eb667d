#include "spirit/server/StoreTexts.h"

namespace spirit::server {

core::Text StoreProblemText(const std::filesystem::path& file, const StoreHealth& health) {
  if (health.Ok()) return {};
  std::error_code ignored;
  const std::string folder = std::filesystem::absolute(file, ignored).parent_path().string();
  const std::string seconds = std::to_string(Journal::kRetryEvery / 1000);
  core::Text text;
  text.nl = "De sessie-opslag kan niet schrijven (" + health.error +
            "): de nieuwste wijzigingen staan alleen in het geheugen; ze worden opgeslagen zodra "
            "de schijf "
            "ze weer aanneemt (elke " +
            seconds +
            " s geprobeerd). Het spel gaat door, maar een crash nu verliest ze. "
            "Maak ruimte vrij op de schijf van " +
            folder + ".";
  text.en =
      "The session store cannot write (" + health.error +
      "): the latest changes are kept in memory only; they are stored as soon as the disk takes "
      "them again (tried every " +
      seconds +
      " s). Play goes on, but a crash now loses them. "
      "Free some space on the disk of " +
      folder + ".";
  if (health.closePending) {
    text.nl +=
        " De gesloten sessie is nog niet van de schijf gewist; dat gebeurt zodra er ruimte is.";
    text.en +=
        " The closed session is not yet purged from the disk; that happens as soon as there is "
        "room.";
  }
  return text;
}

core::Text DamagedStoreText(const std::filesystem::path& file, const std::filesystem::path& movedTo,
                            const std::string& sqliteError) {
  core::Text text;
  text.nl =
      "De sessie-opslag " + file.string() + " is beschadigd of geen sessie-opslag (" + sqliteError +
      "). Het bestand is opzij gezet als " + movedTo.string() +
      " (niets is overschreven). Start opnieuw voor een nieuwe opslag op dezelfde plek, of gebruik "
      "--data MAP voor een andere map, of --no-store om niets te bewaren.";
  text.en = "The session store " + file.string() + " is damaged or not a session store (" +
            sqliteError + "). The file was moved aside to " + movedTo.string() +
            " (nothing was overwritten). Start again for a new store in the same place, or use "
            "--data DIR for another folder, or --no-store to keep nothing.";
  return text;
}

core::Text OtherFormatStoreText(const std::filesystem::path& file,
                                const std::filesystem::path& movedTo, int found, int expected) {
  const std::string was = found == 0 ? "1" : std::to_string(found);
  core::Text text;
  text.nl = "De sessie-opslag " + file.string() +
            " is geschreven door een andere versie van Spirit (opslagformaat " + was +
            "; deze versie leest formaat " + std::to_string(expected) +
            "). Het bestand is opzij gezet als " + movedTo.string() +
            " (niets is overschreven); de sessies erin kunnen hier niet verder. Start opnieuw voor "
            "een nieuwe opslag op dezelfde plek.";
  text.en = "The session store " + file.string() +
            " was written by another version of Spirit (store format " + was +
            "; this version reads format " + std::to_string(expected) +
            "). The file was moved aside to " + movedTo.string() +
            " (nothing was overwritten); its sessions cannot go on here. Start again for a new "
            "store in the same place.";
  return text;
}

std::string BothLanguages(const core::Text& text) {
  return text.nl + "\n" + text.en;
}

}  // namespace spirit::server
