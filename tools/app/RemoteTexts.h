#pragma once

// What a networked screen tells the person about its link to the host, in Dutch and English.

#include <string>

#include "spirit/core/Text.h"

namespace spirit::app {

// The typed address cannot be read as host:port.
core::Text BadAddressText(const std::string& address);

// No link could be started to the address.
core::Text CannotConnectText(const std::string& address);

// Nobody answered at the address the person chose.
core::Text NoAnswerText(const std::string& address);

// The seat kept on this device belongs to a session that is no longer at the address.
core::Text SeatElsewhereText(const std::string& address);

// The app and the host speak different protocol versions.
core::Text OutdatedAppText();

// Another machine than the session's host answers at the address.
core::Text NotThisSessionText();

// The link dropped; the screen tries again.
core::Text LinkDroppedText();

// A report is written on the host's laptop, not on a device.
core::Text ReportOnHostText();

}  // namespace spirit::app
