"""The French catalogue: in sync with the window's sources, complete, and used by the window.

When a test here fails after you add or change a window string, run
``resources/translations/update.sh``, translate the new entries in
``resources/translations/letter-composer_fr.ts`` and run the script again.
"""

from __future__ import annotations

import ast
import datetime as dt
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.qtbot import QtBot

from composer.ui.app import _install_translators
from composer.ui.case_view import long_date
from composer.ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]
UI_SOURCES = sorted((ROOT / "src" / "composer" / "ui").glob("*.py"))
TRANSLATIONS = ROOT / "resources" / "translations"
FRENCH_TS = TRANSLATIONS / "letter-composer_fr.ts"
FRENCH_QM = TRANSLATIONS / "letter-composer_fr.qm"
UPDATE_HINT = "run resources/translations/update.sh and translate the new entries"

# {name} for str.format, %1..%9 for QString.arg-style replace, %n for plurals.
PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*\}|%[0-9n]")
ACCELERATOR = re.compile(r"&([^&\s])")

Key = tuple[str, str]  # (context, source)


def _tool(name: str) -> str:
    """pyside6-lupdate / pyside6-lrelease from this venv (or PATH)."""
    beside = Path(sys.executable).with_name(name)
    found = str(beside) if beside.exists() else shutil.which(name)
    if found is None:
        pytest.fail(f"{name} not found: it comes with PySide6 (pip install PySide6-Essentials)")
    return found


def _messages(ts: Path) -> dict[Key, ET.Element]:
    """Every current message of a .ts file (not vanished or obsolete ones)."""
    found: dict[Key, ET.Element] = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            if translation.get("type") in ("vanished", "obsolete"):
                continue
            found[(name, message.findtext("source") or "")] = translation
    return found


def _text(translation: ET.Element) -> str:
    """A translation's text (plural forms joined)."""
    forms = translation.findall("numerusform")
    return "\n".join(f.text or "" for f in forms) if forms else (translation.text or "")


@pytest.fixture(scope="module")
def committed() -> dict[Key, ET.Element]:
    assert FRENCH_TS.is_file(), f"{FRENCH_TS} is missing: {UPDATE_HINT}"
    return _messages(FRENCH_TS)


def test_catalogue_holds_exactly_the_window_strings(
    tmp_path: Path, committed: dict[Key, ET.Element]
) -> None:
    """lupdate run now on src/composer/ui finds the same strings as the committed .ts."""
    fresh_ts = tmp_path / FRENCH_TS.name
    shutil.copy(FRENCH_TS, fresh_ts)
    subprocess.run(
        [
            _tool("pyside6-lupdate"),
            "-no-obsolete",
            "-locations",
            "none",
            *map(str, UI_SOURCES),
            "-ts",
            str(fresh_ts),
        ],
        check=True,
        capture_output=True,
        cwd=ROOT,
    )
    fresh = set(_messages(fresh_ts))
    missing = sorted(fresh - set(committed))
    stale = sorted(set(committed) - fresh)
    assert not missing, f"strings not in {FRENCH_TS.name} ({UPDATE_HINT}):\n" + "\n".join(
        f"  [{context}] {source!r}" for context, source in missing
    )
    assert not stale, f"strings no longer in the sources ({UPDATE_HINT}):\n" + "\n".join(
        f"  [{context}] {source!r}" for context, source in stale
    )


def _translation_call(node: ast.AST) -> str:
    """ "tr" for self.tr(...)/Class.tr(...), "translate" for [QCoreApplication.]translate(...)."""
    if not isinstance(node, ast.Call):
        return ""
    func = node.func
    if isinstance(func, ast.Attribute) and func.attr == "tr":
        return "tr"
    if (
        isinstance(func, ast.Attribute)
        and func.attr == "translate"
        and isinstance(func.value, ast.Name)
        and func.value.id == "QCoreApplication"
    ):
        return "translate"
    if isinstance(func, ast.Name) and func.id == "translate":
        return "translate"
    return ""


@pytest.mark.parametrize("source", UI_SOURCES, ids=lambda path: path.name)
def test_lupdate_can_see_every_translated_string(source: Path) -> None:
    """lupdate only reads tr("literal") / translate("context", "literal") written out in full:
    not inside an f-string, not through a wrapper function, not with a variable."""
    problems = []
    tree = ast.parse(source.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.JoinedStr):
            problems += [
                f"line {getattr(sub, 'lineno', '?')}: tr()/translate() inside an f-string"
                for sub in ast.walk(node)
                if _translation_call(sub)
            ]
        kind = _translation_call(node)
        if not kind:
            continue
        assert isinstance(node, ast.Call)
        literal_args = node.args[:1] if kind == "tr" else node.args[:2]
        wanted = 1 if kind == "tr" else 2
        if len(literal_args) < wanted or not all(
            isinstance(arg, ast.Constant) and isinstance(arg.value, str) for arg in literal_args
        ):
            problems.append(f"line {node.lineno}: {kind}() without literal text")
    assert not problems, f"{source.name}: strings lupdate cannot extract:\n" + "\n".join(problems)


def test_every_message_is_translated(committed: dict[Key, ET.Element]) -> None:
    untranslated = [
        key
        for key, translation in committed.items()
        if translation.get("type") == "unfinished" or not _text(translation).strip()
    ]
    assert not untranslated, "untranslated in letter-composer_fr.ts:\n" + "\n".join(
        f"  [{context}] {source!r}" for context, source in untranslated
    )


