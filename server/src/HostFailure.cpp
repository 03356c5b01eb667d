#include "spirit/server/HostFailure.h"

namespace spirit::server {

const char* HostFailureName(HostFailure reason) {
  switch (reason) {
    case HostFailure::PlainLinksOffLoopback:
      return "PlainLinksOffLoopback";
    case HostFailure::EncryptionUnavailable:
      return "EncryptionUnavailable";
    case HostFailure::PortUnavailable:
      return "PortUnavailable";
    case HostFailure::StoreUnavailable:
      return "StoreUnavailable";
    case HostFailure::StoreDamaged:
      return "StoreDamaged";
    case HostFailure::StoreOtherFormat:
      return "StoreOtherFormat";
    case HostFailure::NoStoreToResume:
      return "NoStoreToResume";
    case HostFailure::UnknownSession:
      return "UnknownSession";
    case HostFailure::SessionClosed:
      return "SessionClosed";
    case HostFailure::ReplayMismatch:
      return "ReplayMismatch";
    case HostFailure::UnplayableStation:
      return "UnplayableStation";
    case HostFailure::ReportUnwritable:
      return "ReportUnwritable";
    case HostFailure::QrTextEmpty:
      return "QrTextEmpty";
    case HostFailure::QrTextTooLong:
      return "QrTextTooLong";
    case HostFailure::QrEncoderFailed:
      return "QrEncoderFailed";
  }
  return "?";
}

}  // namespace spirit::server
