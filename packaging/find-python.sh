#!/usr/bin/env bash
# Prints the path of a Python 3.12 or newer to build and run Letter Composer with.
# PySide6 6.12 on Python 3.11 drops references to None/True/False and the window aborts after a
# few thousand label updates ("Fatal Python error: none_dealloc"); from 3.12 those objects are
# immortal. $LETTER_COMPOSER_PYTHON wins; then python3.13/python3.12/python3 on PATH; then the
# versions pyenv, uv and the deadsnakes-style /usr/local installs keep out of PATH.
set -u

ok() {  # ok PYTHON: true if it runs and is 3.12 or newer, with venv
  "$1" -c 'import sys, venv; sys.exit(sys.version_info < (3, 12))' >/dev/null 2>&1
}

candidates=()
[ -n "${LETTER_COMPOSER_PYTHON:-}" ] && candidates+=("$LETTER_COMPOSER_PYTHON")
for name in python3.12 python3.13 python3.14 python3; do
  found=$(command -v "$name" 2>/dev/null) && candidates+=("$found")
done
roots=("${PYENV_ROOT:-$HOME/.pyenv}/versions" "$HOME/.local/share/uv/python" /usr/local/bin /opt/python)
for root in "${roots[@]}"; do
  for python in "$root"/3.1[2-9]*/bin/python3 "$root"/cpython-3.1[2-9]*/bin/python3 \
                "$root"/python3.1[2-9]; do
    [ -x "$python" ] && candidates+=("$python")
  done
done

for python in "${candidates[@]}"; do
  if ok "$python"; then
    echo "$python"
    exit 0
  fi
done
echo "Letter Composer needs Python 3.12 or newer (with venv), and none was found." >&2
echo "Install one (Debian 13/Ubuntu 24.04: apt install python3 python3-venv; elsewhere" >&2
echo "python.org or pyenv), or set LETTER_COMPOSER_PYTHON=/path/to/python3.12." >&2
exit 1
