#include "RemoteScreen.h"

#include <chrono>

#include "BrowserJoinOf.h"
#include "RemoteTexts.h"
#include "spirit/client/PlanText.h"
#include "spirit/net/HostAddress.h"
#include "spirit/protocol/ProtocolRefusal.h"

namespace spirit::app {

namespace {

// A host on the same network answers within a moment; after this long a join gives up.
constexpr auto kNoAnswerAfter = std::chrono::seconds(6);

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
  std::string host;
  std::uint16_t port = 0;
  if (!net::ParseHostPort(address, net::kDefaultGamePort, host, port)) {
    Tell(BadAddressText(address), true);
    return;
  }
  // The key the host must prove: the QR code's; else, coming back to a kept seat, the key of the
  // session that seat belongs to, so another machine at this address never sees the seat's token.
  std::string expected = hostKey_;
  backToKeptSeat_ = role_ == RemoteRole::Participant && !pendingJoin_ && expected.empty();
  if (backToKeptSeat_) expected = store_.HostKey(host, port);
  link_ =
      remote::RemoteSession::Connect(host, port, language_, transport_, expected).ValueOr(nullptr);
  rejoinAsked_ = false;
  greeted_ = false;
  connectedAt_ = std::chrono::steady_clock::now();
  if (!link_) {
    Tell(CannotConnectText(address), true);
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
  if (link_ && FollowLink()) return true;
  dirty_ |= notices_.Expire();
  if (!dirty_) return false;
  dirty_ = false;
  context_.notices = notices_.Current();
  return true;
}

bool RemoteScreen::FollowLink() {
  link_->Poll(0);
  const remote::LinkStatus status = link_->Status();
  Where where;
  net::ParseHostPort(address_, net::kDefaultGamePort, where.host, where.port);
  if (status == remote::LinkStatus::Ready) AskForSeatOrView(where);
  if (TakeRefusals(status, where)) return true;
  if (status == remote::LinkStatus::Ready || status == remote::LinkStatus::Joined) greeted_ = true;
  if (GiveUpWhenSilent(status)) return true;
  if (status == remote::LinkStatus::Joined && !link_->Token().empty()) KeepSeat(where);
  if (status == remote::LinkStatus::WrongHost && backToKeptSeat_) {
    // The seat kept here belongs to a session with another key: not this host. Join afresh.
    Tell(SeatElsewhereText(address_), true);
    link_.reset();
    shownStatus_ = remote::LinkStatus::Connecting;
    context_.notices = notices_.Current();
    return true;
  }
  if (status != shownStatus_) TellStatus(status);
  TakeNews();
  return false;
}

void RemoteScreen::AskForSeatOrView(const Where& where) {
  if (role_ != RemoteRole::Participant && !watching_) {
    if (role_ == RemoteRole::Console) {
      link_->LoginFacilitator(token_);
    } else {
      link_->WatchBigScreen(token_);
    }
    watching_ = true;
  } else if (role_ == RemoteRole::Participant) {
    if (const std::string stored = store_.Token(where.host, where.port);
        !stored.empty() && link_->Token().empty() && !pendingJoin_ && !rejoinAsked_) {
      link_->Rejoin(stored);
      rejoinAsked_ = true;
    } else if (pendingJoin_ && !pendingJoin_->names.empty()) {
      link_->Join(pendingJoin_->joinCode, pendingJoin_->names, pendingJoin_->kind);
      pendingJoin_->names.clear();
    }
  }
}

bool RemoteScreen::TakeRefusals(remote::LinkStatus status, const Where& where) {
  for (const auto& refused : link_->TakeRefusals()) {
    if (protocol::Is(refused, protocol::ProtocolRefusal::UnknownToken)) {
      store_.KeepToken(where.host, where.port, "");
      store_.KeepHostKey(where.host, where.port, "");
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
  return false;
}

bool RemoteScreen::GiveUpWhenSilent(remote::LinkStatus status) {
  const bool silent = status == remote::LinkStatus::Closed ||
                      (status == remote::LinkStatus::Connecting &&
                       std::chrono::steady_clock::now() - connectedAt_ > kNoAnswerAfter);
  if (!silent || greeted_ || !pendingJoin_ || role_ != RemoteRole::Participant) return false;
  // Nobody answers at the address the person chose: back to the join screen to correct it.
  Tell(NoAnswerText(address_), true);
  link_.reset();
  pendingJoin_.reset();
  shownStatus_ = remote::LinkStatus::Connecting;
  context_.notices = notices_.Current();
  return true;
}

void RemoteScreen::KeepSeat(const Where& where) {
  if (store_.Token(where.host, where.port) != link_->Token())
    store_.KeepToken(where.host, where.port, link_->Token());
  if (store_.HostKey(where.host, where.port) != link_->HostFingerprint())
    store_.KeepHostKey(where.host, where.port, link_->HostFingerprint());
}

void RemoteScreen::TellStatus(remote::LinkStatus status) {
  shownStatus_ = status;
  dirty_ = true;
  if (status == remote::LinkStatus::Outdated) Tell(OutdatedAppText(), true);
  if (status == remote::LinkStatus::WrongHost) Tell(NotThisSessionText(), true);
  if (status == remote::LinkStatus::Closed) Tell(LinkDroppedText(), true);
}

void RemoteScreen::TakeNews() {
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
    ownCopies_.KeepOrRestore(view_);
    dirty_ = true;
  }
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
    Tell(ReportOnHostText(), true);
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

void RemoteScreen::SavePlan() {
  if (!view_.me) return;
  const Kept kept = store_.SavePlan(
      view_.me->name, client::PlanAsText(*view_.me, view_.sessionName, view_.language));
  Tell(kept.told, kept.problem);
}

}  // namespace spirit::app
