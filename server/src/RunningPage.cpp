#include "spirit/server/RunningPage.h"

namespace spirit::server {

std::string EscapeHtml(const std::string& text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&#39;";
        break;
      default:
        out += c;
    }
  }
  return out;
}

std::string RunningPage(const std::string& sessionName) {
  const std::string name = EscapeHtml(sessionName);
  return "<!doctype html>\n<html lang=\"nl\"><head><meta charset=\"utf-8\">"
         "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
         "<title>Spirit — " +
         name +
         "</title>"
         "<style>body{font-family:sans-serif;max-width:40em;margin:3em auto;padding:0 "
         "1em;line-height:1.5;"
         "color:#1d2a33;background:#f6f3ee}h1{font-size:1.8em}p{font-size:1.2em}</style></"
         "head><body>"
         "<h1>Spirit: " +
         name +
         "</h1>"
         "<p>De host van deze sessie draait. De app voor in de browser is op deze laptop nog niet "
         "ge\xC3\xAFnstalleerd; doe mee met de Spirit-app en de code op het grote scherm.</p>"
         "<p lang=\"en\">The host of this session is running. The browser app is not installed on "
         "this "
         "laptop yet; join with the Spirit app and the code on the big screen.</p>"
         "</body></html>\n";
}

}  // namespace spirit::server
