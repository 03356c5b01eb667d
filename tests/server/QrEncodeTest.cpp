// The host's side of the QR code: the join URL, its encoding, and this machine's LAN addresses.
#include <gtest/gtest.h>

#include <algorithm>

#include "spirit/server/JoinLinks.h"
#include "spirit/server/LanAddresses.h"
#include "spirit/server/QrEncode.h"

using namespace spirit;

TEST(JoinUrl, CarriesTheAddressTheWebPortAndTheCode) {
  EXPECT_EQ(server::JoinUrl("192.168.1.20", 47809, "Z6CM4T", ""),
            "http://192.168.1.20:47809/?code=Z6CM4T");
  EXPECT_EQ(server::JoinUrl("192.168.1.20", 47809, "Z6CM4T", "K7QF2M9XABCDEFGHJKMNPQRSTV"),
            "http://192.168.1.20:47809/?code=Z6CM4T&key=K7QF2M9XABCDEFGHJKMNPQRSTV");
}

TEST(QrEncode, AJoinUrlBecomesASmallCodeAtLevelM) {
  std::string why = "not cleared";
  const auto code = server::EncodeQr("http://192.168.1.20:47809/?code=Z6CM4T", why);
  ASSERT_TRUE(code.has_value()) << why;
  EXPECT_EQ(why, "");
  EXPECT_EQ(code->size, 29) << "38 bytes in 8-bit mode at level M fit version 3";
  EXPECT_EQ(code->bits.size(), std::size_t(29 * 29 + 7) / 8);
  // The three finder patterns: a dark 7x7 ring in three corners, with a light ring inside it.
  for (auto [x, y] : {std::pair{0, 0}, {22, 0}, {0, 22}}) {
    EXPECT_TRUE(code->Dark(x, y) && code->Dark(x + 6, y + 6) && code->Dark(x + 3, y + 3));
    EXPECT_FALSE(code->Dark(x + 1, y + 1));
  }
}

TEST(QrEncode, TheSameTextGivesTheSameCodeAndCaseCounts) {
  std::string why;
  const auto lower = server::EncodeQr("http://10.0.0.5:47809/?code=abcdef", why);
  const auto again = server::EncodeQr("http://10.0.0.5:47809/?code=abcdef", why);
  const auto upper = server::EncodeQr("http://10.0.0.5:47809/?code=ABCDEF", why);
  ASSERT_TRUE(lower && again && upper);
  EXPECT_EQ(*lower, *again);
  EXPECT_NE(*lower, *upper) << "case-sensitive: the code is not folded";
}

TEST(QrEncode, AnOverLongUrlGivesNoCodeAndSaysWhy) {
  std::string why;
  const std::string url = "http://192.168.1.20:47809/?code=" + std::string(3000, 'A');
  EXPECT_FALSE(server::EncodeQr(url, why).has_value());
  EXPECT_NE(why.find("more than a QR code holds"), std::string::npos) << why;
  EXPECT_NE(why.find(std::to_string(url.size())), std::string::npos) << why;
}

TEST(QrEncode, NoTextGivesNoCode) {
  std::string why;
  EXPECT_FALSE(server::EncodeQr("", why).has_value());
  EXPECT_FALSE(why.empty());
}

TEST(QrEncode, TheLongestTextAtLevelMStillFitsAndOneMoreByteDoesNot) {
  std::string why;
  const auto largest = server::EncodeQr(std::string(2331, 'a'), why);
  ASSERT_TRUE(largest.has_value()) << why;
  EXPECT_EQ(largest->size, core::kQrMaxSize);
  EXPECT_FALSE(server::EncodeQr(std::string(2332, 'a'), why).has_value());
}

TEST(JoinLinks, MoveOnThroughEveryAddressAndBack) {
  const std::string key = "K7QF2M9XABCDEFGHJKMNPQRSTV";
  server::JoinLinks links({"192.168.1.20", "10.0.0.5"}, 47809, "Z6CM4T", key);
  EXPECT_EQ(links.Current().url, "http://192.168.1.20:47809/?code=Z6CM4T");
  EXPECT_EQ(links.Current().addresses, 2u);
  EXPECT_FALSE(links.Current().code.Empty()) << links.Problem();
  ASSERT_TRUE(links.Next());
  EXPECT_EQ(links.Current().url, "http://10.0.0.5:47809/?code=Z6CM4T");
  EXPECT_EQ(links.Current().address, 1u);
  std::string why;
  EXPECT_EQ(links.Current().code, *server::EncodeQr(links.Current().url + "&key=" + key, why))
      << "people type the short link; the code carries the host key too";
  EXPECT_EQ(links.Current().fingerprint, key);
  ASSERT_TRUE(links.Next());
  EXPECT_EQ(links.Current().address, 0u);
  server::JoinLinks alone({}, 47809, "Z6CM4T", key);
  EXPECT_EQ(alone.Current().url, "http://127.0.0.1:47809/?code=Z6CM4T")
      << "no LAN address: this machine";
  EXPECT_FALSE(alone.Next());
}

TEST(LanAddresses, TheDefaultRouteIsTheUpRouteToEverywhereWithTheLowestMetric) {
  const std::string table =
      "Iface\tDestination\tGateway \tFlags\tRefCnt\tUse\tMetric\tMask\t\tMTU\tWindow\tIRTT\n"
      "docker0\t000011AC\t00000000\t0001\t0\t0\t0\t0000FFFF\t0\t0\t0\n"
      "wlan0\t00000000\t0101A8C0\t0003\t0\t0\t600\t00000000\t0\t0\t0\n"
      "eth0\t00000000\t0100000A\t0003\t0\t0\t100\t00000000\t0\t0\t0\n"
      "tun0\t00000000\t00000000\t0000\t0\t0\t1\t00000000\t0\t0\t0\n";
  EXPECT_EQ(server::DefaultRouteInterface(table), "eth0");
  EXPECT_EQ(server::DefaultRouteInterface("Iface\tDestination\n"), "");
  EXPECT_EQ(server::DefaultRouteInterface(""), "");
}

TEST(LanAddresses, ListOnlyNonLoopbackIPv4AndFallBackToThisMachine) {
  const auto addresses = server::LanAddresses();
  for (const std::string& address : addresses) {
    EXPECT_NE(address.rfind("127.", 0), 0u) << address;
    EXPECT_EQ(std::count(address.begin(), address.end(), '.'), 3) << address;
  }
  EXPECT_EQ(server::LanAddress(), addresses.empty() ? "127.0.0.1" : addresses.front());
}
