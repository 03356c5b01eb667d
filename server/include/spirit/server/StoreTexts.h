#pragma once

// What the host tells the trainer about its session store's trouble, in Dutch and English.

#include <filesystem>
#include <string>

#include "spirit/core/Text.h"
#include "spirit/server/Journal.h"

namespace spirit::server {

// The store cannot write: that changes wait in memory, that it is retried, and what to do (the
// same sentence while the trouble lasts, so it is told once).
core::Text StoreProblemText(const std::filesystem::path& file, const StoreHealth& health);

// The store's file is damaged or no store at all: its path, where it was moved, and the way out.
core::Text DamagedStoreText(const std::filesystem::path& file, const std::filesystem::path& movedTo,
                            const std::string& sqliteError);

// The store was written in another format than this build reads: its path, the two formats, and
// where it was moved (its sessions cannot be resumed here; nothing was overwritten).
core::Text OtherFormatStoreText(const std::filesystem::path& file,
                                const std::filesystem::path& movedTo, int found, int expected);

// Both languages of a text on two lines, Dutch first, for the host's log.
std::string BothLanguages(const core::Text& text);

}  // namespace spirit::server
