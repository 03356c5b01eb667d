#include "HttpSession.h"

#include <boost/beast/http/error.hpp>
#include <boost/beast/http/read.hpp>
#include <boost/beast/http/write.hpp>
#include <boost/beast/websocket/rfc6455.hpp>
#include <chrono>

#include "WebSession.h"
#include "spirit/net/HttpRoute.h"

namespace spirit::net {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;

namespace {

// A response must be written within this (a slow tablet fetching the web build's largest file).
constexpr std::chrono::seconds kWriteTimeout{60};

// After a refusal, what the client still sends is read and discarded for at most this long...
constexpr std::chrono::seconds kLingerTimeout{1};

// ...and at most this much.
constexpr std::size_t kLingerBytes = 64 * 1024;

// How much one read takes while waiting for a kept-alive connection's next request.
constexpr std::size_t kReadChunk = 4096;

// Milliseconds from the options as a duration.
std::chrono::milliseconds Ms(int milliseconds) {
  return std::chrono::milliseconds(milliseconds < 1 ? 1 : milliseconds);
}

// Whether an error is Beast's HTTP parser refusing what it read (not the socket failing).
bool IsParseError(const boost::system::error_code& error) {
  return error.category() == http::make_error_code(http::error::bad_target).category() &&
         error != http::error::end_of_stream && error != http::error::partial_message;
}

}  // namespace

HttpSession::HttpSession(asio::ip::tcp::socket socket, std::weak_ptr<WebHub> hub)
    : stream_(std::move(socket)), hub_(std::move(hub)) {}

HttpSession::~HttpSession() {
  if (connection_ == 0) return;
  if (auto hub = hub_.lock()) hub->Forget(connection_);
}

void HttpSession::Start(WebHub& hub) {
  connection_ = hub.Register(weak_from_this());
  stream_.expires_after(Ms(hub.options.requestTimeoutMs));
  ReadRequest();
}

void HttpSession::Shutdown() {
  closed_ = true;
  connection_ = 0;
  stream_.close();
}

void HttpSession::Close() {
  if (closed_) return;
  closed_ = true;
  stream_.close();
  if (connection_ == 0) return;
  if (auto hub = hub_.lock()) hub->Forget(connection_);
  connection_ = 0;
}

void HttpSession::WaitForRequest() {
  auto hub = hub_.lock();
  if (!hub) return;
  if (buffer_.size() > 0) {  // the next request has begun already (pipelined)
    stream_.expires_after(Ms(hub->options.requestTimeoutMs));
    ReadRequest();
    return;
  }
  stream_.expires_after(Ms(hub->options.idleTimeoutMs));
  stream_.async_read_some(
      buffer_.prepare(kReadChunk),
      [self = shared_from_this()](const boost::system::error_code& error, std::size_t bytes) {
        self->buffer_.commit(bytes);
        auto owner = self->hub_.lock();
        if (!owner || self->closed_) return;
        if (error) {
          if (error == beast::error::timeout) owner->counters.timedOut += 1;
          self->Close();
          return;
        }
        self->stream_.expires_after(Ms(owner->options.requestTimeoutMs));
        self->ReadRequest();
      });
}

void HttpSession::ReadRequest() {
  parser_.emplace();
  parser_->header_limit(kMaxRequestHeaderBytes);
  parser_->body_limit(kMaxRequestBodyBytes);
  http::async_read(stream_, buffer_, *parser_,
                   [self = shared_from_this()](const boost::system::error_code& error,
                                               std::size_t) { self->OnRead(error); });
}

void HttpSession::OnRead(const boost::system::error_code& error) {
  auto hub = hub_.lock();
  if (!hub || closed_) return;
  if (!error) {
    Answer(*hub, parser_->release());
    return;
  }
  if (error == beast::error::timeout) {
    hub->counters.timedOut += 1;
    Close();
  } else if (error == http::error::header_limit) {
    PrepareRefusal(431, "The request's header is too large.", false);
    Write(*hub, false);
  } else if (error == http::error::body_limit) {
    PrepareRefusal(413, "The request's body is too large.", false);
    Write(*hub, false);
  } else if (IsParseError(error)) {
    PrepareRefusal(400, "The request is malformed.", false);
    Write(*hub, false);
  } else {
    Close();  // the client went away (or closed after its last request)
  }
}

void HttpSession::Answer(WebHub& hub, Request request) {
  const bool upgrade = boost::beast::websocket::is_upgrade(request);
  const Route route = RouteRequest(request.method_string(), request.target(), upgrade);
  const bool head = request.method() == http::verb::head;
  if (route.kind == Route::Kind::WebSocket) {
    auto session = std::make_shared<WebSession>(std::move(stream_), hub_, connection_);
    hub.Replace(connection_, session);
    connection_ = 0;
    closed_ = true;
    session->Accept(std::move(request));
    return;
  }
  if (route.kind == Route::Kind::Refused) {
    PrepareRefusal(route.status, route.reason, head);
    if (route.status == 405) response_.set(http::field::allow, "GET, HEAD");
    Write(hub, request.keep_alive());
    return;
  }
  const bool gzip = AcceptsGzip(request[http::field::accept_encoding]);
  const std::optional<WebFile> file =
      hub.files.Find(route.kind == Route::Kind::Index ? "index.html" : route.path, gzip);
  if (!file && route.kind == Route::Kind::Index) {
    Prepare(200, hub.runningPage, "text/html; charset=utf-8", head);
    response_.set(http::field::cache_control, "no-cache");
  } else if (!file) {
    PrepareRefusal(404, "Not found.", head);
  } else {
    const bool unchanged =
        request[http::field::if_none_match].find(file->etag) != std::string_view::npos;
    Prepare(unchanged ? 304 : 200, file->body, file->mimeType, head);
    response_.set(http::field::etag, file->etag);
    response_.set(http::field::cache_control, file->isHtml ? "no-cache" : "max-age=60");
    if (file->compressible) response_.set(http::field::vary, "Accept-Encoding");
    if (file->gzipped) response_.set(http::field::content_encoding, "gzip");
  }
  Write(hub, request.keep_alive());
}

void HttpSession::Prepare(unsigned status, std::shared_ptr<const std::string> body,
                          std::string_view contentType, bool head) {
  response_ = Response{};
  response_.version(11);
  response_.result(status);
  response_.set(http::field::server, "spirit");
  response_.set("X-Content-Type-Options", "nosniff");
  if (!contentType.empty()) response_.set(http::field::content_type, contentType);
  body_ = std::move(body);
  if (status == 304) return;  // no body and no length: the client keeps what it has
  response_.content_length(body_ ? body_->size() : 0);
  if (!head && body_)
    response_.body() = Response::body_type::value_type(body_->data(), body_->size());
}

void HttpSession::PrepareRefusal(unsigned status, const std::string& reason, bool head) {
  Prepare(status, std::make_shared<const std::string>(reason + "\n"), "text/plain; charset=utf-8",
          head);
  response_.set(http::field::cache_control, "no-store");
}

void HttpSession::Write(WebHub& hub, bool keepAlive) {
  const unsigned status = response_.result_int();
  hub.counters.httpRequests += 1;
  if (status >= 400 && status < 500) hub.counters.httpRefused += 1;
  response_.keep_alive(keepAlive);
  stream_.expires_after(kWriteTimeout);
  http::async_write(
      stream_, response_,
      [self = shared_from_this(), keepAlive](const boost::system::error_code& error, std::size_t) {
        auto owner = self->hub_.lock();
        if (!owner || self->closed_) return;
        self->body_.reset();
        if (error) {
          if (error == beast::error::timeout) owner->counters.timedOut += 1;
          self->Close();
        } else if (keepAlive) {
          self->WaitForRequest();
        } else {
          self->Linger();
        }
      });
}

void HttpSession::Linger() {
  boost::system::error_code ignored;
  stream_.socket().shutdown(asio::ip::tcp::socket::shutdown_send, ignored);
  stream_.expires_after(kLingerTimeout);
  discard_.resize(kReadChunk);
  Discard();
}

void HttpSession::Discard() {
  stream_.async_read_some(
      asio::buffer(discard_),
      [self = shared_from_this()](const boost::system::error_code& error, std::size_t bytes) {
        if (self->closed_) return;
        self->discarded_ += bytes;
        if (error || self->discarded_ >= kLingerBytes) {
          self->Close();
        } else {
          self->Discard();
        }
      });
}

}  // namespace spirit::net