def test_translations_keep_placeholders_and_accelerators(committed: dict[Key, ET.Element]) -> None:
    problems = []
    for (context, source), translation in committed.items():
        text = _text(translation)
        if sorted(set(PLACEHOLDER.findall(source))) != sorted(set(PLACEHOLDER.findall(text))):
            problems.append(f"  [{context}] placeholders differ: {source!r} -> {text!r}")
        if bool(ACCELERATOR.search(source)) != bool(ACCELERATOR.search(text)):
            problems.append(
                f"  [{context}] keyboard accelerator (&) lost or added: {source!r} -> {text!r}"
            )
    assert not problems, "\n".join(problems)


def test_shipped_qm_is_compiled_from_the_committed_ts(committed: dict[Key, ET.Element]) -> None:
    """The .qm (what ships) gives every translation of the .ts, so no edit is left uncompiled.
    (Compared through QTranslator, not byte for byte: lrelease versions may lay files out
    differently.)"""
    shipped = QTranslator()
    assert shipped.load(str(FRENCH_QM))
    stale = [
        f"  [{context}] {source!r}"
        for (context, source), translation in committed.items()
        if (text := _text(translation)) != source and shipped.translate(context, source) != text
    ]
    assert not stale, f"stale {FRENCH_QM.name} ({UPDATE_HINT}):\n" + "\n".join(stale)


@pytest.fixture
def french(qapp: QApplication) -> Iterator[QTranslator]:
    translator = QTranslator()
    assert translator.load(str(FRENCH_QM))
    assert qapp.installTranslator(translator)
    yield translator
    qapp.removeTranslator(translator)


def _menu_texts(menu: QMenu) -> list[str]:
    return [action.text() for action in menu.actions() if not action.isSeparator()]


def test_window_speaks_french_with_the_french_translator(qtbot: QtBot, french: QTranslator) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    assert QCoreApplication.translate("MainWindow", "&Export PDF…") == "&Exporter en PDF…"
    assert window.export_act.text() == "&Exporter en PDF…"
    assert window.print_act.text() == "&Imprimer…"
    assert window.new_act.text() == "&Nouvelle lettre"
    assert window.undo_act.text() == "&Annuler"
    assert window.redo_act.text() == "&Rétablir"
    assert window.quit_act.text() == "&Quitter"
    titles = [action.text() for action in window.menuBar().actions()]
    assert titles[:2] == ["&Fichier", "É&dition"]
    assert titles[-1] == "&Aide"


def test_french_menus_have_unique_accelerators(qtbot: QtBot, french: QTranslator) -> None:
    """Alt+letter must pick one item: accelerators are unique in the menu bar and each menu."""
    window = MainWindow()
    qtbot.addWidget(window)
    menus: list[tuple[str, list[str]]] = [
        ("menu bar", [action.text() for action in window.menuBar().actions()])
    ]
    pending = [action.menu() for action in window.menuBar().actions()]
    while pending:
        menu = pending.pop()
        if not isinstance(menu, QMenu):
            continue
        menus.append((menu.title(), _menu_texts(menu)))
        pending.extend(
            action.menu()
            for action in menu.actions()
            if isinstance(action, QAction) and action.menu() is not None
        )
    for title, texts in menus:
        keys = [m.group(1).casefold() for text in texts if (m := ACCELERATOR.search(text))]
        duplicates = {key for key in keys if keys.count(key) > 1}
        assert not duplicates, f"{title}: accelerator {sorted(duplicates)} used twice in {texts}"


def test_english_is_untouched_without_translator(qtbot: QtBot) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    assert window.export_act.text() == "&Export PDF…"


def test_dates_in_french_write_the_first_as_an_ordinal() -> None:
    before = QLocale()
    QLocale.setDefault(QLocale("fr_CA"))
    try:
        assert long_date(dt.date(2024, 11, 1)) == "1er novembre 2024"
        assert long_date(dt.date(2024, 11, 2)) == "2 novembre 2024"
    finally:
        QLocale.setDefault(before)
    QLocale.setDefault(QLocale("en_CA"))
    try:
        assert long_date(dt.date(2024, 11, 1)) == "November 1, 2024"
    finally:
        QLocale.setDefault(before)


@pytest.mark.parametrize("system_locale", ["fr_CA", "fr_FR", "fr_BE"])
def test_app_loads_french_and_qt_french_for_any_french_locale(
    qapp: QApplication, system_locale: str
) -> None:
    """ui.app finds letter-composer_fr.qm (through composer.resource_files, as in a bundle)
    and Qt's own qtbase_fr.qm (standard buttons, file and print dialogs)."""
    before = QLocale()
    existing = list(qapp.findChildren(QTranslator))
    QLocale.setDefault(QLocale(system_locale))
    try:
        _install_translators(qapp)
        added = [t for t in qapp.findChildren(QTranslator) if t not in existing]
        try:
            assert len(added) == 2
            assert QCoreApplication.translate("MainWindow", "&Print…") == "&Imprimer…"
            assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Annuler"
        finally:
            for translator in added:
                qapp.removeTranslator(translator)
                translator.setParent(None)
    finally:
        QLocale.setDefault(before)
    assert QCoreApplication.translate("MainWindow", "&Print…") == "&Print…"
