#!/usr/bin/env bash
# Installs what is missing, builds, and runs the main job. Extra arguments go to the program.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
bash "$root/tools/install-deps.sh"
bash "$root/tools/build.sh"
exec "$root/build/tools/simulate/spirit-simulate" "$@"
