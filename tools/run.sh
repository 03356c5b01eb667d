#!/usr/bin/env bash
# Installs what is missing, builds, and runs the main job: a host with the facilitator console and
# the big screen, with bots filling the tables for a demo (the carousel starts after 20 seconds and
# the clock runs ten times faster). Without a display it runs headless and prints how to join.
# The demo keeps nothing on disk; extra arguments go to "spirit host". For a real session run
# build/tools/app/spirit host directly.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
bash "$root/tools/install-deps.sh"
bash "$root/tools/build.sh"
exec "$root/build/tools/app/spirit" host --name "Spirit demo" --bots 15 --fast 10 --start-after 20 --no-store "$@"
