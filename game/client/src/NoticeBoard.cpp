#include "spirit/client/NoticeBoard.h"

#include <SDL.h>

namespace spirit::client {

namespace {
constexpr std::uint64_t kNoticeMillis = 6000;
}

void NoticeBoard::Tell(core::Text text, bool problem) {
  notices_.push_back({SDL_GetTicks64() + kNoticeMillis, Notice{std::move(text), problem}});
  while (notices_.size() > 3) notices_.pop_front();
}

bool NoticeBoard::Expire() {
  bool changed = false;
  while (!notices_.empty() && notices_.front().first <= SDL_GetTicks64()) {
    notices_.pop_front();
    changed = true;
  }
  return changed;
}

std::vector<Notice> NoticeBoard::Current() const {
  std::vector<Notice> current;
  for (const auto& [expires, notice] : notices_) current.push_back(notice);
  return current;
}

}  // namespace spirit::client
