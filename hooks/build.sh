#!/usr/bin/env bash
# ASK CLI custom build hook (`ask deploy` runs it from the project root):
# builds dist/index.js and zips it to the path the CLI gives as $1.
set -euo pipefail
BUILD_FILE="$1"
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
npm run --silent build
rm -f "$BUILD_FILE"
(cd dist && zip -q -r "$BUILD_FILE" .)
