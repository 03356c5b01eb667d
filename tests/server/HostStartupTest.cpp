// What spirit-host prints at its start: where the app and browsers join.
#include <gtest/gtest.h>

#include <unistd.h>

#include "HostProcess.h"
#include "spirit/server/JoinLinks.h"
#include "spirit/server/LanAddresses.h"

using namespace spirit;

TEST(HostStartup, TheBrowsersLineIsTheWholeJoinUrlWithTheCode) {
  const int port = 14000 + ::getpid() % 9000;
  test::HostProcess running = test::StartHostProcess(port, {});
  ASSERT_FALSE(running.code.empty()) << "the host did not start";
  // The link to type; the QR code adds the session key's fingerprint.
  EXPECT_EQ(running.browsers,
            server::JoinUrl(server::LanAddress(), std::uint16_t(port), running.code, ""));
  EXPECT_NE(running.browsers.find("/?code=" + running.code), std::string::npos) << running.browsers;
  running.child.Stop();
}
