#!/usr/bin/env bash
# Lists the functions in game/ and server/ longer than LINES lines (default 60), by clang-tidy's
# readability-function-size (clang-tidy 14), one "file:line: function 'Name'" per line, then the
# count. Needs a configured build/ (its compile_commands.json). Usage: tools/function-size.sh [LINES]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
lines="${1:-60}"
found=0
while read -r file; do
  while read -r hit; do
    echo "$hit"
    found=$((found + 1))
  done < <(clang-tidy-14 -p build --quiet --checks='-*,readability-function-size' \
             --config="{CheckOptions: [{key: readability-function-size.LineThreshold, value: $lines}]}" \
             "$file" 2>/dev/null |
           grep -oE "^[^ ]+:[0-9]+:[0-9]+: warning: function '[^']+'" | sed 's/: warning:/:/' || true)
done < <(git ls-files 'game/*.cpp' 'server/*.cpp' | grep -v '/browser/')
echo "$found functions over $lines lines"
