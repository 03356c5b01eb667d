// Where the web port sends a request, decided from its method and target alone.
#include <gtest/gtest.h>

#include "spirit/net/HttpRoute.h"

using spirit::net::AcceptsGzip;
using spirit::net::Compressible;
using spirit::net::MimeTypeFor;
using spirit::net::Route;
using spirit::net::RouteRequest;

TEST(HttpRoute, TheRootIsTheIndexAndFilesAreRelativePaths) {
  EXPECT_EQ(RouteRequest("GET", "/", false).kind, Route::Kind::Index);
  const Route file = RouteRequest("GET", "/assets/app.wasm", false);
  EXPECT_EQ(file.kind, Route::Kind::StaticFile);
  EXPECT_EQ(file.path, "assets/app.wasm");
  EXPECT_EQ(RouteRequest("HEAD", "/app.js", false).path, "app.js");
}

TEST(HttpRoute, TheQueryStringIsIgnored) {
  EXPECT_EQ(RouteRequest("GET", "/app.js?v=3&x=../../etc", false).path, "app.js");
  EXPECT_EQ(RouteRequest("GET", "/?lang=nl", false).kind, Route::Kind::Index);
}

TEST(HttpRoute, PercentEscapesAreDecoded) {
  EXPECT_EQ(RouteRequest("GET", "/my%20file.txt", false).path, "my file.txt");
  EXPECT_EQ(RouteRequest("GET", "/Zo%C3%AB.txt", false).path, "Zo\xC3\xAB.txt");
}

TEST(HttpRoute, OnlyGetAndHeadAreServed) {
  for (const char* method : {"POST", "PUT", "DELETE", "OPTIONS", "PATCH", "get"}) {
    const Route route = RouteRequest(method, "/", false);
    EXPECT_EQ(route.kind, Route::Kind::Refused) << method;
    EXPECT_EQ(route.status, 405u) << method;
    EXPECT_FALSE(route.reason.empty());
  }
}

TEST(HttpRoute, NothingLeavesTheWebRoot) {
  for (const char* target :
       {"/../secret", "/a/../../secret", "/%2e%2e/secret", "/%2E%2E/secret",
        "/a/%2e%2e/%2e%2e/secret", "/..", "/./index.html", "/a%2f..%2f..%2fsecret",
        "/a%2F..%2Fsecret", "/a%5c..%5csecret", "/a\\..\\secret", "/secret%00.html",
        "/bad%zzescape", "/cut%2", "/tab%09name", "/line%0aname"}) {
    const Route route = RouteRequest("GET", target, false);
    EXPECT_EQ(route.kind, Route::Kind::Refused) << target;
    EXPECT_GE(route.status, 400u) << target;
    EXPECT_LT(route.status, 500u) << target;
  }
}

TEST(HttpRoute, OnlyOriginFormTargetsAreServed) {
  for (const char* target :
       {"", "*", "http://example.com/index.html", "example.com:80", "index.html"}) {
    EXPECT_EQ(RouteRequest("GET", target, false).status, 400u) << target;
  }
}

TEST(HttpRoute, HiddenNamesAreNotFound) {
  EXPECT_EQ(RouteRequest("GET", "/.git/config", false).status, 404u);
  EXPECT_EQ(RouteRequest("GET", "/a/.env", false).status, 404u);
}

TEST(HttpRoute, AnOverlongTargetIsRefused) {
  EXPECT_EQ(
      RouteRequest("GET", "/" + std::string(spirit::net::kMaxTargetLength, 'a'), false).status,
      414u);
}

TEST(HttpRoute, TheWebSocketPathNeedsAnUpgradeAndNothingElseUpgrades) {
  EXPECT_EQ(RouteRequest("GET", "/ws", true).kind, Route::Kind::WebSocket);
  EXPECT_EQ(RouteRequest("GET", "/ws?token=1", true).kind, Route::Kind::WebSocket);
  EXPECT_EQ(RouteRequest("GET", "/ws", false).status, 426u);
  EXPECT_EQ(RouteRequest("GET", "/other", true).status, 404u);
  EXPECT_EQ(RouteRequest("HEAD", "/ws", true).status, 400u);
}

TEST(HttpRoute, MimeTypesFollowTheExtension) {
  EXPECT_EQ(MimeTypeFor("spirit.wasm"), "application/wasm");
  EXPECT_EQ(MimeTypeFor("a/b/index.html"), "text/html; charset=utf-8");
  EXPECT_EQ(MimeTypeFor("spirit.js"), "text/javascript; charset=utf-8");
  EXPECT_EQ(MimeTypeFor("worker.mjs"), "text/javascript; charset=utf-8");
  EXPECT_EQ(MimeTypeFor("style.CSS"), "text/css; charset=utf-8");
  EXPECT_EQ(MimeTypeFor("logo.png"), "image/png");
  EXPECT_EQ(MimeTypeFor("icon.svg"), "image/svg+xml");
  EXPECT_EQ(MimeTypeFor("deck.json"), "application/json");
  EXPECT_EQ(MimeTypeFor("favicon.ico"), "image/x-icon");
  EXPECT_EQ(MimeTypeFor("notes.txt"), "text/plain; charset=utf-8");
  EXPECT_EQ(MimeTypeFor("spirit.data"), "application/octet-stream");
  EXPECT_EQ(MimeTypeFor("font.woff2"), "font/woff2");
  EXPECT_EQ(MimeTypeFor("DejaVuSans.ttf"), "font/ttf");
  EXPECT_EQ(MimeTypeFor("no-extension"), "application/octet-stream");
  EXPECT_EQ(MimeTypeFor("dir.d/no-extension"), "application/octet-stream");
}

TEST(HttpRoute, TextAndWasmCompressButImagesDoNot) {
  EXPECT_TRUE(Compressible(MimeTypeFor("a.html")));
  EXPECT_TRUE(Compressible(MimeTypeFor("a.js")));
  EXPECT_TRUE(Compressible(MimeTypeFor("a.wasm")));
  EXPECT_TRUE(Compressible(MimeTypeFor("a.svg")));
  EXPECT_TRUE(Compressible(MimeTypeFor("a.ttf")));
  EXPECT_FALSE(Compressible(MimeTypeFor("a.png")));
  EXPECT_FALSE(Compressible(MimeTypeFor("a.jpg")));
  EXPECT_FALSE(Compressible(MimeTypeFor("a.woff2")));
}

TEST(HttpRoute, AcceptEncodingIsReadWithItsQualities) {
  EXPECT_TRUE(AcceptsGzip("gzip"));
  EXPECT_TRUE(AcceptsGzip("gzip, deflate, br"));
  EXPECT_TRUE(AcceptsGzip("br;q=1.0, GZIP;q=0.5"));
  EXPECT_TRUE(AcceptsGzip("*"));
  EXPECT_FALSE(AcceptsGzip(""));
  EXPECT_FALSE(AcceptsGzip("br, deflate"));
  EXPECT_FALSE(AcceptsGzip("gzip;q=0"));
  EXPECT_FALSE(AcceptsGzip("gzip; q=0.000, br"));
  EXPECT_FALSE(AcceptsGzip("*, gzip;q=0"));
  EXPECT_FALSE(AcceptsGzip("*;q=0"));
}
