#pragma once

// A web server on 127.0.0.1 with its event loop, pumped from the test's thread, a temporary web
// root, and blocking clients (plain HTTP, raw bytes, raw sockets) that run on another thread while
// the test pumps the server.

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <future>
#include <map>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "spirit/net/EventLoop.h"
#include "spirit/net/WebServer.h"

namespace spirit::test {

// A folder under the system's temp directory, removed with everything in it at the end.
class TempFolder {
 public:
  TempFolder();
  ~TempFolder();
  TempFolder(const TempFolder&) = delete;
  TempFolder& operator=(const TempFolder&) = delete;

  // The folder.
  const std::filesystem::path& Path() const { return path_; }

  // Writes a file at a relative path (folders made as needed) and returns its full path.
  std::filesystem::path Write(const std::filesystem::path& relative,
                              const std::string& content) const;

 private:
  std::filesystem::path path_;
};

// A web server listening on a free loopback port, and every event it reported.
class WebRig {
 public:
  // Starts the server with these options (bindAddress and port are set to 127.0.0.1 and any).
  explicit WebRig(net::WebServerOptions options = {});

  // The server's port.
  std::uint16_t Port() const { return server->Port(); }

  // Waits up to 5 ms on the loop and collects the server's events.
  void Pump();

  // Pumps (calling `also` each turn) until `done` holds or 10 s pass; whether it held.
  bool PumpUntil(const std::function<bool()>& done, const std::function<void()>& also = {});

  // Runs a blocking client on another thread while pumping, and returns what it returned.
  template <class Work>
  auto Serve(Work work) -> decltype(work()) {
    auto future = std::async(std::launch::async, std::move(work));
    PumpUntil(
        [&] { return future.wait_for(std::chrono::seconds(0)) == std::future_status::ready; });
    return future.get();
  }

  // How many events of a kind the server reported (for one peer, or for any when peer is 0).
  std::size_t Count(net::NetEvent::Kind kind, net::PeerId peer = 0) const;

  // The peers the server reported connected, in order.
  std::vector<net::PeerId> ConnectedPeers() const;

  net::EventLoop loop;
  std::unique_ptr<net::WebServer> server;
  std::vector<net::NetEvent> events;
};

// One HTTP answer as a client saw it.
struct HttpReply {
  unsigned status = 0;                         // 0 when there was no answer
  std::map<std::string, std::string> headers;  // names in lower case
  std::string body;
  std::string error;  // why there was no answer

  // A header's value, or "" when it is absent.
  std::string Header(const std::string& lowerCaseName) const;
};

// Sends one request on a new connection and reads the answer (blocking: run it through Serve).
HttpReply Fetch(std::uint16_t port, const std::string& method, const std::string& target,
                const std::vector<std::pair<std::string, std::string>>& headers = {});

// A blocking loopback TCP connection with plain sockets, closed at the end.
class RawConnection {
 public:
  // Connects to 127.0.0.1:port (IsOpen says whether it worked).
  explicit RawConnection(std::uint16_t port);
  ~RawConnection();
  RawConnection(const RawConnection&) = delete;
  RawConnection& operator=(const RawConnection&) = delete;

  // Whether the connection was made and not closed here.
  bool IsOpen() const { return fd_ >= 0; }

  // Sends bytes; false when the connection is gone.
  bool Send(const std::string& bytes);

  // Reads what arrives until the server closes or `timeoutMs` pass without anything new.
  std::string ReadUntilClosed(int timeoutMs = 5000);

  // Whether the server closed the connection (end of stream or reset) within `timeoutMs`.
  bool ClosedByPeer(int timeoutMs);

  // Closes the connection now.
  void Close();

 private:
  int fd_ = -1;
  bool peerClosed_ = false;
};

// Decompresses a gzip member; "" when it is not valid gzip.
std::string Gunzip(const std::string& packed);

}  // namespace spirit::test
