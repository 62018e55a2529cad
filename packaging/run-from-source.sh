#!/usr/bin/env bash
# From a fresh checkout: install Letter Composer into .venv (Python 3.12 or newer) and start it.
set -euo pipefail
cd "$(dirname "$0")/.."
bash packaging/make-venv.sh .
exec .venv/bin/letter-composer "$@"
