"""Review an imported Urgent Action: every parsed field, what is missing or doubtful highlighted.

Use::

    case = review_file(path, parent)        # Import… / a dropped file; None if cancelled/failed
    case = review_text(clipboard_text, parent)  # Paste Urgent Action
    case = review_case(existing_case, parent)   # edit a case of the library
    if case is not None:
        case = library.add_user_case(case)  # the window saves through the model

or build ``CaseReviewDialog(result, parent)`` yourself, ``exec()`` it and read ``case()``.
The dialog does no file I/O; ``accepted_case()`` is the corrected case once the coordinator saves.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Collection
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QEventLoop,
    QObject,
    QRunnable,
    Qt,
    QThreadPool,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressDialog,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from composer.model.case import (
    Case,
    CaseError,
    Demand,
    Recipient,
    case_from_toml,
    case_to_toml,
)
from composer.model.file_kinds import FileKind, file_kind
from composer.model.importer import (
    ImportResult,
    UAImportError,
    import_file,
    import_text,
)
from composer.ui import dialogs
from composer.ui.accessibility import FocusRing
from composer.ui.dialogs import push_button as _button
from composer.ui.dialogs import run_modal as _exec_dialog
from composer.ui.messages import error_text, warning_text
from composer.ui.review_fields import (
    _CheckFrame,
    _RecipientEditor,
    _TextBox,
    background_to_text,
    language_codes,
    language_names,
    text_to_background,
)


class CaseReviewDialog(QDialog):
    """A case's fields for correction, highlighted where an import was unsure: after an
    import, and for Edit This Case; ``case()`` gives the corrected Case."""

    def __init__(self, result: ImportResult, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._result = result
        self._case = result.case
        self._accepted_case: Case | None = None
        self.setWindowTitle(self.tr("Review the imported Urgent Action"))
        self.setSizeGripEnabled(True)
        self._create_fields()
        self._create_layout()
        self._highlight_warnings()
        self._fit_screen()
        self.focus_ring = FocusRing(self)  # where the keyboard is, as in the main window

    def _fit_screen(self) -> None:
        """Open at a comfortable size that never passes the screen's free area (a 1024x600
        netbook, 1366x768 at 150 % is 910x512): the form scrolls, Save and Cancel stay."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is None:  # pragma: no cover - a Qt application always has one
            return
        free = screen.availableGeometry()
        width = min(max(self.sizeHint().width(), 720), int(free.width() * 0.95))
        height = min(760, int(free.height() * 0.9))
        self.resize(width, height)

    # ------------------------------------------------------------------ building

    def _create_fields(self) -> None:
        case = self._case
        self.title_edit = QLineEdit(case.title)
        self.summary_edit = _TextBox(case.summary, lines=5)
        self.country_edit = QLineEdit(case.country)
        self.language_edit = QLineEdit(language_names([case.language]))
        self.ua_number_edit = QLineEdit(case.ua_number)
        self.action_intro_edit = QLineEdit(case.action_intro)
        self.action_intro_edit.setPlaceholderText(
            self.tr("e.g. Write to the Minister of the Interior urging him to:")
        )
        self.demands_list = QListWidget()
        self.demands_list.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.demands_list.setWordWrap(True)
        for demand in case.demands:
            self._add_demand_item(demand.in_language(case.language, case.language))
        self.add_demand_button = _button(self.tr("Add demand"), self._add_demand)
        self.remove_demand_button = _button(self.tr("Remove demand"), self._remove_demand)
        self.recipient_tabs = QTabWidget()
        for recipient in case.recipients or (Recipient(name=""),):
            self._add_recipient_tab(recipient)
        self.add_recipient_button = _button(self.tr("Add recipient"), self._add_recipient)
        self.remove_recipient_button = _button(self.tr("Remove recipient"), self._remove_recipient)
        self.copies_tabs = QTabWidget()
        for recipient in case.copies_to:
            self._add_copy_tab(recipient)
        self.add_copy_button = _button(self.tr("Add a copy"), self._add_copy)
        self.remove_copy_button = _button(self.tr("Remove this copy"), self._remove_copy)
        self.remove_copy_button.setEnabled(bool(case.copies_to))
        self.languages_edit = QLineEdit(language_names(case.languages))
        self.languages_edit.setPlaceholderText(self.tr("e.g. Spanish, English"))
        self.deadline_edit = QDateEdit()
        self.deadline_edit.setCalendarPopup(True)
        self.deadline_edit.setDisplayFormat("yyyy-MM-dd")
        self.no_deadline = QCheckBox(self.tr("No deadline"))
        self.no_deadline.toggled.connect(self.deadline_edit.setDisabled)
        if case.deadline:
            d = case.deadline
            self.deadline_edit.setDate(QDate(d.year, d.month, d.day))
        else:
            self.deadline_edit.setDate(QDate.currentDate())
            self.no_deadline.setChecked(True)
        self.past_deadline_label = QLabel(
            self.tr("This deadline has passed: check that the appeal is still open.")
        )
        self.past_deadline_label.setWordWrap(True)
        self.past_deadline_label.setObjectName("past_deadline")
        self.deadline_edit.dateChanged.connect(self._show_past_deadline)
        self.no_deadline.toggled.connect(self._show_past_deadline)
        self.background_edit = _TextBox(background_to_text(case.background), lines=7)
        self.model_letter_edit = _TextBox(case.model_letter, lines=7)
        self.warnings_label = QLabel()
        self.warnings_label.setWordWrap(True)
        self.warnings_label.setTextFormat(Qt.TextFormat.PlainText)
        self.warnings_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        font = self.error_label.font()
        font.setBold(True)
        self.error_label.setFont(font)
        self.error_label.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        names = {
            "title": (self.title_edit, self.tr("Title")),
            "summary": (self.summary_edit, self.tr("Summary")),
            "country": (self.country_edit, self.tr("Country")),
            "language": (self.language_edit, self.tr("Language of the appeal")),
            "ua_number": (self.ua_number_edit, self.tr("UA number")),
            "action_intro": (self.action_intro_edit, self.tr("Before the demands")),
            "demands": (self.demands_list, self.tr("Demands")),
            "recipients": (self.recipient_tabs, self.tr("Recipients")),
            "copies_to": (self.copies_tabs, self.tr("Copies to")),
            "languages": (self.languages_edit, self.tr("Preferred languages")),
            "deadline": (self.deadline_edit, self.tr("Deadline")),
            "model_letter": (self.model_letter_edit, self.tr("Sample letter")),
            "background": (self.background_edit, self.tr("Background")),
        }
        self.field_widgets: dict[str, QWidget] = {}
        self._frames: dict[str, _CheckFrame] = {}
        self._labels: dict[str, str] = {}
        for name, (widget, label) in names.items():
            widget.setObjectName(f"field_{name}")
            widget.setAccessibleName(label)
            self.field_widgets[name] = widget
            self._labels[name] = label

    def _create_layout(self) -> None:
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.warnings_label)
        form.addRow(self._labels["title"], self.title_edit)
        form.addRow(self._labels["summary"], self.summary_edit)
        form.addRow(self._labels["country"], self.country_edit)
        form.addRow(self._labels["language"], self.language_edit)
        form.addRow(self._labels["ua_number"], self.ua_number_edit)
        form.addRow(self._labels["action_intro"], self.action_intro_edit)
        demand_buttons = QHBoxLayout()
        demand_buttons.addWidget(self.add_demand_button)
        demand_buttons.addWidget(self.remove_demand_button)
        demand_buttons.addStretch()
        demands = QVBoxLayout()
        demands.addWidget(self.demands_list)
        demands.addLayout(demand_buttons)
        form.addRow(self._labels["demands"], demands)
        recipient_buttons = QHBoxLayout()
        recipient_buttons.addWidget(self.add_recipient_button)
        recipient_buttons.addWidget(self.remove_recipient_button)
        recipient_buttons.addStretch()
        recipients = QVBoxLayout()
        recipients.addWidget(self.recipient_tabs)
        recipients.addLayout(recipient_buttons)
        form.addRow(self._labels["recipients"], recipients)
        copy_buttons = QHBoxLayout()
        copy_buttons.addWidget(self.add_copy_button)
        copy_buttons.addWidget(self.remove_copy_button)
        copy_buttons.addStretch()
        copies = QVBoxLayout()
        copies.addWidget(self.copies_tabs)
        copies.addLayout(copy_buttons)
        self.copies_tabs.setVisible(self.copies_tabs.count() > 0)
        form.addRow(self._labels["copies_to"], copies)
        form.addRow(self._labels["languages"], self.languages_edit)
        deadline = QHBoxLayout()
        deadline.addWidget(self.deadline_edit)
        deadline.addWidget(self.no_deadline)
        deadline.addStretch()
        deadline_box = QVBoxLayout()
        deadline_box.addLayout(deadline)
        deadline_box.addWidget(self.past_deadline_label)
        form.addRow(self._labels["deadline"], deadline_box)
        form.addRow(self._labels["model_letter"], self.model_letter_edit)
        form.addRow(self._labels["background"], self.background_edit)
        inner = QWidget()
        inner.setLayout(form)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

    def _highlight_warnings(self) -> None:
        """Each field with a warning gets a coloured frame and the warning as its tooltip."""
        by_field: dict[str, list[str]] = {}
        plain = [(w, warning_text(w)) for w in self._result.warnings]
        for warning, message in plain:
            by_field.setdefault(warning.top_field, []).append(message)
        for name, messages in by_field.items():
            widget = self.field_widgets.get(name)
            if widget is None:
                continue
            widget.setProperty("importWarning", True)
            self._frame(name).set_on(True)
            widget.setToolTip("\n".join(messages))
            widget.setAccessibleDescription("; ".join(messages))
        if plain:
            lines = [self.tr("Please check the framed fields:")]
            lines += [
                self.tr("• {field}: {problem}").format(
                    field=self._labels.get(w.top_field, w.field), problem=message
                )
                for w, message in plain
            ]
            self.warnings_label.setText("\n".join(lines))
        else:
            self.warnings_label.setText(self.tr("Every field was found. Please check them."))
        self._show_past_deadline()

    @Slot()
    def _show_past_deadline(self) -> None:
        """A deadline before today is flagged, so no one writes for a closed appeal unawares."""
        date = self.deadline_edit.date()
        past = not self.no_deadline.isChecked() and date < QDate.currentDate()
        self.past_deadline_label.setVisible(past)
        framed = past or bool(self.deadline_edit.property("importWarning"))
        if framed or "deadline" in self._frames:
            self._frame("deadline").set_on(framed)

    def _frame(self, name: str) -> _CheckFrame:
        """The frame round field ``name`` (made the first time it is asked for)."""
        if name not in self._frames:
            self._frames[name] = _CheckFrame(self.field_widgets[name])
        return self._frames[name]

    def highlighted_fields(self) -> set[str]:
        return {name for name, w in self.field_widgets.items() if w.property("importWarning")}

    def framed_fields(self) -> set[str]:
        """The fields framed for checking as the dialog shows them (a passed deadline too)."""
        return {name for name, frame in self._frames.items() if frame.is_on()}

    # ------------------------------------------------------------------ editing

    def _add_demand_item(self, text: str) -> QListWidgetItem:
        item = QListWidgetItem(text)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
        self.demands_list.addItem(item)
        return item

    @Slot()
    def _add_demand(self) -> None:
        item = self._add_demand_item(self.tr("New demand"))
        self.demands_list.setCurrentItem(item)
        self.demands_list.editItem(item)

    @Slot()
    def _remove_demand(self) -> None:
        row = self.demands_list.currentRow()
        if row >= 0:
            self.demands_list.takeItem(row)

    def _add_recipient_tab(self, recipient: Recipient) -> None:
        editor = _RecipientEditor(recipient, self._case.language)
        self.recipient_tabs.addTab(editor, recipient.name or self.tr("Recipient"))

    def _add_copy_tab(self, recipient: Recipient) -> None:
        editor = _RecipientEditor(recipient, self._case.language)
        self.copies_tabs.addTab(editor, recipient.name or self.tr("Copy"))

    @Slot()
    def _add_copy(self) -> None:
        self._add_copy_tab(Recipient(name=""))
        self.copies_tabs.show()
        self.copies_tabs.setCurrentIndex(self.copies_tabs.count() - 1)
        self.remove_copy_button.setEnabled(True)

    @Slot()
    def _remove_copy(self) -> None:
        index = self.copies_tabs.currentIndex()
        if index >= 0:
            self.copies_tabs.removeTab(index)
        self.copies_tabs.setVisible(self.copies_tabs.count() > 0)
        self.remove_copy_button.setEnabled(self.copies_tabs.count() > 0)

    @Slot()
    def _add_recipient(self) -> None:
        self._add_recipient_tab(Recipient(name=""))
        self.recipient_tabs.setCurrentIndex(self.recipient_tabs.count() - 1)

    @Slot()
    def _remove_recipient(self) -> None:
        index = self.recipient_tabs.currentIndex()
        if index >= 0:
            self.recipient_tabs.removeTab(index)

    # ------------------------------------------------------------------ result

    def set_demands(self, demands: list[str]) -> None:
        self.demands_list.clear()
        for text in demands:
            self._add_demand_item(text)

    def demands(self) -> list[str]:
        items = (self.demands_list.item(i) for i in range(self.demands_list.count()))
        return [item.text().strip() for item in items if item.text().strip()]

    def case(self) -> Case:
        """The case as corrected in the dialog (CaseError if it cannot be used)."""
        case = self._case
        language = case.language
        old = {d.in_language(language, language): d for d in case.demands}
        demands = tuple(
            old[text] if text in old else Demand({language: text}) for text in self.demands()
        )
        recipients = self._recipients(self.recipient_tabs)
        qdate = self.deadline_edit.date()
        deadline = (
            None
            if self.no_deadline.isChecked()
            else dt.date(qdate.year(), qdate.month(), qdate.day())
        )
        languages = language_codes(self.languages_edit.text())
        own = language_codes(self.language_edit.text())
        corrected = dataclasses.replace(
            case,
            title=self.title_edit.text().strip(),
            summary=self.summary_edit.toPlainText().strip(),
            country=self.country_edit.text().strip(),
            language=own[0] if own else case.language,
            ua_number=self.ua_number_edit.text().strip(),
            action_intro=self.action_intro_edit.text().strip(),
            demands=demands,
            recipients=recipients,
            copies_to=self._recipients(self.copies_tabs),
            languages=languages,
            deadline=deadline,
            model_letter=self.model_letter_edit.toPlainText().strip(),
            background=text_to_background(self.background_edit.toPlainText()),
        )
        # The library must be able to read what the window saves: validate through TOML.
        return case_from_toml(case_to_toml(corrected), source=self.tr("the reviewed case"))

    @staticmethod
    def _recipients(tabs: QTabWidget) -> tuple[Recipient, ...]:
        found = []
        for i in range(tabs.count()):
            editor = tabs.widget(i)
            if isinstance(editor, _RecipientEditor):
                rec = editor.recipient()
                if rec.name or rec.address_lines:
                    found.append(rec)
        return tuple(found)

    @Slot()
    def accept(self) -> None:
        try:
            case = self.case()
        except CaseError as exc:
            self.error_label.setText(error_text(exc))
            self.error_label.show()
            return
        self._accepted_case = case
        super().accept()

    def accepted_case(self) -> Case | None:
        """The corrected case, once the coordinator has saved it; None before (or if cancelled)."""
        return self._accepted_case


