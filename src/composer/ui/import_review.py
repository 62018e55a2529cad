"""Review an imported Urgent Action: every parsed field, what is missing or doubtful highlighted.

Use::

    case = review_file(path, parent)        # Import… / a dropped file; None if cancelled/failed
    case = review_text(clipboard_text, parent)  # Paste Urgent Action
    case = review_case(existing_case, parent)   # edit a case of the library
    if case is not None:
        case = library.add_user_case(case)  # the window saves through the model

or build ``ImportReviewDialog(result, parent)`` yourself, ``exec()`` it and read ``case()``.
The dialog does no file I/O; it emits ``case_accepted(Case)`` when the coordinator saves.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Collection
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal, Slot
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
    QMessageBox,
    QPlainTextEdit,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from composer.model.case import (
    BackgroundSection,
    Case,
    CaseError,
    Demand,
    Recipient,
    case_from_toml,
    case_to_toml,
)
from composer.model.file_kinds import FileKind, file_kind
from composer.model.importer import ImportResult, UAImportError, import_file, import_text
from composer.ui.dialogs import push_button as _button
from composer.ui.dialogs import run_modal as _exec_dialog

_HIGHLIGHT = "background-color: #fff3c4; border: 1px solid #c9a227;"


def _show_error(parent: QWidget | None, title: str, message: str) -> None:
    QMessageBox.warning(parent, title, message)


def background_to_text(sections: Collection[BackgroundSection]) -> str:
    """Sections as editable text: '## Heading' lines, then the text."""
    parts = []
    for section in sections:
        head = f"## {section.heading}\n" if section.heading else ""
        parts.append(head + section.text)
    return "\n\n".join(parts)


def text_to_background(text: str) -> tuple[BackgroundSection, ...]:
    sections: list[BackgroundSection] = []
    heading = ""
    body: list[str] = []

    def flush() -> None:
        joined = "\n".join(body).strip()
        if joined:
            sections.append(BackgroundSection(heading, re.sub(r"\n{3,}", "\n\n", joined)))

    for line in text.splitlines():
        if line.startswith("## "):
            flush()
            heading, body = line[3:].strip(), []
        else:
            body.append(line)
    flush()
    return tuple(sections)


class _RecipientEditor(QWidget):
    """One recipient's fields."""

    def __init__(self, recipient: Recipient, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._recipient = recipient
        self._language = language
        form = QFormLayout(self)
        self.name = QLineEdit(recipient.name)
        self.title = QLineEdit(recipient.title)
        self.address = QPlainTextEdit("\n".join(recipient.address_lines))
        self.address.setTabChangesFocus(True)
        self.address.setFixedHeight(80)
        self.country = QLineEdit(recipient.country)
        self.salutation = QLineEdit(recipient.salutation.get(language, ""))
        others = {k: v for k, v in recipient.salutation.items() if k != language}
        self.other_salutations = QLineEdit("; ".join(f"{k}: {v}" for k, v in others.items()))
        self.email = QLineEdit(recipient.email)
        for label, widget, name in [
            (self.tr("Name"), self.name, "name"),
            (self.tr("Title"), self.title, "title"),
            (self.tr("Address"), self.address, "address_lines"),
            (self.tr("Country"), self.country, "country"),
            (self.tr("Salutation"), self.salutation, "salutation"),
            (self.tr("Salutation in other languages"), self.other_salutations, "salutations"),
            (self.tr("Email"), self.email, "email"),
        ]:
            widget.setObjectName(f"recipient_{name}")
            widget.setAccessibleName(label)
            form.addRow(label, widget)

    def recipient(self) -> Recipient:
        salutation = {}
        if self.salutation.text().strip():
            salutation[self._language] = self.salutation.text().strip()
        for piece in self.other_salutations.text().split(";"):
            lang, sep, text = piece.partition(":")
            if sep and lang.strip() and text.strip():
                salutation[lang.strip()] = text.strip()
        return dataclasses.replace(
            self._recipient,
            name=self.name.text().strip(),
            title=self.title.text().strip(),
            address_lines=tuple(
                line.strip() for line in self.address.toPlainText().splitlines() if line.strip()
            ),
            country=self.country.text().strip(),
            salutation=salutation,
            email=self.email.text().strip(),
        )


class ImportReviewDialog(QDialog):
    """Shows an import's parsed fields for correction; ``case()`` gives the corrected Case."""

    case_accepted = Signal(object)  # (case: Case) the corrected case, when the user saves

    def __init__(self, result: ImportResult, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._result = result
        self._case = result.case
        self.setWindowTitle(self.tr("Review the imported Urgent Action"))
        self.resize(760, 720)
        self._create_fields()
        self._create_layout()
        self._highlight_warnings()

    # ------------------------------------------------------------------ building

    def _create_fields(self) -> None:
        case = self._case
        self.title_edit = QLineEdit(case.title)
        self.summary_edit = QPlainTextEdit(case.summary)
        self.summary_edit.setTabChangesFocus(True)
        self.summary_edit.setFixedHeight(100)
        self.country_edit = QLineEdit(case.country)
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
        self.languages_edit = QLineEdit(", ".join(case.languages))
        self.languages_edit.setPlaceholderText(self.tr("language codes, e.g. en, es"))
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
        self.background_edit = QPlainTextEdit(background_to_text(case.background))
        self.background_edit.setTabChangesFocus(True)
        self.background_edit.setMinimumHeight(140)
        self.warnings_label = QLabel()
        self.warnings_label.setWordWrap(True)
        self.warnings_label.setTextFormat(Qt.TextFormat.PlainText)
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #a00000;")
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
            "demands": (self.demands_list, self.tr("Demands")),
            "recipients": (self.recipient_tabs, self.tr("Recipients")),
            "languages": (self.languages_edit, self.tr("Preferred languages")),
            "deadline": (self.deadline_edit, self.tr("Deadline")),
            "background": (self.background_edit, self.tr("Background")),
        }
        self.field_widgets: dict[str, QWidget] = {}
        self._labels: dict[str, str] = {}
        for name, (widget, label) in names.items():
            widget.setObjectName(f"field_{name}")
            widget.setAccessibleName(label)
            self.field_widgets[name] = widget
            self._labels[name] = label

    def _create_layout(self) -> None:
        form = QFormLayout()
        form.addRow(self._labels["title"], self.title_edit)
        form.addRow(self._labels["summary"], self.summary_edit)
        form.addRow(self._labels["country"], self.country_edit)
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
        form.addRow(self._labels["languages"], self.languages_edit)
        deadline = QHBoxLayout()
        deadline.addWidget(self.deadline_edit)
        deadline.addWidget(self.no_deadline)
        deadline.addStretch()
        form.addRow(self._labels["deadline"], deadline)
        form.addRow(self._labels["background"], self.background_edit)
        inner = QWidget()
        inner.setLayout(form)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        layout = QVBoxLayout(self)
        layout.addWidget(self.warnings_label)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

    def _highlight_warnings(self) -> None:
        """Each field with a warning gets a coloured frame and the warning as its tooltip."""
        by_field: dict[str, list[str]] = {}
        for warning in self._result.warnings:
            top = warning.top_field
            if top == "copies_to":
                top = "recipients"
            by_field.setdefault(top, []).append(warning.message)
        for name, messages in by_field.items():
            widget = self.field_widgets.get(name)
            if widget is None:
                continue
            widget.setProperty("importWarning", True)
            widget.setStyleSheet(_HIGHLIGHT)
            widget.setToolTip("\n".join(messages))
            widget.setAccessibleDescription("; ".join(messages))
        if self._result.warnings:
            lines = [self.tr("Please check the highlighted fields:")]
            lines += [
                self.tr("• {field}: {problem}").format(
                    field=self._labels.get(w.top_field, w.field), problem=w.message
                )
                for w in self._result.warnings
            ]
            self.warnings_label.setText("\n".join(lines))
        else:
            self.warnings_label.setText(self.tr("Every field was found. Please check them."))

    def highlighted_fields(self) -> set[str]:
        return {name for name, w in self.field_widgets.items() if w.property("importWarning")}

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
        recipients = []
        for i in range(self.recipient_tabs.count()):
            editor = self.recipient_tabs.widget(i)
            if isinstance(editor, _RecipientEditor):
                rec = editor.recipient()
                if rec.name or rec.address_lines:
                    recipients.append(rec)
        qdate = self.deadline_edit.date()
        deadline = (
            None
            if self.no_deadline.isChecked()
            else dt.date(qdate.year(), qdate.month(), qdate.day())
        )
        languages = tuple(
            x.strip() for x in re.split(r"[,;/ ]+", self.languages_edit.text()) if x.strip()
        )
        corrected = dataclasses.replace(
            case,
            title=self.title_edit.text().strip(),
            summary=self.summary_edit.toPlainText().strip(),
            country=self.country_edit.text().strip(),
            demands=demands,
            recipients=tuple(recipients),
            languages=languages,
            deadline=deadline,
            background=text_to_background(self.background_edit.toPlainText()),
        )
        # The library must be able to read what the window saves: validate through TOML.
        return case_from_toml(case_to_toml(corrected), source=self.tr("the reviewed case"))

    @Slot()
    def accept(self) -> None:
        try:
            case = self.case()
        except CaseError as exc:
            self.error_label.setText(str(exc))
            self.error_label.show()
            return
        self._accepted_case = case
        self.case_accepted.emit(case)
        super().accept()

    def accepted_case(self) -> Case | None:
        return getattr(self, "_accepted_case", None)


def _review(result: ImportResult, parent: QWidget | None) -> Case | None:
    dialog = ImportReviewDialog(result, parent)
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
        result = import_file(Path(path), taken_ids=taken_ids)
    except UAImportError as exc:
        _show_error(parent, QCoreApplication.translate("ImportReview", "Cannot import"), str(exc))
        return None
    return _review(result, parent)


def review_text(
    text: str, parent: QWidget | None = None, *, taken_ids: Collection[str] = ()
) -> Case | None:
    """Import pasted text (Paste Urgent Action) and review it; None if failed or cancelled."""
    try:
        result = import_text(text, source="the clipboard", taken_ids=taken_ids)
    except UAImportError as exc:
        _show_error(parent, QCoreApplication.translate("ImportReview", "Cannot import"), str(exc))
        return None
    return _review(result, parent)
