// The join screen's check of a typed host address.
#include <gtest/gtest.h>

#include "spirit/net/HostAddress.h"

using spirit::net::IsHostAddress;
using spirit::net::TrimAddress;

namespace {

TEST(HostAddress, TakesAnAddressWithOrWithoutAPort) {
  EXPECT_TRUE(IsHostAddress("192.168.1.20"));
  EXPECT_TRUE(IsHostAddress("192.168.1.20:47809"));
  EXPECT_TRUE(IsHostAddress("  10.0.0.7:1 "));
  EXPECT_TRUE(IsHostAddress("127.0.0.1:65535"));
  EXPECT_TRUE(IsHostAddress("trainer-laptop.local"));
  EXPECT_TRUE(IsHostAddress("localhost:47809"));
}

TEST(HostAddress, RefusesWhatCannotBeAnAddress) {
  EXPECT_FALSE(IsHostAddress(""));
  EXPECT_FALSE(IsHostAddress("   "));
  EXPECT_FALSE(IsHostAddress("192.168.1"));
  EXPECT_FALSE(IsHostAddress("192.168.1.256"));
  EXPECT_FALSE(IsHostAddress("192.168.1.20."));
  EXPECT_FALSE(IsHostAddress("192.168.1.20:"));
  EXPECT_FALSE(IsHostAddress("192.168.1.20:0"));
  EXPECT_FALSE(IsHostAddress("192.168.1.20:65536"));
  EXPECT_FALSE(IsHostAddress("192.168.1.20:47a09"));
  EXPECT_FALSE(IsHostAddress(":47809"));
  EXPECT_FALSE(IsHostAddress("trainer laptop"));
  EXPECT_FALSE(IsHostAddress("-laptop"));
  EXPECT_FALSE(IsHostAddress("a..b"));
  EXPECT_FALSE(IsHostAddress("http://192.168.1.20"));
}

TEST(HostAddress, TrimsSpacesAndTabsAtBothEnds) {
  EXPECT_EQ(TrimAddress(" \t192.168.1.20:47809 \t"), "192.168.1.20:47809");
  EXPECT_EQ(TrimAddress("   "), "");
}

}  // namespace
