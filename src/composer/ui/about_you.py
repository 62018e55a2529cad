"""The "About you" form: how the writer signs, their address, and a sentence of their own."""

from __future__ import annotations

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from composer.model.draft import Sender
from composer.model.naming import signing_initials
from composer.ui.plain_input import DirectionControlFilter, NoDirectionControls


class _ShortTextEdit(DirectionControlFilter, QPlainTextEdit):
    """A few lines of plain text; Tab moves on to the next field."""

    def __init__(self, lines: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        height = self.fontMetrics().lineSpacing() * lines
        margins = self.contentsMargins()
        self.setFixedHeight(
            int(
                height + 2 * self.document().documentMargin() + margins.top() + margins.bottom() + 4
            )
        )


class AboutYouForm(QGroupBox):
    """Emits the writer's details as they type them."""

    sender_changed = Signal(object)  # Sender
    personal_changed = Signal(str)  # the personal paragraph
    remember_changed = Signal(bool)  # "Remember my details on this computer"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("About you"), parent)
        self.name_edit = QLineEdit(self)
        self.name_edit.setAccessibleName(self.tr("Your name"))
        self.name_edit.setPlaceholderText(self.tr("As you sign (initials are fine)"))
        self.name_edit.setToolTip(self.tr("Your name as you sign the letter; initials are fine."))
        self.address_edit = _ShortTextEdit(2, self)
        self.address_edit.setAccessibleName(self.tr("Your address"))
        self.address_edit.setPlaceholderText(self.tr("Street and number, apartment"))
        self.town_edit = QLineEdit(self)
        self.town_edit.setAccessibleName(self.tr("Your town"))
        self.town_edit.setPlaceholderText(self.tr("e.g. Guelph, Ontario"))
        self.town_edit.setToolTip(
            self.tr("Your town (and province or state), for the return address and the letter.")
        )
        self.postal_code_edit = QLineEdit(self)
        self.postal_code_edit.setAccessibleName(self.tr("Your postal code"))
        self.postal_code_edit.setPlaceholderText(self.tr("e.g. N1H 3T5"))
        self.postal_code_edit.setToolTip(
            self.tr("Your postal code, placed where your country writes it.")
        )
        self.country_edit = QLineEdit(self)
        self.country_edit.setAccessibleName(self.tr("Your country"))
        self.country_edit.setPlaceholderText(self.tr("e.g. Canada"))
        self.country_edit.setToolTip(
            self.tr("Your country: printed when the letter goes abroad; it sets the date's form.")
        )
        self.personal_edit = _ShortTextEdit(3, self)
        self.personal_edit.setAccessibleName(self.tr("A sentence of your own"))
        self.personal_edit.setPlaceholderText(
            self.tr("Who you are and why this matters to you (optional)")
        )
        self._plain = NoDirectionControls(self)
        self.name_edit.setValidator(self._plain)
        self.town_edit.setValidator(self._plain)
        self.initials_box = QCheckBox(self.tr("Sign with initials and town only"), self)
        self.initials_box.setToolTip(
            self.tr(
                "For writers with ties to the country: the letter is signed with your initials, "
                "and only your town is given, not your name or address."
            )
        )
        self.remember_box = QCheckBox(self.tr("&Remember my details on this computer"), self)
        self.remember_box.setToolTip(
            self.tr(
                "Leave this unticked on a shared computer: your name and address are forgotten when "  # noqa: E501
                "the app closes."
            )
        )

        form = QFormLayout(self)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for label, field in (
            (self.tr("&Name:"), self.name_edit),
            (self.tr("&Address:"), self.address_edit),
            (self.tr("&Town:"), self.town_edit),
            (self.tr("P&ostal code:"), self.postal_code_edit),
            (self.tr("Co&untry:"), self.country_edit),
            (self.tr("&Your words:"), self.personal_edit),
        ):
            buddy = QLabel(label, self)
            buddy.setBuddy(field)
            form.addRow(buddy, field)
        form.addRow(self.initials_box)
        form.addRow(self.remember_box)

        self.name_edit.textEdited.connect(self._emit_sender)
        self.town_edit.textEdited.connect(self._emit_sender)
        self.postal_code_edit.textEdited.connect(self._emit_sender)
        self.country_edit.textEdited.connect(self._emit_sender)
        self.address_edit.textChanged.connect(self._emit_sender)
        self.initials_box.toggled.connect(self._emit_sender)
        self.personal_edit.textChanged.connect(self._emit_personal)
        self.remember_box.toggled.connect(self.remember_changed)
        self._quiet = False

    # ------------------------------------------------------------------ values

    def current_sender(self) -> Sender:
        """The writer as the letter signs them (initials and town only, if they chose so)."""
        town = self.town_edit.text().strip()
        if self.initials_box.isChecked():
            return Sender(signing_initials(self.name_edit.text()), (town,) if town else (), town)
        return self.details()

    def details(self) -> Sender:
        """What the writer typed, as they typed it."""
        lines = tuple(
            line.strip() for line in self.address_edit.toPlainText().splitlines() if line.strip()
        )
        return Sender(
            self.name_edit.text().strip(),
            lines,
            self.town_edit.text().strip(),
            self.postal_code_edit.text().strip(),
            self.country_edit.text().strip(),
        )

    def set_sender(self, sender: Sender) -> None:
        self._quiet = True
        try:
            self.name_edit.setText(sender.name)
            self.town_edit.setText(sender.town)
            self.postal_code_edit.setText(sender.postal_code)
            self.country_edit.setText(sender.country)
            if self.address_edit.toPlainText() != "\n".join(sender.address_lines):
                self.address_edit.setPlainText("\n".join(sender.address_lines))
        finally:
            self._quiet = False

    def personal(self) -> str:
        return self.personal_edit.toPlainText()

    def set_personal(self, text: str) -> None:
        """Follow the letter's personal paragraph (typed in the draft) without echoing it back."""
        if self.personal_edit.toPlainText() == text:
            return
        self._quiet = True
        try:
            self.personal_edit.setPlainText(text)
        finally:
            self._quiet = False

    # ------------------------------------------------------------------ slots

    @Slot()
    def _emit_sender(self) -> None:
        if not self._quiet:
            self.sender_changed.emit(self.current_sender())

    @Slot()
    def _emit_personal(self) -> None:
        if not self._quiet:
            self.personal_changed.emit(self.personal_edit.toPlainText())
