"""The domain never imports Qt, and the command line starts without the heavy modules."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path


def _modules_after(code: str) -> set[str]:
    out = subprocess.run(
        [sys.executable, "-c", f"{code}\nimport sys\nprint(*sys.modules)"],
        capture_output=True,
        text=True,
        check=True,
    )
    return set(out.stdout.split())


def test_domain_loads_without_qt() -> None:
    loaded = _modules_after("import composer.model.draft, composer.model.library")
    assert not {m for m in loaded if m.startswith(("PySide6", "shiboken6"))}


def test_import_linter_contract_holds() -> None:
    """pyproject's contract: composer.model and composer.render never import Qt or the UI."""
    lint_imports = Path(sys.executable).with_name("lint-imports")
    result = subprocess.run([str(lint_imports)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "BROKEN" not in result.stdout
