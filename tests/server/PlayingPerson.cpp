#include "PlayingPerson.h"

namespace spirit::test {

void PlayingPerson::Play(const std::string& code, bool writing) {
  link->Poll(0);
  if (link->Status() == remote::LinkStatus::Ready && !asked) {
    link->Join(code, {name}, core::DeviceKind::Personal);
    asked = true;
  }
  if (!writing || link->Status() != remote::LinkStatus::Joined || !link->View() ||
      !link->View()->me)
    return;
  if (std::chrono::steady_clock::now() < nextNote) return;
  nextNote = std::chrono::steady_clock::now() + std::chrono::milliseconds(150);
  written.push_back(name + " " + std::to_string(written.size() + 1));
  link->Act(link->View()->me->id, core::act::WriteNote{written.back()});
}

std::vector<std::string> PlayingPerson::Held() const {
  std::vector<std::string> held;
  if (link->View() && link->View()->me) {
    for (const auto& note : link->View()->me->notes) held.push_back(note.text);
  }
  return held;
}

std::unique_ptr<remote::RemoteSession> ConnectTo(int port, net::TransportKind transport) {
  return remote::RemoteSession::Connect("127.0.0.1", std::uint16_t(port), core::Language::Dutch,
                                        transport)
      .ValueOr(nullptr);
}

}  // namespace spirit::test
