#!/usr/bin/env bash
# Run by the web module's build (generate-resources): fetches the shapes and tools of package.json from the npm
# registry into <work>, and writes the map of the 34 provinces to <output>. Without npm the map is left out (the page
# then says so) and the build goes on, as the Node unit tests are skipped without Node.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
work=$1
output=$2
if ! command -v npm >/dev/null 2>&1 || ! command -v node >/dev/null 2>&1; then
  echo "[WARNING] map: npm or node is not installed, so the national dashboard's map is left out of this build" \
       "(Debian: apt-get install nodejs npm)"
  exit 0
fi
if [ -f "$output" ] && [ "$output" -nt "$here/build-map.mjs" ] && [ "$output" -nt "$here/package-lock.json" ] \
   && [ "$output" -nt "$here/../../main/resources/META-INF/resources/assets/js/provinces-2025.js" ]; then
  echo "map: $output is up to date"
  exit 0
fi
mkdir -p "$work"
cp "$here/package.json" "$here/package-lock.json" "$work/"
# only data and two small pure-JS libraries: no install scripts are needed, so none is run
(cd "$work" && npm ci --prefer-offline --ignore-scripts --no-audit --no-fund --loglevel=error)
node "$here/build-map.mjs" "$work/node_modules" "$output"
