#!/usr/bin/env bash
# Makes (or reuses) .venv at the top of the checkout with a Python 3.12 or newer and installs the
# project into it, then makes what letters derive from the shipped fonts with the fontTools and
# fpdf2 just installed (composer.render.derive: resources/fonts/derived, beside the installed
# fonts). Arguments go to pip install (default: "."); for example
#   bash packaging/make-venv.sh -e '.[test,package]'
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -x .venv/bin/python ] && ! .venv/bin/python -c 'import sys; sys.exit(sys.version_info < (3, 12))'; then
  echo "make-venv: .venv has $(.venv/bin/python -V 2>&1), too old for PySide6 6.12; making it anew" >&2
  rm -rf .venv
fi
if [ ! -x .venv/bin/python ]; then
  python=$(bash packaging/find-python.sh)
  echo "make-venv: $("$python" -V) ($python)" >&2
  "$python" -m venv .venv
fi
.venv/bin/python -m pip install -q --upgrade pip
if [ $# -eq 0 ]; then set -- .; fi
.venv/bin/python -m pip install -q "$@"
.venv/bin/python -m composer.render.derive
