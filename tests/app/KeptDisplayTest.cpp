// A device keeps how it shows the screens in its own files, beside its seat tokens: settings chosen
// in the real app window survive a restart and shape its very first frame; the console and the
// big screen on the same computer keep theirs apart; nothing goes to a host.
#include <gtest/gtest.h>
#include <imgui.h>
#include <unistd.h>

#include <filesystem>
#include <memory>

#include "AppDriver.h"
#include "DevicePaths.h"
#include "KeptDisplay.h"
#include "RemoteScreen.h"
#include "spirit/client/Strings.h"

using namespace spirit;
namespace fs = std::filesystem;

namespace {

class KeptDisplay : public testing::Test {
 protected:
  void SetUp() override {
    root_ = fs::temp_directory_path() / ("spirit-kept-display-" + std::to_string(getpid()));
    fs::remove_all(root_);
    fs::create_directories(root_ / "home");
    setenv("XDG_DATA_HOME", (root_ / "data").c_str(), 1);
    setenv("HOME", (root_ / "home").c_str(), 1);
  }

  void TearDown() override {
    std::error_code ignored;
    fs::remove_all(root_, ignored);
  }

  // A participant's app window on the join screen, in Dutch as it opens (nothing to join: no host
  // is needed), started
  // as `store` keeps its display settings.
  struct Device {
    explicit Device(app::DeviceStore& store) : screen(store, nullptr, "", core::Language::English) {
      client::ClientAppOptions window;
      window.width = 800;
      window.height = 1280;
      window.idleWaitMillis = 0;
      window.roomFonts = false;
      app::KeepDisplayIn(store, app::DisplayWindow::Device, window);
      app = std::make_unique<client::ClientApp>(window, screen, screen);
      driver = std::make_unique<test::AppDriver>(*app, [] {});
    }
    app::RemoteScreen screen;
    std::unique_ptr<client::ClientApp> app;
    std::unique_ptr<test::AppDriver> driver;
  };

  fs::path root_;
};

TEST_F(KeptDisplay, SettingsChosenInTheAppSurviveARestartAndShapeTheFirstFrame) {
  {
    app::FileDeviceStore store;
    Device device(store);
    ASSERT_TRUE(device.app->Ok()) << device.app->Error();
    device.driver->Settle();
    ASSERT_TRUE(device.driver->Tap("display-settings"));
    ASSERT_TRUE(device.driver->Tap("text-150"));
    ASSERT_TRUE(device.driver->Tap("contrast-on"));
    ASSERT_TRUE(device.driver->Tap("motion-on"));
    ASSERT_TRUE(device.driver->Tap("display-done"));
    device.driver->Settle();
    EXPECT_EQ(device.app->Host().Display(), (client::DisplaySettings{150, true, true}));
  }
  // Kept as a file on the device, beside its seat tokens.
  const fs::path file = app::DisplayFile(app::DisplayWindow::Device);
  EXPECT_EQ(file.parent_path(), root_ / "data" / "spirit" / "seats");
  EXPECT_EQ(app::ReadToken(file), "text=150;contrast=1;calm=1");

  // The app starts again with a store of its own over the same files.
  app::FileDeviceStore again;
  Device restarted(again);
  ASSERT_TRUE(restarted.app->Ok()) << restarted.app->Error();
  EXPECT_EQ(restarted.app->Host().Display(), (client::DisplaySettings{150, true, true}));
  restarted.driver->Turn();  // the first frame
  const client::RecordedText* title = restarted.driver->Record().FindText(
      client::Tr(client::Str::JoinTitle, core::Language::Dutch));
  ASSERT_NE(title, nullptr) << restarted.driver->Record().AllText();
  EXPECT_GE(title->box.Height(), client::FontSize(client::FontRole::Title) * 1.45f)
      << "the first frame already has the large text";
  restarted.driver->Save("a11y-kept-after-restart-800x1280-nl");

  // The console and the big screen on this computer keep their own.
  EXPECT_EQ(again.Display(app::DisplayWindow::Console), client::DisplaySettings{});
  again.KeepDisplay(app::DisplayWindow::BigScreen, {150, true, false});
  client::ClientAppOptions bigScreen;
  app::KeepDisplayIn(again, app::DisplayWindow::BigScreen, bigScreen);
  EXPECT_TRUE(bigScreen.display.highContrast);
  EXPECT_EQ(bigScreen.display.textPercent, 100) << "the big screen's text is sized for the room";
  EXPECT_EQ(again.Display(app::DisplayWindow::Device), (client::DisplaySettings{150, true, true}));
}

TEST_F(KeptDisplay, ADamagedFileStartsWithTheDefaults) {
  const fs::path file = app::DisplayFile(app::DisplayWindow::Device);
  ASSERT_TRUE(app::WriteToken(file, "text=999;contrast=maybe"));
  app::FileDeviceStore store;
  EXPECT_EQ(store.Display(app::DisplayWindow::Device), client::DisplaySettings{});
}

}  // namespace
