"""The command line as a coordinator uses it: clear output, one-line errors, no tracebacks."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from composer.cli import run


def test_cases_lists_the_built_in_case(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["cases"]) == 0
    out = capsys.readouterr().out
    title = "Belarus: End the torturous isolation of Maryia Kalesnikava"
    assert f"kalesnikava\tbuilt-in\t{title}" in out
    assert "(deadline passed)" in out


def test_cases_json(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["cases", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    row = next(r for r in rows if r["id"] == "kalesnikava")
    assert row["deadline"] == "2024-11-01"
    assert row["deadline_passed"] is True


def test_unknown_command_is_one_line_and_exit_2() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "composer", "frobnicate"], capture_output=True, text=True
    )
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert "invalid choice" in result.stderr


def test_version() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "composer", "--version"], capture_output=True, text=True
    )
    assert result.returncode == 0
    assert result.stdout.startswith("letter-composer ")
