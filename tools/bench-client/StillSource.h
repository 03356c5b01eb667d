#pragma once

#include "spirit/client/ClientApp.h"

namespace spirit::bench {

// A fixed view to draw, as a device holds it between the host's views; intents go nowhere.
class StillSource : public client::ViewSource, public client::IntentSink {
 public:
  // A source that always shows `view`, with a host address for the join screens.
  explicit StillSource(core::View view) : view_(std::move(view)) {
    context_.hostAddress = "192.168.1.20:47809";
  }
  // Nothing ever arrives.
  bool Update() override { return false; }
  // The fixed view.
  const core::View& Current() const override { return view_; }
  // The fixed context.
  const client::ScreenContext& Context() const override { return context_; }
  // Drops the intent.
  void Send(const client::Intent&) override {}

 private:
  core::View view_;
  client::ScreenContext context_;
};

}  // namespace spirit::bench