def _review(result: ImportResult, parent: QWidget | None) -> Case | None:
    dialog = CaseReviewDialog(result, parent)
    if _exec_dialog(dialog) != QDialog.DialogCode.Accepted:
        return None
    return dialog.accepted_case()


def file_dialog_filter() -> str:
    """The name filter for Import…'s QFileDialog."""
    patterns = FileKind.UA.patterns
    return QCoreApplication.translate(
        "ImportReview", "Urgent Actions ({patterns});;All files (*)"
    ).format(patterns=patterns)


def is_importable(path: Path) -> bool:
    """A file the importer reads (by its name; the content is checked on import)."""
    return file_kind(path) is FileKind.UA


def review_case(case: Case, parent: QWidget | None = None) -> Case | None:
    """Edit a case of the library in the same dialog (no warnings); None if cancelled."""
    return _review(ImportResult(case, ()), parent)


def review_file(
    path: Path, parent: QWidget | None = None, *, taken_ids: Collection[str] = ()
) -> Case | None:
    """Import a file and let the coordinator review it; None if it failed or was cancelled.

    Bad input (empty, binary, too big, a folder, a damaged or locked PDF) shows one message.
    Nothing is saved: the caller adds the case to the library.
    """
    try:
        result = read_file(Path(path), parent, taken_ids=taken_ids)
    except UAImportError as exc:
        dialogs.show_error(
            parent, QCoreApplication.translate("ImportReview", "Cannot import"), error_text(exc)
        )
        return None
    if result is None:  # cancelled while reading
        return None
    return _review(result, parent)


