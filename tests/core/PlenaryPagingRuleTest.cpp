// The facilitator's "next page" and "previous page" in the plenary: only the facilitator, only in
// the plenary; the big screen's view carries the turns, and showing a station starts it afresh.
#include <gtest/gtest.h>

#include "support/Builders.h"

using namespace spirit::core;
using spirit::test::SessionDriver;

TEST(PlenaryPaging, OnlyTheFacilitatorTurnsPagesAndOnlyInThePlenary) {
  SessionDriver session = spirit::test::TwoGroupsOfTwo();
  session.Refused(Actor::Facilitator(), act::TurnPlenaryPage{1}, RefusalCode::NotInPlenary);
  session.Ok(Actor::Facilitator(), act::EndCarousel{});
  session.Refused(session.As(1), act::TurnPlenaryPage{1}, RefusalCode::FacilitatorOnly);
  session.Refused(Actor::Guest(), act::TurnPlenaryPage{1}, RefusalCode::FacilitatorOnly);
  session.Refused(Actor::System(), act::TurnPlenaryPage{1}, RefusalCode::FacilitatorOnly);
  session.Refused(Actor::Facilitator(), act::TurnPlenaryPage{2}, RefusalCode::InvalidSetting);
  session.Refused(Actor::Facilitator(), act::TurnPlenaryPage{0}, RefusalCode::InvalidSetting);
  session.Ok(Actor::Facilitator(), act::TurnPlenaryPage{1});
  session.Ok(Actor::Facilitator(), act::CloseSession{});
  session.Refused(Actor::Facilitator(), act::TurnPlenaryPage{1}, RefusalCode::SessionOver);
}

TEST(PlenaryPaging, PagesTurnByThemselvesUntilTheFacilitatorTurnsOne) {
  SessionDriver session = spirit::test::TwoGroupsOfTwo();
  session.Advance(30 * kSecond);
  session.Ok(Actor::Facilitator(), act::EndCarousel{});
  const Millis shown = session.State().now;
  EXPECT_EQ(ViewFor(session.State(), Viewer::BigScreen()).plenaryPaging,
            (PlenaryPaging{shown, -1, 0}))
      << "the plenary's first station turns by itself from its first page";
  session.Advance(25 * kSecond);
  session.Ok(Actor::Facilitator(), act::TurnPlenaryPage{1});
  const Millis pressed = session.State().now;
  session.Advance(40 * kSecond);
  session.Ok(Actor::Facilitator(), act::TurnPlenaryPage{1});
  session.Ok(Actor::Facilitator(), act::TurnPlenaryPage{1});
  session.Ok(Actor::Facilitator(), act::TurnPlenaryPage{-1});
  const View screen = ViewFor(session.State(), Viewer::BigScreen());
  EXPECT_EQ(screen.plenaryPaging, (PlenaryPaging{shown, pressed, 2}))
      << "reckoned from the first press: the pages wait for the facilitator since";
  EXPECT_EQ(ViewFor(session.State(), Viewer::Facilitator()).plenaryPaging, screen.plenaryPaging);
}

TEST(PlenaryPaging, ShowingAStationStartsItsPagesAgainByThemselves) {
  SessionDriver session = spirit::test::TwoGroupsOfTwo();
  session.Ok(Actor::Facilitator(), act::EndCarousel{});
  session.Ok(Actor::Facilitator(), act::TurnPlenaryPage{1});
  session.Advance(5 * kSecond);
  session.Ok(Actor::Facilitator(), act::ShowStation{1});
  EXPECT_EQ(session.State().plenaryPaging, (PlenaryPaging{session.State().now, -1, 0}));
  session.Ok(Actor::Facilitator(), act::TurnPlenaryPage{-1});
  EXPECT_EQ(session.State().plenaryPaging.turns, -1) << "back from the first page: the last";
}
