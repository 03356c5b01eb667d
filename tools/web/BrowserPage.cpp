#include "BrowserPage.h"

#include <emscripten.h>

#include <cstdlib>
#include <memory>

namespace {

// Each returns a string malloc'ed on the wasm heap (or null); Take() frees it.
// The JavaScript below is not C++: clang-format would break its operators (=== becomes == =).
// clang-format off
EM_JS(char*, JsPageHost, (), { return stringToNewUTF8(location.hostname); });
EM_JS(int, JsPagePort, (), { return location.port ? Number(location.port) : 80; });
EM_JS(char*, JsQuery, (const char* name), {
  const value = new URLSearchParams(location.search).get(UTF8ToString(name));
  return value === null ? 0 : stringToNewUTF8(value);
});
EM_JS(char*, JsFragment, (const char* name), {
  const value = new URLSearchParams(location.hash.substring(1)).get(UTF8ToString(name));
  return value === null ? 0 : stringToNewUTF8(value);
});
EM_JS(int, JsPrefersDutch, (), {
  const languages = navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language || ""];
  for (const language of languages) {
    const code = language.toLowerCase().slice(0, 2);
    if (code === "nl") return 1;
    if (code === "en") return 0;
  }
  return 1;
});
EM_JS(char*, JsStored, (const char* key), {
  try {
    const value = localStorage.getItem(UTF8ToString(key));
    return value === null ? 0 : stringToNewUTF8(value);
  } catch (e) {
    return 0;
  }
});
EM_JS(int, JsStore, (const char* key, const char* value), {
  try {
    const text = UTF8ToString(value);
    if (text === "") localStorage.removeItem(UTF8ToString(key));
    else localStorage.setItem(UTF8ToString(key), text);
    return 1;
  } catch (e) {
    return 0;
  }
});
EM_JS(int, JsDownload, (const char* fileName, const char* text), {
  try {
    const blob = new Blob([UTF8ToString(text)], {type: "text/plain;charset=utf-8"});
    const link = document.createElement("a");
    link.href = URL.createObjectURL(blob);
    link.download = UTF8ToString(fileName);
    document.body.appendChild(link);
    link.click();
    setTimeout(function() { URL.revokeObjectURL(link.href); link.remove(); }, 1000);
    return 1;
  } catch (e) {
    return 0;
  }
});
EM_JS(void, JsShowKeyboard, (), { if (Module.spiritKeyboard) Module.spiritKeyboard.show(); });
EM_JS(void, JsHideKeyboard, (), { if (Module.spiritKeyboard) Module.spiritKeyboard.hide(); });
EM_JS(void, JsStarted, (), { if (Module.spiritStarted) Module.spiritStarted(); });
EM_JS(void, JsFailed, (const char* reason), { if (Module.spiritFailed) Module.spiritFailed(UTF8ToString(reason)); });
EM_JS(void, JsSizeCanvas, (int width, int height), {
  const canvas = Module.canvas;
  canvas.style.width = width + "px";
  canvas.style.height = height + "px";
});
EM_JS(int, JsPageWidth, (), { return window.innerWidth; });
EM_JS(int, JsPageHeight, (), { return window.innerHeight; });
// clang-format on

std::string Take(char* text) {
  if (text == nullptr) return {};
  std::string value(text);
  std::free(text);
  return value;
}

}  // namespace

namespace spirit::web {

std::string PageHost() {
  return Take(JsPageHost());
}

int PagePort() {
  return JsPagePort();
}

std::string QueryParameter(const std::string& name) {
  return Take(JsQuery(name.c_str()));
}

std::string FragmentParameter(const std::string& name) {
  return Take(JsFragment(name.c_str()));
}

bool BrowserPrefersDutch() {
  return JsPrefersDutch() != 0;
}

std::string StoredValue(const std::string& key) {
  return Take(JsStored(key.c_str()));
}

bool StoreValue(const std::string& key, const std::string& value) {
  return JsStore(key.c_str(), value.c_str()) != 0;
}

bool DownloadText(const std::string& fileName, const std::string& text) {
  return JsDownload(fileName.c_str(), text.c_str()) != 0;
}

void ShowKeyboard() {
  JsShowKeyboard();
}

void HideKeyboard() {
  JsHideKeyboard();
}

void TellPageStarted() {
  JsStarted();
}

void TellPageFailed(const std::string& reason) {
  JsFailed(reason.c_str());
}

void SizeCanvas(int width, int height) {
  JsSizeCanvas(width, height);
}

void PageSize(int& width, int& height) {
  width = JsPageWidth();
  height = JsPageHeight();
}

}  // namespace spirit::web
