#!/usr/bin/env bash
# ASK CLI build hook: `ask deploy` runs it (from the copy of the code folder it makes under .ask/) as
#   hooks/build.sh BUILD_FILE DO_DEBUG
# It builds the Lambda package into dist/ and zips it to BUILD_FILE, which the CLI uploads.
# Node.js is all it needs (the zip is written with node:zlib). Windows: hooks/build.ps1 does the same.
set -euo pipefail
BUILD_FILE="$1"
cd "$(dirname "$0")/.."
node scripts/build.mjs lambda
node scripts/build.mjs package "$BUILD_FILE"
