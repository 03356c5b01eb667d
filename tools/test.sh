#!/usr/bin/env bash
# Installs what is missing, checks the C++ files' format, builds, runs a short fuzzing pass, then
# every test through CTest.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
bash "$root/tools/install-deps.sh"
# Every C++ file follows .clang-format, or nothing is built.
bash "$root/tools/check-format.sh"
bash "$root/tools/build.sh"
# A short fuzzing run on the kept corpus (longer on demand: tools/fuzz/run.sh 600).
bash "$root/tools/fuzz/run.sh" "${SPIRIT_FUZZ_SECONDS:-10}"
cd "$root/build"
ctest --output-on-failure -j "$(nproc)" --timeout 300
