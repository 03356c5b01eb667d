#pragma once

#include <filesystem>
#include <string>

namespace spirit::app {

// Where this device keeps its seat token (per host), so an app restart finds its seat again.
std::filesystem::path TokenFile(const std::string& host, std::uint16_t port);

// Reads a stored token, or "" when there is none.
std::string ReadToken(const std::filesystem::path& file);

// Stores a token; false when it cannot be written.
bool WriteToken(const std::filesystem::path& file, const std::string& token);

// Where "save my plan" writes on this device: ~/Documents when it exists, else the home folder.
std::filesystem::path PlanFolder();

}  // namespace spirit::app
