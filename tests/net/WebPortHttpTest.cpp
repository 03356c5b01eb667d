// The host's web port serves the web build's files to browsers, and nothing else.
#include <gtest/gtest.h>
#include <sys/resource.h>

#include <filesystem>
#include <memory>
#include <thread>

#include "WebRig.h"

using namespace spirit;
using spirit::test::Fetch;
using spirit::test::HttpReply;
using spirit::test::RawConnection;
using spirit::test::WebRig;

namespace {

constexpr const char* kSecret = "TOP SECRET: the host's private file";

// Text that gzip shrinks a lot, of about `size` bytes.
std::string Repetitive(std::size_t size, const std::string& unit) {
  std::string text;
  while (text.size() < size) text += unit;
  return text;
}

// A web root with a page, a wasm, a script, an image, folders with and without an index, and two
// symlinks that point outside it.
class WebPort : public ::testing::Test {
 protected:
  WebPort() {
    secretFile = base.Write("outside/secret.txt", kSecret);
    root = base.Path() / "root";
    base.Write("root/index.html", Repetitive(4000, "<p>Spirit, the web build</p>\n"));
    base.Write("root/app.wasm", wasm);
    base.Write("root/app.js", Repetitive(3000, "console.log('spirit');\n"));
    base.Write("root/logo.png", Repetitive(3000, "\x89PNG pixels "));
    base.Write("root/sub/file.txt", "a file in a folder without an index");
    base.Write("root/docs/index.html", "<p>docs</p>");
    std::filesystem::create_directory_symlink(base.Path() / "outside", root / "escape");
    std::filesystem::create_symlink(secretFile, root / "secret.txt");
  }

  // Starts the server on the web root (with changes to the default options).
  WebRig& Start(net::WebServerOptions options = {}) {
    if (options.webRoot.empty()) options.webRoot = root;
    options.runningPage = "<p>The host is running.</p>";
    rig = std::make_unique<WebRig>(options);
    return *rig;
  }

  // GET (or another method) on a new connection.
  HttpReply Get(const std::string& target,
                std::vector<std::pair<std::string, std::string>> headers = {},
                const std::string& method = "GET") {
    const std::uint16_t port = rig->Port();
    return rig->Serve([=] { return Fetch(port, method, target, headers); });
  }

  test::TempFolder base;
  std::filesystem::path root;
  std::filesystem::path secretFile;
  std::string wasm = Repetitive(50000, std::string("\0asm\x01\0\0\0 spirit module ", 22));
  std::unique_ptr<WebRig> rig;
};

}  // namespace

TEST_F(WebPort, ServesWebAssemblyWithItsMimeType) {
  Start();
  const HttpReply reply = Get("/app.wasm");
  ASSERT_EQ(reply.status, 200u) << reply.error;
  EXPECT_EQ(reply.Header("content-type"), "application/wasm");
  EXPECT_EQ(reply.body, wasm);
}

TEST_F(WebPort, GzipsACompressibleFileWhenTheBrowserAcceptsIt) {
  Start();
  const HttpReply packed = Get("/app.wasm", {{"Accept-Encoding", "gzip, deflate, br"}});
  ASSERT_EQ(packed.status, 200u) << packed.error;
  EXPECT_EQ(packed.Header("content-encoding"), "gzip");
  EXPECT_EQ(packed.Header("vary"), "Accept-Encoding");
  EXPECT_LT(packed.body.size(), wasm.size());
  EXPECT_EQ(test::Gunzip(packed.body), wasm);

  const HttpReply again = Get("/app.wasm", {{"Accept-Encoding", "gzip"}});  // from the cache
  EXPECT_EQ(again.body, packed.body);

  const HttpReply plain = Get("/app.wasm");
  ASSERT_EQ(plain.status, 200u) << plain.error;
  EXPECT_EQ(plain.Header("content-encoding"), "");
  EXPECT_EQ(plain.Header("vary"), "Accept-Encoding");
  EXPECT_EQ(plain.body, wasm);

  const HttpReply refused = Get("/app.wasm", {{"Accept-Encoding", "gzip;q=0"}});
  EXPECT_EQ(refused.Header("content-encoding"), "");
  EXPECT_EQ(refused.body, wasm);
}

