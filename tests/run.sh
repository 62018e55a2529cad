#!/usr/bin/env bash
# Installs what the tests need on a fresh Debian machine (Python packages in .venv, and, as root,
# the Debian packages: poppler, a CUPS print server with a PDF queue, Xvfb, OCR), then runs the
# linters and the whole test suite. Extra arguments go to pytest.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends \
    poppler-utils cups cups-client cups-bsd printer-driver-cups-pdf ghostscript \
    tesseract-ocr tesseract-ocr-eng \
    xvfb xauth x11-utils xdotool \
    libegl1 libgl1 libfontconfig1 libdbus-1-3 libxkbcommon0 libxkbcommon-x11-0 \
    libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-render-util0 \
    libxcb-shape0 libxcb-xinerama0 libxcb-randr0 libxcb-xkb1 libxcb-xfixes0 \
    desktop-file-utils dpkg-dev binutils util-linux \
    >/dev/null
fi

# A Python 3.12 or newer (PySide6 6.12 on 3.11 aborts in long sessions): packaging/find-python.sh.
# make-venv.sh also makes what letters derive from the fonts (python -m composer.render.derive).
bash packaging/make-venv.sh -e '.[test,package]'

if [ -f tests/cups_server.sh ]; then
  bash tests/cups_server.sh
fi

export QT_QPA_PLATFORM=offscreen
.venv/bin/ruff check
.venv/bin/mypy
.venv/bin/lint-imports
set +e
.venv/bin/python -m pytest "$@"
status=$?
set -e
# pytest's 5 means "no tests ran": that is a failure here, not a pass.
exit $status
