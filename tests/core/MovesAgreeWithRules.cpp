#include "MovesAgreeWithRules.h"

#include <algorithm>

namespace spirit::test {

using namespace spirit::core;

namespace {

std::string Said(const std::optional<RefusalCode>& code) {
  return code ? std::string(RefusalName(*code)) : std::string("accepted");
}

class Comparison {
 public:
  Comparison(const SessionState& state, const Actor& actor)
      : state_(state), actor_(actor), scratch_(state) {}

  // What ApplyInPlace says to this action on a copy: the refusal, or nothing when accepted. A
  // refusal leaves the copy as it was (the playout checks that), so only an accepted one renews it.
  std::optional<RefusalCode> RulesSay(const Action& action) {
    auto result = ApplyInPlace(scratch_, actor_, action);
    if (const auto* refusal = std::get_if<Refusal>(&result)) return refusal->code;
    scratch_ = state_;
    return std::nullopt;
  }

  // The view's check must match the rules' answer exactly, reason included.
  void Same(const char* what, const MoveCheck& check, const Action& action) {
    const auto rules = RulesSay(action);
    if (rules != check.refusal) {
      problems_.push_back(std::string(what) + ": the view says " + Said(check.refusal) +
                          ", the rules say " + Said(rules));
    }
  }

  // A listed move is accepted exactly for the listed candidates.
  template <class Id>
  void Listed(const char* what, const std::vector<Id>& listed, Id candidate, const Action& action) {
    const bool inList = std::find(listed.begin(), listed.end(), candidate) != listed.end();
    const bool accepted = !RulesSay(action).has_value();
    if (inList != accepted) {
      problems_.push_back(std::string(what) + " " + std::to_string(candidate) + ": listed " +
                          std::to_string(inList) + ", accepted " + std::to_string(accepted));
    }
  }

  void Expect(bool holds, const std::string& what) {
    if (!holds) problems_.push_back(what);
  }

  std::vector<std::string> Problems() { return std::move(problems_); }