TEST_F(WebPort, AFileChangedOnDiskIsServedAnew) {
  Start();
  EXPECT_EQ(test::Gunzip(Get("/app.js", {{"Accept-Encoding", "gzip"}}).body).substr(0, 7),
            "console");
  const std::string changed = Repetitive(5000, "alert('changed');\n");
  base.Write("root/app.js", changed);
  EXPECT_EQ(test::Gunzip(Get("/app.js", {{"Accept-Encoding", "gzip"}}).body), changed);
  EXPECT_EQ(Get("/app.js").body, changed);
}

TEST_F(WebPort, DoesNotGzipImages) {
  Start();
  const HttpReply reply = Get("/logo.png", {{"Accept-Encoding", "gzip"}});
  ASSERT_EQ(reply.status, 200u) << reply.error;
  EXPECT_EQ(reply.Header("content-type"), "image/png");
  EXPECT_EQ(reply.Header("content-encoding"), "");
}

TEST_F(WebPort, HeadGivesTheLengthButNoBody) {
  Start();
  const HttpReply reply = Get("/app.wasm", {}, "HEAD");
  ASSERT_EQ(reply.status, 200u) << reply.error;
  EXPECT_EQ(reply.Header("content-length"), std::to_string(wasm.size()));
  EXPECT_EQ(reply.Header("content-type"), "application/wasm");
  EXPECT_TRUE(reply.body.empty());
}

TEST_F(WebPort, OtherMethodsAreRefusedWithTheAllowedOnes) {
  Start();
  for (const char* method : {"POST", "PUT", "DELETE", "OPTIONS"}) {
    const HttpReply reply = Get("/index.html", {}, method);
    EXPECT_EQ(reply.status, 405u) << method << " " << reply.error;
    EXPECT_EQ(reply.Header("allow"), "GET, HEAD") << method;
    EXPECT_EQ(reply.Header("content-type"), "text/plain; charset=utf-8") << method;
    EXPECT_FALSE(reply.body.empty()) << method;
  }
  EXPECT_GE(rig->server->Counters().httpRefused, 4u);
}

TEST_F(WebPort, TheIndexIsRevalidatedAndOtherFilesCachedBriefly) {
  Start();
  const HttpReply index = Get("/");
  ASSERT_EQ(index.status, 200u) << index.error;
  EXPECT_EQ(index.Header("content-type"), "text/html; charset=utf-8");
  EXPECT_EQ(index.Header("cache-control"), "no-cache");
  EXPECT_EQ(index.body.substr(0, 9), "<p>Spirit");
  const HttpReply script = Get("/app.js?v=2");  // the query is ignored
  ASSERT_EQ(script.status, 200u) << script.error;
  EXPECT_EQ(script.Header("content-type"), "text/javascript; charset=utf-8");
  EXPECT_NE(script.Header("cache-control").find("max-age="), std::string::npos);
}

TEST_F(WebPort, AKnownVersionIsAnsweredNotModified) {
  Start();
  const HttpReply first = Get("/app.js");
  ASSERT_FALSE(first.Header("etag").empty());
  const HttpReply second = Get("/app.js", {{"If-None-Match", first.Header("etag")}});
  EXPECT_EQ(second.status, 304u) << second.error;
  EXPECT_TRUE(second.body.empty());
}

