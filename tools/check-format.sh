#!/usr/bin/env bash
# Fails, naming each file, when a C++ file in the project differs from the project's .clang-format
# (clang-format 14, as Debian 12 ships it). Fix with: tools/check-format.sh --fix
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
mapfile -t files < <(git ls-files '*.cpp' '*.h')
if [ "${1:-}" = "--fix" ]; then
  clang-format -i "${files[@]}"
  exit 0
fi
differ=()
for file in "${files[@]}"; do
  clang-format --dry-run --Werror "$file" >/dev/null 2>&1 || differ+=("$file")
done
if [ "${#differ[@]}" -gt 0 ]; then
  echo "These files differ from .clang-format (fix with tools/check-format.sh --fix):" >&2
  printf '  %s\n' "${differ[@]}" >&2
  exit 1
fi
echo "format: ${#files[@]} C++ files follow .clang-format"
