#include "FrameJson.h"

#include <cstdio>

namespace spirit::web {

namespace {

void AppendString(std::string& out, const std::string& text) {
  out += '"';
  for (const char c : text) {
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\t':
        out += "\\t";
        break;
      default:
        if (static_cast<unsigned char>(c) < 0x20) {
          char escaped[8];
          std::snprintf(escaped, sizeof escaped, "\\u%04x",
                        unsigned(static_cast<unsigned char>(c)));
          out += escaped;
        } else {
          out += c;
        }
    }
  }
  out += '"';
}

void AppendBox(std::string& out, const char* name, const client::Box& box, float density) {
  char text[160];
  std::snprintf(text, sizeof text, "\"%s\":[%.1f,%.1f,%.1f,%.1f]", name, double(box.x0 / density),
                double(box.y0 / density), double(box.x1 / density), double(box.y1 / density));
  out += text;
}

}  // namespace

std::string FrameAsJson(const client::FrameRecord& record, float density) {
  if (density <= 0) density = 1;
  std::string out = "{\"texts\":[";
  for (std::size_t i = 0; i < record.texts.size(); ++i) {
    const client::RecordedText& text = record.texts[i];
    if (i > 0) out += ',';
    out += "{\"text\":";
    AppendString(out, text.text);
    out += ',';
    AppendBox(out, "box", text.box, density);
    out += text.visible ? ",\"visible\":true}" : ",\"visible\":false}";
  }
  out += "],\"buttons\":[";
  for (std::size_t i = 0; i < record.buttons.size(); ++i) {
    const client::RecordedButton& button = record.buttons[i];
    if (i > 0) out += ',';
    out += "{\"label\":";
    AppendString(out, button.label);
    out += ",\"id\":";
    AppendString(out, button.id);
    out += ',';
    AppendBox(out, "shown", button.shown, density);
    out += button.enabled ? ",\"enabled\":true" : ",\"enabled\":false";
    out += button.selected ? ",\"selected\":true" : ",\"selected\":false";
    out += button.visible ? ",\"visible\":true}" : ",\"visible\":false}";
  }
  out += "],\"animating\":";
  out += record.animating ? "true}" : "false}";
  return out;
}

}  // namespace spirit::web