class _ReadSignals(QObject):
    done = Signal(object)  # ImportResult or UAImportError


class _ReadFile(QRunnable):
    """Reads and parses a file on a worker thread: the model is Qt-free and shares nothing
    with the window, so it runs there safely; the answer comes back as a queued signal."""

    def __init__(self, path: Path, taken_ids: Collection[str]) -> None:
        super().__init__()
        self.path = path
        self.taken_ids = tuple(taken_ids)
        self.signals = _ReadSignals()

    def run(self) -> None:
        answer: ImportResult | UAImportError
        try:
            answer = import_file(self.path, taken_ids=self.taken_ids)
        except UAImportError as exc:
            answer = exc
        except Exception:  # a bug must not end the window: one clear sentence
            answer = UAImportError.coded("import.failed", name=self.path.name)
        self.signals.done.emit(answer)


# How long a file may take before the window shows that it is reading (a text file or a
# typical PDF is read well before; a window that flashes a dialog for 20 ms looks broken).
PROGRESS_DELAY_MS = 300


def read_file(
    path: Path, parent: QWidget | None = None, *, taken_ids: Collection[str] = ()
) -> ImportResult | None:
    """Import a file on a worker thread while the window stays responsive; after a moment a
    progress dialog offers Cancel. None when cancelled; UAImportError when the file cannot
    be imported."""
    job = _ReadFile(Path(path), taken_ids)
    loop = QEventLoop()
    answers: list[ImportResult | UAImportError] = []

    def done(answer: object) -> None:
        if isinstance(answer, (ImportResult, UAImportError)):
            answers.append(answer)
        loop.quit()

    job.signals.done.connect(done, Qt.ConnectionType.QueuedConnection)
    progress = QProgressDialog(
        QCoreApplication.translate("ImportReview", "Reading {name}…").format(name=Path(path).name),
        QCoreApplication.translate("ImportReview", "Cancel"),
        0,
        0,
        parent,
    )
    progress.setWindowTitle(QCoreApplication.translate("ImportReview", "Importing"))
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(0)
    progress.setAutoClose(False)
    progress.setAutoReset(False)
    progress.setObjectName("import_progress")
    progress.hide()
    cancelled: list[bool] = []

    def cancel() -> None:
        cancelled.append(True)
        loop.quit()

    progress.canceled.connect(cancel)
    shower = QTimer(interval=PROGRESS_DELAY_MS, singleShot=True)
    shower.timeout.connect(progress.show)
    job.setAutoDelete(False)
    _running.add(job)  # kept alive until it ends, even when the coordinator cancels
    job.signals.done.connect(lambda _answer: _running.discard(job))
    QThreadPool.globalInstance().start(job)
    shower.start()
    if not answers and not cancelled:
        loop.exec()
    shower.stop()
    progress.canceled.disconnect(cancel)  # closing a progress dialog reports "canceled"
    progress.close()
    progress.deleteLater()
    if not answers:
        return None
    answer = answers[0]
    if isinstance(answer, UAImportError):
        raise answer
    return answer


_running: set[_ReadFile] = set()


def review_text(
    text: str, parent: QWidget | None = None, *, taken_ids: Collection[str] = ()
) -> Case | None:
    """Import pasted text (Paste Urgent Action) and review it; None if failed or cancelled."""
    try:
        result = import_text(text, source="the clipboard", taken_ids=taken_ids)
    except UAImportError as exc:
        dialogs.show_error(
            parent, QCoreApplication.translate("ImportReview", "Cannot import"), error_text(exc)
        )
        return None
    return _review(result, parent)