 private:
  const SessionState& state_;
  const Actor& actor_;
  SessionState scratch_;
  std::vector<std::string> problems_;
};

std::string CardAt(const SessionState& state, const Participant* holder) {
  if (holder == nullptr || holder->group < 0 || state.phase != SessionPhase::Rounds) return {};
  const Card* card = CardInPlayAt(state, holder->group);
  return card != nullptr ? card->id : std::string();
}

void CompareCardMoves(Comparison& compare, const Moves& moves, const SessionState& state,
                      const Actor& actor, const Participant* holder) {
  const std::string card = CardAt(state, holder);
  compare.Same("draw", moves.draw, act::Draw{});
  if (moves.draw.Allowed()) {
    SessionState copy = state;
    ApplyInPlace(copy, actor, act::Draw{});
    const auto& drawn = copy.groups[holder->group].table.card;
    compare.Expect(drawn && drawn->reader == moves.drawFor,
                   "draw: drawn for someone else than the view said");
  }
  const Card* face =
      holder != nullptr && !card.empty() ? CardInPlayAt(state, holder->group) : nullptr;
  const int choices = face != nullptr ? std::max(1, ChoiceCount(*face)) : 1;
  for (int choice = 0; choice < choices; ++choice) {
    compare.Same("choose", moves.choose, act::ChooseOption{card, choice});
    compare.Same("position", moves.position, act::PlacePosition{card, choice});
  }
  compare.Same("mark yes", moves.mark, act::MarkSignal{card, true});
  compare.Same("mark no", moves.mark, act::MarkSignal{card, false});
  compare.Same("reveal", moves.reveal, act::Reveal{card});
  compare.Same("recognise", moves.recognise, act::MarkRecognisable{card});
  compare.Same("commit", moves.commit,
               act::Commit{card, "Ik neem een pauze", CommitmentKind::Myself});
  compare.Same("commit", moves.commit,
               act::Commit{card, "Hulp vragen", CommitmentKind::FromOthers});
  compare.Same("pass", moves.pass, act::Pass{card});
  compare.Same("done", moves.done, act::Done{card});
  compare.Same("insight", moves.insight, act::AddInsight{"Samen is beter", true, ""});
  if (!card.empty())
    compare.Same("insight on the card", moves.insight,
                 act::AddInsight{"Op deze kaart", false, card});
  const int participants = int(state.participants.size());
  compare.Expect(moves.give.Allowed() == !moves.giveTo.empty(),
                 "give: allowed disagrees with its list");
  if (moves.giveTo.empty())
    compare.Same("give to nobody", moves.give, act::GiveResource{card, 0, "Dank je"});
  for (ParticipantId to = 0; to <= ParticipantId(participants + 1); ++to) {
    compare.Listed("give to", moves.giveTo, to, act::GiveResource{card, to, "Dank je"});
  }
  for (InsightId id = 0; id <= state.nextInsight; ++id)
    compare.Listed("+1 on", moves.plusOneOn, id, act::PlusOne{id});
}

void ComparePersonalMoves(Comparison& compare, const Moves& moves, const SessionState& state,
                          const Participant* holder) {
  const int planSize = holder != nullptr ? int(holder->plan.size()) : 0;
  for (int i = 0; i < planSize; ++i)
    compare.Same("share with the group", moves.shareWithGroup, act::ShareWithGroup{i});
  for (int i = -1; i < planSize; ++i)
    compare.Same("share with the room", moves.shareWithRoom, act::ShareWithRoom{i});
  compare.Same("note", moves.note, act::WriteNote{"Voor mezelf"});
  compare.Same("time-out", moves.timeOut, act::TimeOut{});
  compare.Same("take the tablet", moves.takeDevice, act::TakeDevice{});
  compare.Same("language", moves.setLanguage, act::SetLanguage{Language::English});
  compare.Same("language", moves.setLanguage, act::SetLanguage{Language::Dutch});
  compare.Same("leave", moves.leave, act::Leave{});
  compare.Expect(moves.handDevice.Allowed() == !moves.handTo.empty(),
                 "hand the tablet: allowed disagrees with its list");
  for (ParticipantId to = 0; to <= ParticipantId(state.participants.size() + 1); ++to) {
    compare.Listed("hand the tablet to", moves.handTo, to, act::HandDeviceTo{to});
  }
}

View WithoutClock(View view) {
  view.version = 0;
  view.now = 0;
  view.timer.remaining = 0;
  view.timer.played = 0;
  return view;
}

}  // namespace

std::vector<std::string> MovesDisagreeingWithRules(const SessionState& state, DeviceId id) {
  const Device& device = *FindDevice(state, id);
  const Actor actor = Actor::Player(id, device.holder);
  const Participant* holder = FindParticipant(state, device.holder);
  const Moves moves = ViewFor(state, Viewer::OfDevice(id)).moves;
  Comparison compare(state, actor);
  compare.Expect(moves.player == device.holder, "the moves are for someone else than the holder");
  CompareCardMoves(compare, moves, state, actor, holder);
  ComparePersonalMoves(compare, moves, state, holder);
  return compare.Problems();
}

ViewsByViewer EveryViewNow(const SessionState& state) {
  ViewsByViewer views;
  views["big screen"] = WithoutClock(ViewFor(state, Viewer::BigScreen()));
  views["facilitator"] = WithoutClock(ViewFor(state, Viewer::Facilitator()));
  for (const Device& device : state.devices) {
    views["device " + std::to_string(device.id)] =
        WithoutClock(ViewFor(state, Viewer::OfDevice(device.id)));
  }
  return views;
}

std::vector<std::string> StaleViewers(const ViewsByViewer& before, const ViewsByViewer& after,
                                      const Concerned& concerned, const SessionState& state) {
  std::vector<std::string> stale;
  if (concerned.everyone) return stale;
  const std::set<DeviceId> reached = DevicesReached(concerned, state);
  for (const auto& [viewer, view] : after) {
    auto old = before.find(viewer);
    if (old != before.end() && old->second == view) continue;
    const bool room = viewer == "big screen" || viewer == "facilitator";
    const bool heard =
        room
            ? concerned.Room()
            : reached.count(DeviceId(std::stoul(viewer.substr(std::string("device ").size())))) > 0;
    if (!heard) stale.push_back(viewer);
  }
  return stale;
}

}  // namespace spirit::test
