#include "RemoteScreen.h"

#include <chrono>

#include "BrowserJoinOf.h"
#include "spirit/client/PlanText.h"
#include "spirit/net/HostAddress.h"
#include "spirit/protocol/ProtocolRefusal.h"

namespace spirit::app {

namespace {

// A host on the same network answers within a moment; after this long a join gives up.
constexpr auto kNoAnswerAfter = std::chrono::seconds(6);

core::Text Both(const std::string& dutch, const std::string& english) {
  return {dutch, english};
}

}  // namespace

RemoteScreen::RemoteScreen(DeviceStore& store, SessionFinder* finder,
                           const std::string& typedAddress, core::Language language)
    : store_(store),
      finder_(finder),
      role_(RemoteRole::Participant),
      language_(language),
      typedAddress_(typedAddress) {
  view_.role = core::ViewerRole::Device;
  view_.language = language;
  if (!typedAddress_.empty())
    context_.sessions.push_back({typedAddress_, typedAddress_, typedAddress_});
}

RemoteScreen::RemoteScreen(DeviceStore& store, const std::string& address, const std::string& token,
                           std::string joinAddress, RemoteRole role)
    : store_(store), role_(role), language_(core::Language::Dutch), token_(token) {
  view_.role =
      role == RemoteRole::Console ? core::ViewerRole::Facilitator : core::ViewerRole::BigScreen;
  context_.hostAddress = std::move(joinAddress);
  typedAddress_ = address;
}

void RemoteScreen::Start() {
  started_ = true;
  if (typedAddress_.empty()) return;
  if (role_ != RemoteRole::Participant) {
    Connect(typedAddress_);
    return;
  }
  // A device that sat here before goes straight back to its seat.
  std::string host;
  std::uint16_t port = 0;
  if (net::ParseHostPort(typedAddress_, net::kDefaultGamePort, host, port) &&
      !store_.Token(host, port).empty()) {
    Connect(typedAddress_);
  }
}

void RemoteScreen::Connect(const std::string& address) {
  std::string host, error;
  std::uint16_t port = 0;
  if (!net::ParseHostPort(address, net::kDefaultGamePort, host, port)) {
    Tell(Both("Dit adres klopt niet: " + address + ". Typ het zoals 192.168.1.20:47809",
              "This address is not right: " + address + ". Type it like 192.168.1.20:47809"),
         true);
    return;
  }
  // The key the host must prove: the QR code's; else, coming back to a kept seat, the key of the
  // session that seat belongs to, so another machine at this address never sees the seat's token.
  std::string expected = hostKey_;
  backToKeptSeat_ = role_ == RemoteRole::Participant && !pendingJoin_ && expected.empty();
  if (backToKeptSeat_) expected = store_.HostKey(host, port);
  link_ = remote::RemoteSession::Connect(host, port, language_, error, transport_, expected);
  rejoinAsked_ = false;
  greeted_ = false;
  connectedAt_ = std::chrono::steady_clock::now();
  if (!link_) {
    Tell(Both("Kan geen verbinding maken met " + address, "Cannot connect to " + address), true);
    return;
  }
  address_ = address;
  watching_ = false;
  joinLinksShown_ = 0;
  seatsSeen_ = 0;
}

void RemoteScreen::ListSessions() {
  std::vector<client::SessionListing> listed;
  if (!typedAddress_.empty()) listed.push_back({typedAddress_, typedAddress_, typedAddress_});
  if (finder_ != nullptr) {
    for (const auto& session : finder_->Found()) {
      const std::string id = session.address + ":" + std::to_string(session.port);
      if (id != typedAddress_) listed.push_back({id, session.name, session.address});
    }
  }
  // A device that kept a seat in a session it finds goes back to it by itself (after an app
  // restart without an address, a locked lobby does not keep it out), once per session found.
  if (!pendingJoin_ && finder_ != nullptr) {
    for (const auto& session : finder_->Found()) {
      const std::string id = session.address + ":" + std::to_string(session.port);
      if (triedKeptSeat_.count(id) > 0 || store_.Token(session.address, session.port).empty())
        continue;
      triedKeptSeat_.insert(id);
      Connect(id);
      return;
    }
  }
  if (listed.size() != context_.sessions.size()) dirty_ = true;
  for (std::size_t i = 0; i < listed.size() && !dirty_; ++i)
    dirty_ = listed[i].id != context_.sessions[i].id;
  context_.sessions = std::move(listed);
}

bool RemoteScreen::Update() {
  const bool changed = TakeIn();
  if (watch_) watch_(link_ ? link_->SocketHandle() : -1);
  return changed;
}

bool RemoteScreen::WakesApp() const {
  if (!watch_ || !link_) return false;
  const remote::LinkStatus status = link_->Status();
  return status == remote::LinkStatus::Ready || status == remote::LinkStatus::Joined ||
         status == remote::LinkStatus::Facilitator;
}

bool RemoteScreen::TakeIn() {
  if (!started_) Start();
  if (role_ == RemoteRole::Participant && !link_) ListSessions();
  if (link_) {
    link_->Poll(0);
    const remote::LinkStatus status = link_->Status();
    std::string host;
    std::uint16_t port = 0;
    net::ParseHostPort(address_, net::kDefaultGamePort, host, port);
    if (status == remote::LinkStatus::Ready) {
      if (role_ != RemoteRole::Participant && !watching_) {
        if (role_ == RemoteRole::Console) {
          link_->LoginFacilitator(token_);
        } else {
          link_->WatchBigScreen(token_);
        }
        watching_ = true;
      } else if (role_ == RemoteRole::Participant) {
        if (const std::string stored = store_.Token(host, port);
            !stored.empty() && link_->Token().empty() && !pendingJoin_ && !rejoinAsked_) {
          link_->Rejoin(stored);
          rejoinAsked_ = true;
        } else if (pendingJoin_ && !pendingJoin_->names.empty()) {
          link_->Join(pendingJoin_->joinCode, pendingJoin_->names, pendingJoin_->kind);
          pendingJoin_->names.clear();
        }
      }
    }
    for (const auto& refused : link_->TakeRefusals()) {
      if (protocol::Is(refused, protocol::ProtocolRefusal::UnknownToken)) {
        store_.KeepToken(host, port, "");
        store_.KeepHostKey(host, port, "");
      }
      Tell(refused.message, true);
      if (status != remote::LinkStatus::Joined && role_ == RemoteRole::Participant) {
        // Back to the join screen with the reason shown.
        link_.reset();
        pendingJoin_.reset();
        rejoinAsked_ = false;
        view_ = core::View{};
        view_.role = core::ViewerRole::Device;
        view_.language = language_;
        return true;
      }
    }
    if (status == remote::LinkStatus::Ready || status == remote::LinkStatus::Joined)
      greeted_ = true;
    const bool silent = status == remote::LinkStatus::Closed ||
                        (status == remote::LinkStatus::Connecting &&
                         std::chrono::steady_clock::now() - connectedAt_ > kNoAnswerAfter);
    if (silent && !greeted_ && pendingJoin_ && role_ == RemoteRole::Participant) {
      // Nobody answers at the address the person chose: back to the join screen to correct it.
      Tell(Both("Geen antwoord van " + address_ +
                    ". Klopt het adres op het grote scherm, en zit je op hetzelfde netwerk?",
                "No answer from " + address_ +
                    ". Check the address on the big screen, and that you are on the same network."),
           true);
      link_.reset();
      pendingJoin_.reset();
      shownStatus_ = remote::LinkStatus::Connecting;
      context_.notices = notices_.Current();
      return true;
    }
    if (status == remote::LinkStatus::Joined && !link_->Token().empty()) {
      if (store_.Token(host, port) != link_->Token()) store_.KeepToken(host, port, link_->Token());
      if (store_.HostKey(host, port) != link_->HostFingerprint())
        store_.KeepHostKey(host, port, link_->HostFingerprint());
    }
    if (status == remote::LinkStatus::WrongHost && backToKeptSeat_) {
      // The seat kept here belongs to a session with another key: not this host. Join afresh.
      Tell(Both("De sessie waarin je zat is niet meer op " + address_ +
                    ": daar antwoordt een andere sessie. Doe mee met "
                    "de code op het grote scherm.",
                "The session you sat in is no longer at " + address_ +
                    ": another session answers there. Join with the "
                    "code on the big screen."),
           true);
      link_.reset();
      shownStatus_ = remote::LinkStatus::Connecting;
      context_.notices = notices_.Current();
      return true;
    }
    if (status != shownStatus_) {
      shownStatus_ = status;
      dirty_ = true;
      if (status == remote::LinkStatus::Outdated) {
        Tell(Both("Deze app past niet bij de host. Werk de app bij.",
                  "This app does not match the host. Please update the app."),
             true);
      }
      if (status == remote::LinkStatus::WrongHost) {
        Tell(Both("Dit is niet de sessie op het grote scherm: een ander apparaat antwoordt op dit "
                  "adres. Scan de code op het "
                  "grote scherm opnieuw of vraag de trainer.",
                  "This is not the session on the big screen: another machine answers at this "
                  "address. Scan the code on the "
                  "big screen again or ask the trainer."),
             true);
      }
      if (status == remote::LinkStatus::Closed) {
        Tell(Both("De verbinding is weg; we proberen het opnieuw.",
                  "The connection dropped; trying again."),
             true);
      }
    }
    if (link_->JoinLinksReceived() != joinLinksShown_ && link_->LatestJoinLink()) {
      joinLinksShown_ = link_->JoinLinksReceived();
      context_.browserJoin = BrowserJoinOf(*link_->LatestJoinLink());
      dirty_ = true;
    }
    if (link_->SeatsTaken() != seatsSeen_) {
      seatsSeen_ = link_->SeatsTaken();
      context_.drafts = link_->Drafts();
      context_.draftsArrived += 1;
      dirty_ = true;
    }
    if (link_->ViewsReceived() != viewsShown_ && link_->View()) {
      viewsShown_ = link_->ViewsReceived();
      view_ = *link_->View();
      KeepOwnCopy();
      dirty_ = true;
    }
  }
  dirty_ |= notices_.Expire();
  if (!dirty_) return false;
  dirty_ = false;
  context_.notices = notices_.Current();
  return true;
}

void RemoteScreen::Send(const client::Intent& intent) {
  if (const client::GameIntent* game = client::AsGame(intent)) {
    if (link_) link_->Act(game->as, game->action);
  } else if (const auto* join = std::get_if<client::local::JoinSession>(&intent)) {
    pendingJoin_ = join->join;
    language_ = join->join.language;
    Connect(join->session);
  } else if (const auto* language = std::get_if<client::local::ChooseLanguage>(&intent)) {
    language_ = language->language;
    view_.language = language->language;
  } else if (std::holds_alternative<client::local::NextJoinAddress>(intent)) {
    if (link_) link_->NextJoinAddress();
  } else if (std::holds_alternative<client::local::ExportReport>(intent)) {
    // The report is written from the host's store, on the host's own machine.
    Tell(Both("Het verslag schrijf je op de laptop van de host: het console daar, of spirit-host "
              "--report latest.",
              "Write the report on the host's laptop: its console there, or spirit-host --report "
              "latest."),
         true);
  } else if (std::holds_alternative<client::local::SavePlan>(intent)) {
    SavePlan();
  } else if (const auto* drafts = std::get_if<client::local::KeepDrafts>(&intent)) {
    if (link_) {
      for (const auto& [field, text] : drafts->fields) link_->SaveDraft(field, text);
    }
    return;
  }
  dirty_ = true;
}

void RemoteScreen::KeepOwnCopy() {
  if (!view_.me) return;
  if (view_.phase != core::SessionPhase::Closed) {
    ownCopies_[view_.me->id] = *view_.me;
    return;
  }
  // Closing purges the plan and notes on the host; this device still shows what it last had, so
  // "Save my plan" on the closing screen saves it all. It goes when the app closes.
  if (auto kept = ownCopies_.find(view_.me->id); kept != ownCopies_.end()) {
    view_.me->plan = kept->second.plan;
    view_.me->notes = kept->second.notes;
  }
}

void RemoteScreen::SavePlan() {
  if (!view_.me) return;
  const Kept kept = store_.SavePlan(
      view_.me->name, client::PlanAsText(*view_.me, view_.sessionName, view_.language));
  Tell(kept.told, kept.problem);
}

}  // namespace spirit::app
