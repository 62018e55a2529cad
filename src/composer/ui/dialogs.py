"""Every modal question the window asks, each a small function that tests replace."""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QPushButton, QWidget

from composer.model.file_kinds import FileKind

# lupdate finds translate("context", "text") calls; a wrapper would hide the strings.
translate = QCoreApplication.translate

# Qt's own French catalogue (qtbase_fr) lacks two labels of Qt's file dialog as it now spells
# them; ours supplies them (the app's translator is asked when Qt's has no answer).
QT_FILL_INS = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
)


class AfterExport(Enum):
    OPEN_PDF = "open"
    OPEN_FOLDER = "folder"
    NEXT_WRITER = "next"
    NOTHING = "nothing"


def run_modal(dialog: QDialog) -> int:
    """Run a modal dialog. Each module binds this to its own name, which tests replace so
    that no test ever waits on a dialog."""
    return dialog.exec()


def push_button(text: str, slot: Callable[[], object]) -> QPushButton:
    button = QPushButton(text)
    button.clicked.connect(slot)
    return button


def ask_save_path(parent: QWidget | None, suggested: Path) -> Path | None:
    """Ask where to save the PDF; None when the writer cancels."""
    dialog_title = translate("dialogs", "Export the letter as PDF")
    name, _ = QFileDialog.getSaveFileName(
        parent, dialog_title, str(suggested), translate("dialogs", "PDF documents (*.pdf)")
    )
    if not name:
        return None
    path = Path(name)
    return path if path.suffix.lower() == ".pdf" else path.with_name(path.name + ".pdf")


def ask_case_file(parent: QWidget | None, folder: Path) -> Path | None:
    name, _ = QFileDialog.getOpenFileName(
        parent,
        translate("dialogs", "Open a case file"),
        str(folder),
        translate("dialogs", "Case files ({patterns})").format(patterns=FileKind.CASE.patterns),
    )
    return Path(name) if name else None


def ask_import_file(parent: QWidget | None, folder: Path, name_filter: str) -> Path | None:
    """Import Urgent Action…: the text, web page or PDF to read; None when cancelled."""
    name, _ = QFileDialog.getOpenFileName(
        parent, translate("dialogs", "Import an Urgent Action"), str(folder), name_filter
    )
    return Path(name) if name else None


def ask_pack_file(parent: QWidget | None, folder: Path) -> Path | None:
    """Import Case Pack…: the .lcpack to read; None when cancelled."""
    name, _ = QFileDialog.getOpenFileName(
        parent,
        translate("dialogs", "Import a case pack"),
        str(folder),
        translate("dialogs", "Case packs ({patterns})").format(patterns=FileKind.PACK.patterns),
    )
    return Path(name) if name else None


def ask_pack_save_path(parent: QWidget | None, suggested: Path) -> Path | None:
    """Export Case Pack…: where to write the pack (always ending in .lcpack); None if cancelled."""
    name, _ = QFileDialog.getSaveFileName(
        parent,
        translate("dialogs", "Export a case pack"),
        str(suggested),
        translate("dialogs", "Case packs ({patterns})").format(patterns=FileKind.PACK.patterns),
    )
    if not name:
        return None
    return FileKind.PACK.with_suffix(Path(name))


def confirm_switch_case(parent: QWidget | None, title: str) -> bool:
    """The letter on screen has the writer's changes: True to clear it and show another case."""
    box = QMessageBox(
        QMessageBox.Icon.Question,
        translate("dialogs", "Open another case?"),
        translate(
            "dialogs",
            "Open the case “{title}”?\n\nThe letter you are writing will be "
            "cleared. Export or print it first if you want to keep it.",
        ).format(title=title),
        QMessageBox.StandardButton.Cancel,
        parent,
    )
    open_case = box.addButton(
        translate("dialogs", "Open the Case"), QMessageBox.ButtonRole.AcceptRole
    )
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is open_case


def offer_open_pdf(parent: QWidget | None, path: Path) -> AfterExport:
    box = QMessageBox(
        QMessageBox.Icon.Information,
        translate("dialogs", "Letter exported"),
        translate("dialogs", "Your letter is saved as:\n{path}").format(path=path),
        QMessageBox.StandardButton.NoButton,
        parent,
    )
    open_pdf = box.addButton(
        translate("dialogs", "Open the PDF"), QMessageBox.ButtonRole.AcceptRole
    )
    open_folder = box.addButton(
        translate("dialogs", "Show its folder"), QMessageBox.ButtonRole.ActionRole
    )
    next_writer = box.addButton(
        translate("dialogs", "Next Writer"), QMessageBox.ButtonRole.ActionRole
    )
    next_writer.setToolTip(
        translate("dialogs", "Clear the writer's details and start a fresh letter for the next one")
    )
    box.addButton(QMessageBox.StandardButton.Close)
    box.setDefaultButton(open_pdf)
    box.exec()
    clicked = box.clickedButton()
    if clicked is open_pdf:
        return AfterExport.OPEN_PDF
    if clicked is open_folder:
        return AfterExport.OPEN_FOLDER
    if clicked is next_writer:
        return AfterExport.NEXT_WRITER
    return AfterExport.NOTHING


