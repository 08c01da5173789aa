#!/bin/sh
# Install everything the tests need and run them all: the Python dependencies (into .venv),
# Chromium for the browser tests and Java for the Nu HTML validator (from Debian's packages).
# Usage: sh scripts/test.sh [pytest arguments]   e.g.  sh scripts/test.sh -m "not browser"
set -eu
cd "$(dirname "$0")/.."
sh scripts/setup.sh requirements-dev.txt

as_root() {
    if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null 2>&1; then sudo "$@"; else
        echo "test: '$*' needs root; install chromium and default-jre-headless yourself" >&2; return 1; fi
}
missing=""
command -v chromium >/dev/null 2>&1 || missing="$missing chromium"
command -v java >/dev/null 2>&1 || missing="$missing default-jre-headless"
command -v npm >/dev/null 2>&1 || missing="$missing npm"  # for axe-core, below
if [ -n "$missing" ]; then
    echo "test: installing Debian packages:$missing" >&2
    as_root apt-get update -qq
    # shellcheck disable=SC2086
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $missing
fi
# axe-core for the browser tests' accessibility checks (issue 7): from the npm registry into the
# git-ignored .cache/npm/, where tests/browser/browser_helpers.py reads axe.min.js.
AXE_CORE_VERSION=4.14.1
if ! grep -qs "\"version\": \"$AXE_CORE_VERSION\"" .cache/npm/node_modules/axe-core/package.json; then
    npm install --silent --no-audit --no-fund --no-package-lock --prefix .cache/npm "axe-core@$AXE_CORE_VERSION"
fi
exec .venv/bin/python -m pytest "$@"
