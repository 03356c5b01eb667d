#pragma once

// What the browser build asks of the page it runs in: its address, its URL's parameters, the
// browser's storage, downloads and the on-screen keyboard. Each is a small piece of JavaScript.

#include <string>

namespace spirit::web {

// The host name or address the page was loaded from ("192.168.1.20").
std::string PageHost();

// The port the page was loaded from (the host's web port); 80 when the URL names none.
int PagePort();

// A parameter of the URL's query ("?code=K7P2Q" gives "K7P2Q" for "code"), or "".
std::string QueryParameter(const std::string& name);

// A parameter of the URL's fragment ("#console=TOKEN"), or "". The fragment never reaches the
// host's log or anybody's history server, which is why tokens travel there.
std::string FragmentParameter(const std::string& name);

// Whether the browser prefers Dutch (navigator.languages).
bool BrowserPrefersDutch();

// A value kept in the browser's localStorage, or "" (also when storage is blocked).
std::string StoredValue(const std::string& key);

// Keeps (or, with "", removes) a value in localStorage; false when the browser refuses.
bool StoreValue(const std::string& key, const std::string& value);

// Offers `text` as a file download named `fileName`; false when the browser refuses.
bool DownloadText(const std::string& fileName, const std::string& text);

// Opens the on-screen keyboard (focuses the page's hidden text field).
void ShowKeyboard();

// Closes the on-screen keyboard.
void HideKeyboard();

// Tells the page the app runs (it removes its "loading" line and starts following resizes).
void TellPageStarted();

// Shows why the app could not start, on the page and in the browser's console.
void TellPageFailed(const std::string& reason);

// Sets the canvas's size on the page, in CSS pixels (SDL sets only its pixels).
void SizeCanvas(int width, int height);

// The page's size in CSS pixels.
void PageSize(int& width, int& height);

}  // namespace spirit::web