TEST_F(WebPort, NothingOutsideTheWebRootIsServed) {
  Start();
  for (const char* target :
       {"/../outside/secret.txt", "/%2e%2e/outside/secret.txt", "/%2E%2E/%2E%2E/outside/secret.txt",
        "/sub/../../outside/secret.txt", "/sub%2f..%2f..%2foutside%2fsecret.txt",
        "/sub%5c..%5c..%5coutside%5csecret.txt", "/..%5c..%5coutside%5csecret.txt", "/secret.txt",
        "/escape/secret.txt", "/escape/", "/escape", "/secret.txt%00.html",
        "http://127.0.0.1/../outside/secret.txt", "//escape/secret.txt"}) {
    const HttpReply reply = Get(target);
    EXPECT_GE(reply.status, 400u) << target << " " << reply.error;
    EXPECT_LT(reply.status, 500u) << target;
    EXPECT_EQ(reply.body.find("SECRET"), std::string::npos) << target;
  }
}

TEST_F(WebPort, ABackslashOrTraversalInTheRawRequestIsRefused) {
  Start();
  const std::uint16_t port = rig->Port();
  for (const std::string target :
       {"/..\\outside\\secret.txt", "/sub/..\\..\\outside/secret.txt", "../outside/secret.txt"}) {
    const std::string answer = rig->Serve([=] {
      RawConnection connection(port);
      connection.Send("GET " + target + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
      return connection.ReadUntilClosed();
    });
    EXPECT_EQ(answer.substr(0, 10), "HTTP/1.1 4") << target << ": " << answer;
    EXPECT_EQ(answer.find("SECRET"), std::string::npos) << target;
  }
}

TEST_F(WebPort, AFolderIsNeverListed) {
  Start();
  for (const char* target : {"/sub", "/sub/"}) {
    const HttpReply reply = Get(target);
    EXPECT_EQ(reply.status, 404u) << target << " " << reply.error;
    EXPECT_EQ(reply.body.find("file.txt"), std::string::npos) << target;
  }
  const HttpReply docs = Get("/docs/");
  EXPECT_EQ(docs.status, 200u) << docs.error;
  EXPECT_EQ(docs.body, "<p>docs</p>");
  EXPECT_EQ(Get("/sub/file.txt").status, 200u);
}

TEST_F(WebPort, TheRunningPageStandsInWhenThereIsNoWebBuild) {
  net::WebServerOptions options;
  options.webRoot = base.Path() / "missing";
  Start(options);
  const HttpReply page = Get("/");
  ASSERT_EQ(page.status, 200u) << page.error;
  EXPECT_EQ(page.body, "<p>The host is running.</p>");
  EXPECT_EQ(page.Header("content-type"), "text/html; charset=utf-8");
  EXPECT_EQ(Get("/app.js").status, 404u);
}

TEST_F(WebPort, TheRunningPageStandsInWhenTheWebRootHasNoIndex) {
  net::WebServerOptions options;
  options.webRoot = root / "sub";
  Start(options);
  EXPECT_EQ(Get("/").body, "<p>The host is running.</p>");
  EXPECT_EQ(Get("/file.txt").status, 200u);
}

TEST_F(WebPort, TheWebSocketAddressWithoutAnUpgradeIsRefused) {
  Start();
  EXPECT_EQ(Get(net::kWebSocketPath).status, 426u);
}

TEST_F(WebPort, AnOversizedHeaderIsRefusedAndOthersAreStillServed) {
  Start();
  const HttpReply big = Get("/", {{"X-Padding", std::string(16 * 1024, 'a')}});
  EXPECT_EQ(big.status, 431u) << big.error;
  const HttpReply next = Get("/");
  EXPECT_EQ(next.status, 200u) << next.error;
}

TEST_F(WebPort, AnOversizedBodyIsRefused) {
  Start();
  const std::uint16_t port = rig->Port();
  const std::string answer = rig->Serve([=] {
    RawConnection connection(port);
    connection.Send("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 4096\r\n\r\n" +
                    std::string(4096, 'b'));
    return connection.ReadUntilClosed();
  });
  EXPECT_EQ(answer.substr(0, 12), "HTTP/1.1 413") << answer;
}

TEST_F(WebPort, KeepAliveServesSeveralRequestsOnOneConnection) {
  Start();
  const std::uint16_t port = rig->Port();
  const std::string answer = rig->Serve([=] {
    RawConnection connection(port);
    connection.Send(
        "GET /sub/file.txt HTTP/1.1\r\nHost: x\r\n\r\nGET /docs/ HTTP/1.1\r\nHost: "
        "x\r\nConnection: close\r\n\r\n");
    return connection.ReadUntilClosed();
  });
  EXPECT_NE(answer.find("a file in a folder"), std::string::npos) << answer;
  EXPECT_NE(answer.find("<p>docs</p>"), std::string::npos) << answer;
  EXPECT_EQ(rig->server->Counters().httpRequests, 2u);
}

TEST_F(WebPort, AClientSendingItsRequestByTheByteIsClosed) {
  net::WebServerOptions options;
  options.requestTimeoutMs = 500;
  Start(options);
  const std::uint16_t port = rig->Port();
  const bool closed = rig->Serve([=] {
    RawConnection connection(port);
    const std::string request =
        "GET /index.html HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: " + std::string(60, 's') +
        "\r\n\r\n";
    for (char byte : request) {
      if (!connection.Send(std::string(1, byte))) return true;
      if (connection.ClosedByPeer(100)) return true;
    }
    return false;
  });
  EXPECT_TRUE(closed);
  EXPECT_GE(rig->server->Counters().timedOut, 1u);
}

TEST_F(WebPort, AnIdleKeptAliveConnectionIsClosed) {
  net::WebServerOptions options;
  options.idleTimeoutMs = 300;
  Start(options);
  const std::uint16_t port = rig->Port();
  const std::string answer = rig->Serve([=] {
    RawConnection connection(port);
    connection.Send("GET /docs/ HTTP/1.1\r\nHost: x\r\n\r\n");
    std::string received = connection.ReadUntilClosed(5000);
    return connection.ClosedByPeer(0) ? received : std::string("still open");
  });
  EXPECT_EQ(answer.substr(0, 12), "HTTP/1.1 200") << answer;
  EXPECT_GE(rig->server->Counters().timedOut, 1u);
}

TEST_F(WebPort, ConnectionsBeyondTheLimitAreClosedAtOnce) {
  net::WebServerOptions options;
  options.maxConnections = 2;
  Start(options);
  const std::uint16_t port = rig->Port();
  auto first = std::make_shared<RawConnection>(port);
  auto second = std::make_shared<RawConnection>(port);
  const bool thirdClosed = rig->Serve([=] {
    RawConnection third(port);
    return third.ClosedByPeer(5000);
  });
  EXPECT_TRUE(thirdClosed);
  EXPECT_EQ(rig->server->Counters().overCapacity, 1u);

  // A slot frees when a connection ends.
  first->Close();
  HttpReply later;
  for (int attempt = 0; attempt < 50 && later.status != 200; ++attempt) later = Get("/docs/");
  EXPECT_EQ(later.status, 200u) << later.error;
}

TEST(WebPortDescriptors, ListeningRaisesTheDescriptorLimitForItsConnections) {
  rlimit original{};
  ASSERT_EQ(::getrlimit(RLIMIT_NOFILE, &original), 0);
  if (original.rlim_max != RLIM_INFINITY && original.rlim_max < 2000)
    GTEST_SKIP() << "the hard limit is too low";
  rlimit low = original;
  low.rlim_cur = 512;
  ASSERT_EQ(::setrlimit(RLIMIT_NOFILE, &low), 0);
  net::WebServerOptions options;
  options.maxConnections = 1000;
  {
    WebRig rig(options);
    rlimit raised{};
    ASSERT_EQ(::getrlimit(RLIMIT_NOFILE, &raised), 0);
    EXPECT_GE(raised.rlim_cur, 1000u + 256u);
  }
  ::setrlimit(RLIMIT_NOFILE, &original);
}
