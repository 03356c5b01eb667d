#!/usr/bin/env bash
# Configures and builds Spirit into build/ (Release with debug info), using every core, then the
# browser app into build/web/app (which the host serves).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
# SPIRIT_NO_DEBUG_INFO=1 builds the same optimised code without debug information (CI, where
# nobody runs a debugger; it compiles faster).
flags=(-DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O2 -g -DNDEBUG")
[ "${SPIRIT_NO_DEBUG_INFO:-0}" = 1 ] && flags=(-DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O2 -DNDEBUG")
cmake -S "$root" -B "$root/build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "${flags[@]}" >/dev/null
cmake --build "$root/build" -j "$(nproc)"
bash "$root/tools/web/build.sh"
