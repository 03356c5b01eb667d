#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace spirit::content {

// How a value's text is laid out: as the writer chooses by width, on one line, or as a block (a
// """ text over several lines, or a list with one item per line).
enum class ValueLayout { Auto, OneLine, Block };

// Lines of a written deck are kept under this many characters where the text allows.
inline constexpr std::size_t kDeckLineWidth = 96;

// A TOML basic string on one line, "...", with backslashes, quotes and control characters escaped.
// The one place that escapes deck text for TOML: the writer and the in-place editor both use it.
std::string QuoteTomlString(std::string_view text);

// The value of a text field written after `key = ` (the key counts toward the line width): on one
// line when it fits and has one paragraph (Auto), always on one line with "\n" escapes (OneLine),
// or as a wrapped """ string with an empty line between paragraphs (Block).
std::string TomlTextValue(std::string_view key, std::string_view text, ValueLayout layout);

// A list of texts written after `key = `: ["a", "b"] on one line when it fits (Auto) or always
// (OneLine), or one item per line, each indented by two spaces and followed by a comma (Block).
std::string TomlListValue(std::string_view key, const std::vector<std::string>& items,
                          ValueLayout layout);

}  // namespace spirit::content
