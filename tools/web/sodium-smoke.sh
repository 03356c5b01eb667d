#!/usr/bin/env bash
# Builds the browser build's libsodium (spirit_web_sodium, from Debian's source package) and its
# check, tools/web/SodiumSmoke.c, under emcmake in a build folder of its own (not build/web, which
# tools/web/build.sh uses), and runs the check in node. Prints OK at the end when all is well.
# SPIRIT_SODIUM_SMOKE_BUILD: the build folder (build-websodium); JOBS: parallel jobs (2).
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
src="${SPIRIT_BUILD:-$root/build}/web/src"
out="${SPIRIT_SODIUM_SMOKE_BUILD:-$root/build-websodium}"
export NODE_PATH=/usr/share/nodejs   # emscripten's optimiser needs acorn from Debian's node modules
sdl_src="$(compgen -G "$src/libsdl2-2*/" | head -1 || true)"
imgui_src="$(compgen -G "$src/imgui-1*/" | head -1 || true)"
sodium_src="$(compgen -G "$src/libsodium-1*/" | head -1 || true)"
if [ -z "$sdl_src" ] || [ -z "$imgui_src" ] || [ -z "$sodium_src" ]; then
  echo "sodium-smoke: Debian's sources are not all in $src; run tools/install-deps.sh first" >&2
  exit 1
fi
emcmake cmake -S "$root" -B "$out" -G Ninja -DCMAKE_BUILD_TYPE=Release \
  -DSPIRIT_WEB_SDL2_SOURCE="${sdl_src%/}" -DSPIRIT_WEB_IMGUI="${imgui_src%/}" \
  -DSPIRIT_WEB_SODIUM_SOURCE="${sodium_src%/}" >/dev/null
cmake --build "$out" -j "${JOBS:-2}" --target spirit-web-sodium-smoke
node "$out/spirit-web-sodium-smoke.js"
