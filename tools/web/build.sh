#!/usr/bin/env bash
# Builds the browser app (WebAssembly, with SDL2 and Dear ImGui compiled from Debian's sources)
# into build/web/app: index.html, index.js, index.wasm, which
# the host serves on its web port. Run after the native build (tools/build.sh runs both); needs
# what tools/install-deps.sh installs (emscripten, fonttools, Debian's source packages).
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
native="${SPIRIT_BUILD:-$root/build}"
web="$native/web"
src="$web/src"
mkdir -p "$src"
export NODE_PATH=/usr/share/nodejs   # emscripten's optimiser needs acorn from Debian's node modules

# Debian's sources of SDL2 and Dear ImGui (the version the native app uses): install-deps.sh
# fetched them; nothing downloads here.
source_of() {   # package, folder pattern
  if ! compgen -G "$src/$2" >/dev/null; then
    echo "web: Debian's source of $1 is not in $src; run tools/install-deps.sh first" >&2
    exit 1
  fi
  compgen -G "$src/$2" | head -1
}
sdl_src="$(source_of libsdl2 'libsdl2-2*/')"
imgui_src="$(source_of imgui 'imgui-1*/')"

# The fonts, cut down to the characters the screens draw (the list comes from the app itself).
ranges="$("$native/tools/web/spirit-glyph-ranges")"
mkdir -p "$web/fonts"
printf '%s\n' "$ranges" >"$web/fonts/ranges.new"
for face in DejaVuSans DejaVuSans-Bold; do
  if [ ! -f "$web/fonts/$face.ttf" ] || [ "$root/assets/fonts/$face.ttf" -nt "$web/fonts/$face.ttf" ] ||
     ! cmp -s "$web/fonts/ranges.new" "$web/fonts/ranges.txt"; then
    pyftsubset "$root/assets/fonts/$face.ttf" --unicodes="$ranges" --no-hinting --layout-features='' \
      --output-file="$web/fonts/$face.ttf"
  fi
done
mv "$web/fonts/ranges.new" "$web/fonts/ranges.txt"

# The app itself.
emcmake cmake -S "$root" -B "$web/app-build" -G Ninja -DCMAKE_BUILD_TYPE=Release \
  -DSPIRIT_WEB_SDL2_SOURCE="${sdl_src%/}" -DSPIRIT_WEB_IMGUI="${imgui_src%/}" -DSPIRIT_WEB_FONTS="$web/fonts" >/dev/null
cmake --build "$web/app-build" -j "$(nproc)"
mkdir -p "$web/app"
for file in index.html index.js index.wasm; do
  cp "$web/app-build/tools/web/$file" "$web/app/$file.new"
  mv "$web/app/$file.new" "$web/app/$file"
done
echo "web: the browser app is in $web/app ($(du -ch "$web/app"/index.* | tail -1 | cut -f1))"
