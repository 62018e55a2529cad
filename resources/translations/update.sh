#!/bin/sh
# Re-extract the window's strings into the French catalogue, then compile what ships.
#   resources/translations/update.sh            (from anywhere; uses .venv/bin if present)
# After running it, translate the new entries (type="unfinished") in
# letter-composer_fr.ts with pyside6-linguist or a text editor, then run it again:
# tests/ui/test_translations.py fails while any message is untranslated or the .ts is stale.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
bin="$root/.venv/bin"
[ -x "$bin/pyside6-lupdate" ] || bin=$(dirname "$(command -v pyside6-lupdate)")
cd "$root"
for ts in resources/translations/letter-composer_*.ts; do
    # -locations none: no line numbers, so unrelated code edits don't churn the catalogue.
    "$bin/pyside6-lupdate" -no-obsolete -locations none \
        src/composer/ui/*.py -ts "$ts"
    "$bin/pyside6-lrelease" -removeidentical "$ts" -qm "${ts%.ts}.qm"
done
