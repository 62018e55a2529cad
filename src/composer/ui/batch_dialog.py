"""Event ▸ Batch from Sign-up Sheet…: one letter per writer of a CSV, with progress and Cancel.

The same code path as ``letter-composer batch`` (composer.batch); rows that cannot be made are
listed with their line in the file, and the others are still made.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from composer import paths
from composer.batch import BatchResult, run_batch
from composer.model.case import Case
from composer.model.signup import SignupError, parse, read_text
from composer.model.templates import LANGUAGES
from composer.render.layouts import get_layout
from composer.ui.accessibility import FocusRing
from composer.ui.dialogs import run_modal as _exec_dialog
from composer.ui.messages import error_text, problem_text
from composer.ui.recipient_choice import RecipientChooser


class BatchDialog(QDialog):
    def __init__(
        self,
        parent: QWidget | None,
        case: Case,
        layout_id: str,
        language: str,
        folder: Path | None,
        event_name: str = "",
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Batch from a Sign-up Sheet"))
        self.case, self.layout_id, self.language, self.event_name = (
            case,
            layout_id,
            language,
            event_name,
        )
        self.outcome: BatchResult | None = None
        self._cancelled = False
        self._running = False
        self.csv_edit = QLineEdit(self)
        self.csv_edit.setAccessibleName(self.tr("Sign-up sheet"))
        self.csv_edit.setPlaceholderText(self.tr("A CSV file: name,address,town,language,note"))
        self.folder_edit = QLineEdit(str(folder or paths.documents_dir()), self)
        self.folder_edit.setAccessibleName(self.tr("Folder for the letters"))
        self.recipient_choice = RecipientChooser(self)
        self.recipient_choice.set_case(case)
        self.progress = QProgressBar(self)
        self.progress.setAccessibleName(self.tr("Progress"))
        self.progress.setValue(0)
        self.log = QPlainTextEdit(self)
        self.log.setAccessibleName(self.tr("Batch messages"))
        self.log.setReadOnly(True)
        self.start_button = QPushButton(self.tr("&Make the Letters"), self)
        self.start_button.setDefault(True)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setEnabled(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.start_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)

        form = QFormLayout()
        form.addRow(self.tr("Case:"), QLabel(case.title, self))
        form.addRow(self.tr("&Sign-up sheet:"), self._with_browse(self.csv_edit, self._choose_csv))
        form.addRow(self.tr("Save &in:"), self._with_browse(self.folder_edit, self._choose_folder))
        if self.recipient_choice.offers_a_choice():
            form.addRow(self.tr("&To:"), self.recipient_choice)
        else:
            self.recipient_choice.hide()
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.log, 1)
        layout.addWidget(buttons)
        self.start_button.clicked.connect(self.start)
        self.cancel_button.clicked.connect(self.cancel)
        self.resize(600, 420)
        self.focus_ring = FocusRing(self)  # where the keyboard is, as in the main window

    def _with_browse(self, edit: QLineEdit, slot: object) -> QWidget:
        box = QWidget(self)
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(edit, 1)
        button = QToolButton(box)
        button.setText(self.tr("Choose…"))
        button.clicked.connect(slot)
        row.addWidget(button)
        return box

    @Slot()
    def _choose_csv(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("The sign-up sheet"), "", self.tr("CSV files (*.csv)")
        )
        if name:
            self.csv_edit.setText(name)

    @Slot()
    def _choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder for the letters"))
        if folder:
            self.folder_edit.setText(folder)

    def _say(self, text: str) -> None:
        self.log.appendPlainText(text)

    def _progress(self, done: int, total: int) -> bool:
        self.progress.setMaximum(max(total, 1))
        self.progress.setValue(done)
        QApplication.processEvents()  # the Cancel button and the bar stay alive
        return not self._cancelled

    @Slot()
    def cancel(self) -> None:
        self._cancelled = True

    @Slot()
    def start(self) -> None:
        if self._running:
            return
        self.log.clear()
        csv_path = Path(self.csv_edit.text().strip())
        if not self.csv_edit.text().strip():
            self._say(self.tr("Choose the sign-up sheet (a CSV file) first."))
            return
        try:
            signup = parse(read_text(csv_path), frozenset(LANGUAGES))
        except SignupError as exc:
            self._say(
                self.tr("The sign-up sheet cannot be used: {reason}").format(reason=error_text(exc))
            )
            return
        self._cancelled, self._running = False, True
        self.start_button.setEnabled(False)
        self.close_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        folder = Path(self.folder_edit.text().strip() or paths.documents_dir())
        try:
            result = run_batch(
                self.case,
                signup,
                get_layout(self.layout_id),
                folder,
                language=self.language,
                choice=self.recipient_choice.choice(),
                event=self.event_name,
                progress=self._progress,
            )
        except OSError as exc:
            self._say(
                self.tr("Nothing was made: {folder} cannot be written ({reason}).").format(
                    folder=folder, reason=exc.strerror or exc
                )
            )
            result = None
        finally:
            self._running = False
            self.start_button.setEnabled(True)
            self.close_button.setEnabled(True)
            self.cancel_button.setEnabled(False)
        self.outcome = result
        if result is None:
            return
        for problem in result.problems:
            self._say(
                self.tr("Line {line}: {problem}").format(
                    line=problem.line, problem=problem_text(problem)
                )
            )
        summary = self.tr("{count} letter file(s) made in {folder}.").format(
            count=len(result.written), folder=folder
        )
        if result.cancelled:
            summary = self.tr("Cancelled: {count} letter file(s) made in {folder}.").format(
                count=len(result.written), folder=folder
            )
        if result.problems:
            summary += " " + self.tr("{count} row(s) could not be made.").format(
                count=len(result.problems)
            )
        self._say(summary)

    def reject(self) -> None:
        if self._running:
            self.cancel()
            return
        super().reject()


def run_batch_dialog(
    parent: QWidget,
    case: Case,
    layout_id: str,
    language: str,
    folder: Path | None,
    event_name: str = "",
) -> BatchDialog:
    dialog = BatchDialog(parent, case, layout_id, language, folder, event_name)
    _exec_dialog(dialog)
    return dialog
