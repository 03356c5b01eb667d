#!/usr/bin/env bash
# Installs everything Spirit needs to build, test and run, and fetches what the browser build is
# made from (Debian's source packages of SDL2 and Dear ImGui) and the browser tests' npm packages
# (from their lock file). Nothing downloads later, at build or run time. Safe to run again.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
packages=(
  build-essential cmake ninja-build pkg-config clang libclang-rt-14-dev clang-format
  libgtest-dev libgmock-dev
  libsdl2-dev libimgui-dev libstb-dev libenet-dev libcereal-dev libtomlplusplus-dev libsqlite3-dev
  fonts-dejavu-core xvfb xauth
  libboost-dev zlib1g-dev
  libqrencode-dev libsodium-dev
  # the browser build, and its tests: a real browser, QR codes read back from screenshots
  emscripten fonttools dpkg-dev nodejs npm chromium zbar-tools
)
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"

# Debian's source packages need deb-src entries: add them, in a list of our own, for the machine's
# own Debian mirrors, when it has none.
src_list=/etc/apt/sources.list.d/spirit-deb-src.sources
added_sources=0
if ! grep -rqsE '^(deb-src|Types:.*deb-src)' /etc/apt/sources.list /etc/apt/sources.list.d/; then
  {
    for file in /etc/apt/sources.list.d/*.sources; do
      [ -f "$file" ] || continue
      # Only Debian's own archives (their stanzas name the Debian archive keyring).
      awk 'BEGIN{RS=""; ORS="\n\n"} /debian-archive-keyring/ && /Types: *deb/ {sub(/Types: *deb[^\n]*/, "Types: deb-src"); print}' "$file"
    done
    if [ -f /etc/apt/sources.list ]; then
      grep -E '^deb +[^[]*(debian\.org|debian/)' /etc/apt/sources.list |
        sed -E 's/^deb +/Types: deb-src\nURIs: /; s/^(URIs: [^ ]+) +([^ ]+) +(.*)$/\1\nSuites: \2\nComponents: \3\nSigned-By: \/usr\/share\/keyrings\/debian-archive-keyring.gpg\n/M' || true
    fi
  } | $SUDO tee "$src_list" >/dev/null
  added_sources=1
fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
# Node.js from another source (nodesource) brings its own npm; Debian's npm would conflict.
if command -v npm >/dev/null && command -v node >/dev/null; then
  filtered=()
  for p in "${missing[@]}"; do [ "$p" = nodejs ] || [ "$p" = npm ] || filtered+=("$p"); done
  missing=("${filtered[@]}")
fi
if [ ${#missing[@]} -gt 0 ] || [ "$added_sources" -eq 1 ]; then
  $SUDO apt-get update -qq
fi
if [ ${#missing[@]} -gt 0 ]; then
  echo "install-deps: installing ${missing[*]}"
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
else
  echo "install-deps: every Debian package is already installed"
fi

# The sources the browser build compiles: SDL2 2.26 and Dear ImGui 1.86, as Debian ships them.
web_src="$root/build/web/src"
mkdir -p "$web_src"
for package in libsdl2 imgui libsodium; do
  if ! compgen -G "$web_src/$package-[0-9]*/" >/dev/null; then
    echo "install-deps: fetching Debian's source of $package"
    (cd "$web_src" && apt-get source -qq "$package" >/dev/null 2>&1) ||
      { echo "install-deps: apt-get source $package failed (are deb-src entries configured?)" >&2; exit 1; }
  fi
done

# The browser tests' npm packages, exactly as the lock file says (no browser download: the tests
# use Debian's chromium).
if [ ! -d "$root/tests/browser/node_modules/playwright-core" ] ||
   [ "$root/tests/browser/package-lock.json" -nt "$root/tests/browser/node_modules/.package-lock.json" ]; then
  echo "install-deps: installing the browser tests' npm packages"
  (cd "$root/tests/browser" && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error)
fi
