// What counts as a host address, for the join screen's check as the person types and for
// connecting.
#include "spirit/net/HostAddress.h"

#include <algorithm>
#include <charconv>

namespace spirit::net {

namespace {

constexpr std::size_t kMaxHostChars = 253;
constexpr std::size_t kMaxLabelChars = 63;

bool IsDigit(char c) {
  return c >= '0' && c <= '9';
}

bool IsLetter(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// A number of 1 to `digits` digits, no sign, at most `most`; `least` is the smallest allowed.
bool IsNumber(std::string_view text, std::size_t digits, unsigned least, unsigned most) {
  if (text.empty() || text.size() > digits) return false;
  unsigned value = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  return error == std::errc() && end == text.data() + text.size() && value >= least &&
         value <= most;
}

// Four numbers 0..255 joined by dots.
bool IsIpv4(std::string_view host) {
  int parts = 0;
  for (std::size_t at = 0; at <= host.size(); ++parts) {
    const std::size_t dot = std::min(host.find('.', at), host.size());
    if (!IsNumber(host.substr(at, dot - at), 3, 0, 255)) return false;
    at = dot + 1;
  }
  return parts == 4;
}

// Labels of letters, digits and hyphens joined by dots, none empty and none starting or ending
// with a hyphen.
bool IsHostName(std::string_view host) {
  if (host.empty() || host.size() > kMaxHostChars) return false;
  for (std::size_t at = 0; at <= host.size();) {
    const std::size_t dot = std::min(host.find('.', at), host.size());
    const std::string_view label = host.substr(at, dot - at);
    if (label.empty() || label.size() > kMaxLabelChars) return false;
    if (label.front() == '-' || label.back() == '-') return false;
    for (char c : label) {
      if (!IsLetter(c) && !IsDigit(c) && c != '-') return false;
    }
    at = dot + 1;
  }
  return true;
}

}  // namespace

std::string TrimAddress(std::string_view text) {
  std::size_t begin = 0;
  std::size_t end = text.size();
  while (begin < end && (text[begin] == ' ' || text[begin] == '\t')) ++begin;
  while (end > begin && (text[end - 1] == ' ' || text[end - 1] == '\t')) --end;
  return std::string(text.substr(begin, end - begin));
}

bool IsHostAddress(std::string_view text) {
  const std::string trimmed = TrimAddress(text);
  std::string_view host = trimmed;
  if (const std::size_t colon = host.rfind(':'); colon != std::string_view::npos) {
    if (!IsNumber(host.substr(colon + 1), 5, 1, 65535)) return false;
    host = host.substr(0, colon);
  }
  bool numeric = !host.empty();
  for (char c : host) numeric &= IsDigit(c) || c == '.';
  return numeric ? IsIpv4(host) : IsHostName(host);
}

bool ParseHostPort(const std::string& text, std::uint16_t defaultPort, std::string& host,
                   std::uint16_t& port) {
  const std::string trimmed = TrimAddress(text);
  if (!IsHostAddress(trimmed)) return false;
  const auto colon = trimmed.rfind(':');
  host = trimmed.substr(0, colon);
  port = colon == std::string::npos ? defaultPort
                                    : std::uint16_t(std::stoul(trimmed.substr(colon + 1)));
  return true;
}

}  // namespace spirit::net
