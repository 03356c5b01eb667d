#pragma once

#include "spirit/client/ScreenContext.h"
#include "spirit/protocol/Messages.h"

namespace spirit::app {

// What the lobbies show of the host's join link: its URL, its QR code and how many addresses.
inline client::BrowserJoin BrowserJoinOf(const protocol::JoinLink& link) {
  return {link.url, link.code, int(link.addresses)};
}

}  // namespace spirit::app
