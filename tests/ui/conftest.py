"""Window tests: no modal dialog ever opens; each question is answered by the test."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from composer.ui import case_picker, dialogs, import_review, pack_export, pack_import
from composer.ui.main_window import MainWindow


@dataclass
class Answers:
    """What the stand-in dialogs answer, and what they were asked."""

    save_path: Path | None = None
    export_anyway: bool = False
    unprintable_anyway: bool = False
    go_on_expired: bool = True
    restore: bool = False
    new_letter: bool = True
    close: bool = True
    after_export: dialogs.AfterExport = dialogs.AfterExport.NOTHING
    switch_case: bool = True
    case_file: Path | None = None
    import_file: Path | None = None
    pack_file: Path | None = None
    pack_save_path: Path | None = None
    restore_seen: list[str] = field(default_factory=list)  # the first words each offer showed
    asked: list[str] = field(default_factory=list)
    errors: list[tuple[str, str]] = field(default_factory=list)
    opened: list[str] = field(default_factory=list)


@pytest.fixture(autouse=True, scope="session")
def fpdf_loaded() -> None:
    """fpdf2 imported once, here: the window's page check imports it in a worker thread, and
    its import silences a warning with warnings.catch_warnings, which is process-wide and
    would race with pytest's own per-test warning capture."""
    from composer.render.fpdf_import import import_fpdf

    import_fpdf()


@pytest.fixture(autouse=True)
def answers(monkeypatch: pytest.MonkeyPatch) -> Iterator[Answers]:
    a = Answers()

    def record(name: str, value: Any) -> Any:
        a.asked.append(name)
        return value

    monkeypatch.setattr(
        dialogs,
        "ask_save_path",
        lambda parent, suggested: record(f"save:{suggested.name}", a.save_path),
    )
    monkeypatch.setattr(
        dialogs, "confirm_no_request", lambda parent: record("no-request", a.export_anyway)
    )
    monkeypatch.setattr(
        dialogs,
        "confirm_unprintable",
        lambda parent, characters, printing: record(
            f"unprintable:{characters}", a.unprintable_anyway
        ),
    )

    def offer_restore(parent: Any, when: str, words: str) -> bool:
        a.restore_seen.append(f"{when} | {words}")
        return bool(record("restore", a.restore))

    monkeypatch.setattr(dialogs, "offer_restore", offer_restore)
    monkeypatch.setattr(
        dialogs,
        "confirm_expired",
        lambda parent, deadline: record(f"expired:{deadline}", a.go_on_expired),
    )
    monkeypatch.setattr(
        dialogs, "confirm_new_letter", lambda parent: record("new-letter", a.new_letter)
    )
    monkeypatch.setattr(dialogs, "confirm_close", lambda parent: record("close", a.close))
    monkeypatch.setattr(
        dialogs, "offer_open_pdf", lambda parent, path: record("open-pdf", a.after_export)
    )
    monkeypatch.setattr(
        dialogs, "open_url", lambda url: record("url", a.opened.append(url.toLocalFile())) or True
    )
    monkeypatch.setattr(
        dialogs,
        "show_error",
        lambda parent, title, text, details="": a.errors.append((title, text)),
    )
    monkeypatch.setattr(
        dialogs, "show_info", lambda parent, title, text: record(f"info:{text}", None)
    )
    monkeypatch.setattr(
        dialogs,
        "confirm_switch_case",
        lambda parent, title: record(f"switch:{title}", a.switch_case),
    )
    monkeypatch.setattr(
        dialogs, "ask_case_file", lambda parent, folder: record("case-file", a.case_file)
    )
    monkeypatch.setattr(
        dialogs,
        "ask_import_file",
        lambda parent, folder, name_filter: record("import-file", a.import_file),
    )
    monkeypatch.setattr(
        dialogs, "ask_pack_file", lambda parent, folder: record("pack-file", a.pack_file)
    )
    monkeypatch.setattr(
        dialogs,
        "ask_pack_save_path",
        lambda parent, suggested: record(f"pack-save:{suggested.name}", a.pack_save_path),
    )

    # The case library's own dialogs: closed and recorded unless a test drives them (a test's
    # own monkeypatch replaces these). Their messages go through dialogs.show_error, above.
    for module in (import_review, case_picker, pack_export):
        monkeypatch.setattr(
            module,
            "_exec_dialog",
            lambda dialog: record(f"exec:{type(dialog).__name__}", QDialog.DialogCode.Rejected),
        )
    monkeypatch.setattr(case_picker, "_confirm", lambda *args: record("confirm", False))
    monkeypatch.setattr(
        pack_import, "_ask_replace", lambda parent, ids: record(f"replace:{','.join(ids)}", set())
    )
    yield a


@pytest.fixture
def window(qtbot: QtBot) -> MainWindow:
    w = MainWindow()
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w