def offer_next_writer(parent: QWidget | None, text: str) -> bool:
    """After printing at an event: True when the writer chooses Next Writer."""
    box = QMessageBox(
        QMessageBox.Icon.Information,
        translate("dialogs", "Letter printed"),
        text,
        QMessageBox.StandardButton.NoButton,
        parent,
    )
    next_writer = box.addButton(
        translate("dialogs", "Next Writer"), QMessageBox.ButtonRole.AcceptRole
    )
    box.addButton(QMessageBox.StandardButton.Close)
    box.setDefaultButton(next_writer)
    box.exec()
    return box.clickedButton() is next_writer


def open_url(url: QUrl) -> bool:
    """Open a file or folder in the desktop's own application."""
    return QDesktopServices.openUrl(url)


def confirm_no_request(parent: QWidget | None) -> bool:
    """Warn that no demand is ticked; True to export anyway."""
    answer = QMessageBox.warning(
        parent,
        translate("dialogs", "Your letter makes no request"),
        translate(
            "dialogs",
            "Your letter makes no request: no demand is ticked. A letter works "
            "best when it asks for something.\n\nExport it anyway?",
        ),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def confirm_unprintable(parent: QWidget | None, characters: str, printing: bool) -> bool:
    """Warn that no font can draw some characters of the letter; True to go on without them."""
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        translate("dialogs", "Some characters cannot be printed"),
        translate(
            "dialogs",
            "No font in Letter Composer can draw these characters of your letter: {characters}"
            "\n\nThey would be left out of the page, so the letter on paper would not read as "
            "it does on screen. Change or remove them, or go on without them.",
        ).format(characters=characters),
        QMessageBox.StandardButton.Cancel,
        parent,
    )
    go = box.addButton(
        translate("dialogs", "Print Anyway") if printing else translate("dialogs", "Export Anyway"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    run_modal(box)
    return box.clickedButton() is go


def confirm_expired(parent: QWidget | None, deadline: str) -> bool:
    """Say that the action's deadline has passed (and when); True to go on all the same."""
    answer = QMessageBox.warning(
        parent,
        translate("dialogs", "The deadline has passed"),
        translate(
            "dialogs",
            "This Urgent Action's deadline passed on {date}. The case may have changed: check "
            "for an update before you send the letter.\n\nGo on with this letter?",
        ).format(date=deadline),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.Yes,
    )
    return answer == QMessageBox.StandardButton.Yes


def offer_restore(parent: QWidget | None, when: str, first_words: str) -> bool:
    """After a crash: True to bring back the autosaved letter."""
    answer = QMessageBox.question(
        parent,
        translate("dialogs", "Restore your letter?"),
        translate(
            "dialogs",
            "Restore the letter you were writing?\n\nLetter Composer closed "
            "before you finished it ({when}). The letter begins: “{words}”",
        ).format(when=when, words=first_words),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.Yes,
    )
    return answer == QMessageBox.StandardButton.Yes


def confirm_new_letter(parent: QWidget | None) -> bool:
    answer = QMessageBox.question(
        parent,
        translate("dialogs", "Start a new letter?"),
        translate("dialogs", "Start a new letter? The letter on screen will be cleared."),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    return answer == QMessageBox.StandardButton.Yes


def confirm_close(parent: QWidget | None) -> bool:
    """True to close although the letter was neither exported nor printed."""
    answer = QMessageBox.question(
        parent,
        translate("dialogs", "Close Letter Composer?"),
        translate(
            "dialogs",
            "Your letter has not been exported or printed since you last "
            "changed it. Close anyway? It will not be kept.",
        ),
        QMessageBox.StandardButton.Close | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    return answer == QMessageBox.StandardButton.Close


def show_error(parent: QWidget | None, title: str, text: str, details: str = "") -> None:
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, parent)
    if details:
        box.setDetailedText(details)
    box.exec()


def show_info(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.information(parent, title, text)
