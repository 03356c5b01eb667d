#include "RemoteTexts.h"

namespace spirit::app {

core::Text BadAddressText(const std::string& address) {
  return {"Dit adres klopt niet: " + address + ". Typ het zoals 192.168.1.20:47809",
          "This address is not right: " + address + ". Type it like 192.168.1.20:47809"};
}

core::Text CannotConnectText(const std::string& address) {
  return {"Kan geen verbinding maken met " + address, "Cannot connect to " + address};
}

core::Text NoAnswerText(const std::string& address) {
  return {"Geen antwoord van " + address +
              ". Klopt het adres op het grote scherm, en zit je op hetzelfde netwerk?",
          "No answer from " + address +
              ". Check the address on the big screen, and that you are on the same network."};
}

core::Text SeatElsewhereText(const std::string& address) {
  return {"De sessie waarin je zat is niet meer op " + address +
              ": daar antwoordt een andere sessie. Doe mee met "
              "de code op het grote scherm.",
          "The session you sat in is no longer at " + address +
              ": another session answers there. Join with the "
              "code on the big screen."};
}

core::Text OutdatedAppText() {
  return {"Deze app past niet bij de host. Werk de app bij.",
          "This app does not match the host. Please update the app."};
}

core::Text NotThisSessionText() {
  return {
      "Dit is niet de sessie op het grote scherm: een ander apparaat antwoordt op dit "
      "adres. Scan de code op het "
      "grote scherm opnieuw of vraag de trainer.",
      "This is not the session on the big screen: another machine answers at this "
      "address. Scan the code on the "
      "big screen again or ask the trainer."};
}

core::Text LinkDroppedText() {
  return {"De verbinding is weg; we proberen het opnieuw.",
          "The connection dropped; trying again."};
}

core::Text ReportOnHostText() {
  return {
      "Het verslag schrijf je op de laptop van de host: het console daar, of spirit-host "
      "--report latest.",
      "Write the report on the host's laptop: its console there, or spirit-host --report "
      "latest."};
}

}  // namespace spirit::app
