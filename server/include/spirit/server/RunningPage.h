#pragma once

#include <string>

namespace spirit::server {

// The page a browser gets from the host's web port while no web app is installed: the host runs,
// under this session name, and how to join meanwhile (Dutch and English).
std::string RunningPage(const std::string& sessionName);

// Text made safe to put inside HTML.
std::string EscapeHtml(const std::string& text);

}  // namespace spirit::server
