#!/bin/sh
# Create .venv and install the pinned dependencies. Works on a fresh Debian/Ubuntu machine that has
# only Python 3.11+: when the venv module is missing (Debian's python3 without python3-venv), it is
# installed first. Usage: sh scripts/setup.sh [requirements file]   (default: requirements.txt)
set -eu
cd "$(dirname "$0")/.."
requirements=${1:-requirements.txt}
python=${PYTHON:-python3}

as_root() {
    if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null 2>&1; then sudo "$@"; else
        echo "setup: '$*' needs root; run it as root or install sudo" >&2; return 1; fi
}

if ! "$python" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
    echo "setup: Python 3.11 or newer is needed ($python is $("$python" --version 2>&1))" >&2
    exit 1
fi
if [ ! -x .venv/bin/python ]; then
    if ! "$python" -m venv .venv 2>/dev/null; then
        rm -rf .venv
        echo "setup: installing Debian's python3-venv (needed to make .venv)" >&2
        as_root apt-get update -qq
        version=$("$python" -c 'import sys; print(f"{sys.version_info[0]}.{sys.version_info[1]}")')
        as_root apt-get install -y -qq "python$version-venv" || as_root apt-get install -y -qq python3-venv
        "$python" -m venv .venv
    fi
fi
.venv/bin/python -m pip install --quiet --disable-pip-version-check -r "$requirements"
