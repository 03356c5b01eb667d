// Where phones join: the URL on one of the host's LAN addresses and its QR code.
#include "spirit/server/JoinLinks.h"

#include "spirit/server/QrEncode.h"

namespace spirit::server {

std::string JoinUrl(const std::string& address, std::uint16_t webPort, const std::string& joinCode,
                    const std::string& hostFingerprint) {
  std::string url = "http://" + address + ":" + std::to_string(webPort) + "/?code=" + joinCode;
  if (!hostFingerprint.empty()) url += "&key=" + hostFingerprint;
  return url;
}

JoinLinks::JoinLinks(std::vector<std::string> addresses, std::uint16_t webPort,
                     std::string joinCode, std::string hostFingerprint)
    : addresses_(std::move(addresses)),
      webPort_(webPort),
      joinCode_(std::move(joinCode)),
      fingerprint_(std::move(hostFingerprint)) {
  if (addresses_.empty()) addresses_.push_back("127.0.0.1");
  if (addresses_.size() > protocol::kMaxJoinAddresses)
    addresses_.resize(protocol::kMaxJoinAddresses);
  Show(0);
}

bool JoinLinks::Next() {
  if (addresses_.size() < 2) return false;
  Show((current_.address + 1) % addresses_.size());
  return true;
}

void JoinLinks::Show(std::size_t index) {
  // People type the short link; the QR code carries the host key too, so a scanning browser checks
  // it.
  current_.url = JoinUrl(addresses_[index], webPort_, joinCode_, "");
  const std::string scanned = JoinUrl(addresses_[index], webPort_, joinCode_, fingerprint_);
  current_.fingerprint = fingerprint_;
  if (scanned.size() > protocol::kMaxJoinUrl) {
    // Devices would refuse it: better no link than one that never arrives.
    problem_ = "the join URL is longer than " + std::to_string(protocol::kMaxJoinUrl) + " bytes";
    current_.url.clear();
    current_.code = {};
  } else {
    auto code = EncodeQr(scanned);
    problem_ = code ? "" : code.Error().text.en;
    current_.code = std::move(code).ValueOr(core::QrMatrix{});
  }
  current_.address = std::uint32_t(index);
  current_.addresses = std::uint32_t(addresses_.size());
}

}  // namespace spirit::server
