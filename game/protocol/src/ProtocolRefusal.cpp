#include "spirit/protocol/ProtocolRefusal.h"

namespace spirit::protocol {

const char* ProtocolRefusalName(ProtocolRefusal reason) {
  switch (reason) {
    case ProtocolRefusal::VersionMismatch:
      return "VersionMismatch";
    case ProtocolRefusal::HelloFirst:
      return "HelloFirst";
    case ProtocolRefusal::Malformed:
      return "Malformed";
    case ProtocolRefusal::TooManyAttempts:
      return "TooManyAttempts";
    case ProtocolRefusal::UnknownToken:
      return "UnknownToken";
    case ProtocolRefusal::NotFacilitator:
      return "NotFacilitator";
    case ProtocolRefusal::UnknownDeck:
      return "UnknownDeck";
    case ProtocolRefusal::JoinFirst:
      return "JoinFirst";
    case ProtocolRefusal::TooFast:
      return "TooFast";
    case ProtocolRefusal::StorageFailed:
      return "StorageFailed";
    case ProtocolRefusal::Replaced:
      return "Replaced";
    case ProtocolRefusal::StaleToken:
      return "StaleToken";
    case ProtocolRefusal::TooManyConnections:
      return "TooManyConnections";
  }
  return "Unknown";
}

namespace {

core::Text Sentence(ProtocolRefusal reason) {
  switch (reason) {
    case ProtocolRefusal::VersionMismatch:
      return {
          "Deze app past niet bij de versie van de host. Werk de app (of de host) bij en probeer "
          "het opnieuw.",
          "This app does not match the host's version. Please update the app (or the host) and try "
          "again."};
    case ProtocolRefusal::HelloFirst:
      return {"De verbinding is nog niet klaar. Probeer opnieuw te verbinden.",
              "The connection is not ready yet. Please connect again."};
    case ProtocolRefusal::Malformed:
      return {"Dit bericht kon niet worden gelezen en is genegeerd.",
              "This message could not be read and was ignored."};
    case ProtocolRefusal::TooManyAttempts:
      return {"Te vaak een verkeerde code. Wacht een minuut en probeer het dan opnieuw.",
              "Too many wrong codes. Please wait a minute, then try again."};
    case ProtocolRefusal::UnknownToken:
      return {"Je plek in deze sessie is niet meer bekend. Doe opnieuw mee met de code.",
              "Your place in this session is no longer known. Please join again with the code."};
    case ProtocolRefusal::NotFacilitator:
      return {"Alleen de console van de trainer kan dit doen.",
              "Only the trainer's console can do this."};
    case ProtocolRefusal::UnknownDeck:
      return {"Dat kaartspel staat niet (of niet foutloos) in de map met kaartspellen.",
              "That deck is not in the deck folder, or it has errors."};
    case ProtocolRefusal::JoinFirst:
      return {"Doe eerst mee met de code van de sessie.",
              "Please join the session with its code first."};
    case ProtocolRefusal::TooFast:
      return {"Er komen te veel berichten tegelijk van dit apparaat; een deel is genegeerd.",
              "Too many messages are coming from this device at once; some were ignored."};
    case ProtocolRefusal::StorageFailed:
      return {
          "De laptop van de trainer kon dit niet opslaan, dus het is niet gebeurd. Probeer het zo "
          "nog eens.",
          "The trainer's laptop could not save this, so it did not happen. Please try again in a "
          "moment."};
    case ProtocolRefusal::Replaced:
      return {"Dit apparaat is elders opnieuw verbonden; deze verbinding sluit.",
              "This device connected again elsewhere; this connection closes."};
    case ProtocolRefusal::StaleToken:
      return {
          "Deze sleutel tot je plek is inmiddels vernieuwd en werkt niet meer. Doe opnieuw mee met "
          "de code.",
          "This key to your place has been renewed since and no longer works. Please join again "
          "with the code."};
    case ProtocolRefusal::TooManyConnections:
      return {
          "Er zijn al te veel verbindingen vanaf dit adres. Sluit een paar apps of tabbladen en "
          "probeer het opnieuw.",
          "There are already too many connections from this address. Close a few apps or tabs and "
          "try again."};
  }
  return {"Onbekende fout.", "Unknown error."};
}

}  // namespace

const char* ReasonName(const RefusalReason& reason) {
  if (const auto* code = std::get_if<core::RefusalCode>(&reason)) return core::RefusalName(*code);
  return ProtocolRefusalName(std::get<ProtocolRefusal>(reason));
}

core::Text ExplainReason(const RefusalReason& reason) {
  if (const auto* code = std::get_if<core::RefusalCode>(&reason)) return core::ExplainBoth(*code);
  return Sentence(std::get<ProtocolRefusal>(reason));
}

Refused MakeRefused(RefusalReason reason, std::uint32_t requestId) {
  return Refused{requestId, reason, ExplainReason(reason)};
}

}  // namespace spirit::protocol
