#!/usr/bin/env bash
# Builds the libFuzzer targets with clang and runs each for SECONDS (default 10) on its kept
# corpus in tools/fuzz/corpus/<target>. New finds go to build-fuzz/found/<target>, not into git;
# copy the interesting ones into the corpus by hand. Exits non-zero on the first crash.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
seconds="${1:-10}"
build="$root/build-fuzz"
CC=clang CXX=clang++ cmake -S "$root" -B "$build" -G Ninja -DSPIRIT_FUZZ=ON -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$build" -j "$(nproc)"
for target in FuzzClientPacket FuzzServerPacket FuzzDeck FuzzJournal FuzzHttpRequest; do
  corpus="$root/tools/fuzz/corpus/$target"
  found="$build/found/$target"
  mkdir -p "$found" "$corpus"
  seeds=("$corpus")
  if [ "$target" = FuzzDeck ]; then seeds+=("$root/scenarios"); fi
  echo "fuzz: $target for ${seconds}s"
  "$build/tools/fuzz/$target" -max_total_time="$seconds" -max_len=65536 -rss_limit_mb=2048 \
      -artifact_prefix="$build/found/$target-" -print_final_stats=1 "$found" "${seeds[@]}" 2>&1 \
    | grep -E '^(stat::number_of_executed_units|stat::new_units_added|==[0-9]+==ERROR|SUMMARY)' || true
  if ls "$build/found/$target-"crash-* >/dev/null 2>&1 || ls "$build/found/$target-"leak-* >/dev/null 2>&1; then
    echo "fuzz: $target found a crash: $(ls "$build/found/$target-"*)"
    exit 1
  fi
done
echo "fuzz: no crashes"
