#!/usr/bin/env bash
# Installs the Colyseus side of spirit-bench-compare (the exact versions in colyseus/package-lock.json)
# into tools/bench-compare/colyseus/node_modules. Run it once by hand; the build and CI never do.
# colyseus@0.18.8 needs --legacy-peer-deps to install next to @colyseus/sdk@0.18.4. `npm ci` refuses
# this lock file (msgpackr-extract's prebuilt add-ons for other platforms cannot be fetched here, so
# they are missing from it); `npm install --no-save` installs the locked versions and leaves the lock
# file as it is.
set -euo pipefail
cd "$(dirname "$0")/colyseus"
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  echo "setup.sh needs Node.js and npm (Debian: apt-get install nodejs npm)" >&2
  exit 1
fi
npm install --no-save --legacy-peer-deps --no-audit --no-fund
node -e 'require("@colyseus/core"); require("@colyseus/sdk"); console.log("Colyseus is ready for spirit-bench-compare.")'
