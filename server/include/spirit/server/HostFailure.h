#pragma once

#include <memory>

#include "spirit/core/Result.h"

namespace spirit::server {

// Why the host, its session store, a report or a QR code could not be made.
enum class HostFailure {
  PlainLinksOffLoopback,  // links without encryption were asked for away from 127.0.0.1
  EncryptionUnavailable,  // the encryption library (libsodium) cannot start
  PortUnavailable,        // a port cannot be opened (the text says which and why)
  StoreUnavailable,       // the session store cannot be opened, prepared or written
  StoreDamaged,           // the store's file is damaged (moved aside where it could be)
  StoreOtherFormat,       // the store was written in another format (moved aside where it could be)
  NoStoreToResume,        // a session to resume was named, but the host keeps no store
  UnknownSession,         // the session to resume is not in the store
  SessionClosed,          // the session to resume is closed; only its report can be exported
  ReplayMismatch,         // the stored actions do not replay to the stored session
  UnplayableStation,      // a chosen station is not a playable deck in the deck folder
  ReportUnwritable,       // the report's files cannot be written
  QrTextEmpty,            // there is no text to put in a QR code
  QrTextTooLong,          // the text is more than a QR code holds
  QrEncoderFailed,        // libqrencode could not make the code
};

// What a call of the host's layer gives: its value, or why not.
template <class T>
using HostResult = core::Result<T, HostFailure>;

// A failure of the host's layer with its sentence in Dutch and English.
inline core::Failure<HostFailure> HostFailed(HostFailure reason, core::Text text) {
  return {reason, std::move(text)};
}

// The name of a reason as written in code ("StoreDamaged"), for logs and tests.
const char* HostFailureName(HostFailure reason);

}  // namespace spirit::server
