// The host's side of the QR code: the join URL, its encoding, and this machine's LAN addresses.
#include <gtest/gtest.h>

#include <algorithm>

#include "spirit/server/JoinLinks.h"
#include "spirit/server/LanAddresses.h"
#include "spirit/server/QrEncode.h"
#include "support/Succeeded.h"

using namespace spirit;

TEST(JoinUrl, CarriesTheAddressTheWebPortAndTheCode) {
  EXPECT_EQ(server::JoinUrl("192.168.1.20", 47809, "Z6CM4T", ""),
            "http://192.168.1.20:47809/?code=Z6CM4T");
  EXPECT_EQ(server::JoinUrl("192.168.1.20", 47809, "Z6CM4T", "K7QF2M9XABCDEFGHJKMNPQRSTV"),
            "http://192.168.1.20:47809/?code=Z6CM4T&key=K7QF2M9XABCDEFGHJKMNPQRSTV");
}

TEST(QrEncode, AJoinUrlBecomesASmallCodeAtLevelM) {
  const auto encoded = server::EncodeQr("http://192.168.1.20:47809/?code=Z6CM4T");
  ASSERT_TRUE(encoded) << encoded.Error().text.en;
  const core::QrMatrix* code = &encoded.Value();
  EXPECT_EQ(code->size, 29) << "38 bytes in 8-bit mode at level M fit version 3";
  EXPECT_EQ(code->bits.size(), std::size_t(29 * 29 + 7) / 8);
  // The three finder patterns: a dark 7x7 ring in three corners, with a light ring inside it.
  for (auto [x, y] : {std::pair{0, 0}, {22, 0}, {0, 22}}) {
    EXPECT_TRUE(code->Dark(x, y) && code->Dark(x + 6, y + 6) && code->Dark(x + 3, y + 3));
    EXPECT_FALSE(code->Dark(x + 1, y + 1));
  }
}

TEST(QrEncode, TheSameTextGivesTheSameCodeAndCaseCounts) {
  const auto lower = server::EncodeQr("http://10.0.0.5:47809/?code=abcdef");
  const auto again = server::EncodeQr("http://10.0.0.5:47809/?code=abcdef");
  const auto upper = server::EncodeQr("http://10.0.0.5:47809/?code=ABCDEF");
  ASSERT_TRUE(lower && again && upper);
  EXPECT_EQ(lower.Value(), again.Value());
  EXPECT_NE(lower.Value(), upper.Value()) << "case-sensitive: the code is not folded";
}

TEST(QrEncode, AnOverLongUrlGivesNoCodeAndSaysWhy) {
  const std::string url = "http://192.168.1.20:47809/?code=" + std::string(3000, 'A');
  const auto encoded = server::EncodeQr(url);
  ASSERT_FALSE(encoded);
  EXPECT_EQ(encoded.Error().reason, server::HostFailure::QrTextTooLong);
  const std::string& why = encoded.Error().text.en;
  EXPECT_NE(why.find("more than a QR code holds"), std::string::npos) << why;
  EXPECT_NE(why.find(std::to_string(url.size())), std::string::npos) << why;
}

TEST(QrEncode, NoTextGivesNoCode) {
  const auto encoded = server::EncodeQr("");
  ASSERT_FALSE(encoded);
  EXPECT_EQ(encoded.Error().reason, server::HostFailure::QrTextEmpty);
  EXPECT_FALSE(encoded.Error().text.en.empty());
  EXPECT_FALSE(encoded.Error().text.nl.empty());
}

TEST(QrEncode, TheLongestTextAtLevelMStillFitsAndOneMoreByteDoesNot) {
  const auto largest = server::EncodeQr(std::string(2331, 'a'));
  ASSERT_TRUE(largest) << largest.Error().text.en;
  EXPECT_EQ(largest.Value().size, core::kQrMaxSize);
  EXPECT_FALSE(server::EncodeQr(std::string(2332, 'a')));
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
  EXPECT_EQ(links.Current().code,
            test::Succeeded(server::EncodeQr(links.Current().url + "&key=" + key)))
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
