#!/usr/bin/env bash
# Configures and builds Spirit into build/ (Release with debug info), using every core, then the
# browser app into build/web/app (which the host serves).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
# SPIRIT_BUILD_TYPE=Release leaves out the debug information (CI, where nobody runs a debugger).
cmake -S "$root" -B "$root/build" -G Ninja -DCMAKE_BUILD_TYPE="${SPIRIT_BUILD_TYPE:-RelWithDebInfo}" >/dev/null
cmake --build "$root/build" -j "$(nproc)"
bash "$root/tools/web/build.sh"
