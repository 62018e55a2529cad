"""The import review's field widgets: the frame round a field to check, a text box sized in
lines, one recipient's fields, and the background and languages as the coordinator edits them
(composer.ui.import_review lays them out)."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Collection

from PySide6.QtCore import (
    QEvent,
    QLocale,
    QObject,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QWidget,
)

from composer.model.case import (
    BackgroundSection,
    Recipient,
)
from composer.model.importer import (
    language_code,
    language_name,
)
from composer.ui.theme import check_color


class _CheckFrame(QWidget):
    """A frame drawn just outside a field to check, in composer.ui.theme's check colour (read
    from the palette as it paints, so it follows a theme change). It leaves the field its own
    look, its focus frame included, and never takes a click."""

    GAP = 3  # pixels between the field and the frame's outer edge; the form's rows are further

    def __init__(self, field: QWidget) -> None:
        parent = field.parentWidget()
        super().__init__(parent)
        self.setObjectName(f"check_{field.objectName()}")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._field = field
        self._on = False
        field.installEventFilter(self)
        self._place()

    def is_on(self) -> bool:
        return self._on

    def set_on(self, on: bool) -> None:
        self._on = on
        self._place()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._field and event.type() in (
            QEvent.Type.Move,
            QEvent.Type.Resize,
            QEvent.Type.Show,
            QEvent.Type.Hide,
        ):
            self._place()
        return super().eventFilter(watched, event)

    def _place(self) -> None:
        gap = self.GAP
        self.setGeometry(self._field.geometry().adjusted(-gap, -gap, gap, gap))
        self.setVisible(self._on and not self._field.isHidden())
        self.raise_()

    def color(self) -> QColor:
        return check_color(self.palette())

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(self.color(), 2))
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(1, 1, -1, -1), 3, 3)
        painter.end()


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


class _TextBox(QPlainTextEdit):
    """A text field that asks for room for a few lines but may shrink on a small screen."""

    def __init__(self, text: str, lines: int, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setTabChangesFocus(True)
        self._lines = lines
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        height = self.fontMetrics().lineSpacing() * self._lines + 2 * self.frameWidth() + 8
        return QSize(hint.width(), height)

    def minimumSizeHint(self) -> QSize:
        return QSize(super().minimumSizeHint().width(), self.fontMetrics().lineSpacing() * 2 + 8)


def language_names(codes: Collection[str]) -> str:
    """'es, en' as the window's language names them: 'Spanish, English'."""
    display = QLocale().name().split("_")[0] or "en"
    return ", ".join(language_name(code, display) for code in codes)


def language_codes(text: str) -> tuple[str, ...]:
    """Names or codes as typed ('Spanish, fr; Deutsch') -> ('es', 'fr', 'de')."""
    codes: list[str] = []
    for piece in re.split(r"[,;/]+|\s+(?:or|and|ou|et|o|y)\s+", text):
        piece = piece.strip()
        if piece:
            code = language_code(piece)
            if code not in codes:
                codes.append(code)
    return tuple(codes)


class _RecipientEditor(QWidget):
    """One recipient's fields."""

    def __init__(self, recipient: Recipient, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._recipient = recipient
        self._language = language
        form = QFormLayout(self)
        self.name = QLineEdit(recipient.name)
        self.title = QLineEdit(recipient.title)
        self.address = _TextBox("\n".join(recipient.address_lines), lines=3)
        self.country = QLineEdit(recipient.country)
        self.salutation = QLineEdit(recipient.salutation.get(language, ""))
        others = {k: v for k, v in recipient.salutation.items() if k != language}
        self.other_salutations = QLineEdit(
            "; ".join(f"{language_names([k])}: {v}" for k, v in others.items())
        )
        self.other_salutations.setPlaceholderText(self.tr("e.g. Spanish: Señor Ministro"))
        self.email = QLineEdit(recipient.email)
        self.fax = QLineEdit(recipient.fax)
        for label, widget, name in [
            (self.tr("Name"), self.name, "name"),
            (self.tr("Title"), self.title, "title"),
            (self.tr("Address"), self.address, "address_lines"),
            (self.tr("Country"), self.country, "country"),
            (self.tr("Salutation"), self.salutation, "salutation"),
            (self.tr("Salutation in other languages"), self.other_salutations, "salutations"),
            (self.tr("Email"), self.email, "email"),
            (self.tr("Fax"), self.fax, "fax"),
        ]:
            widget.setObjectName(f"recipient_{name}")
            widget.setAccessibleName(label)
            form.addRow(label, widget)

    def recipient(self) -> Recipient:
        salutation = {}
        if self.salutation.text().strip():
            salutation[self._language] = self.salutation.text().strip()
        for piece in self.other_salutations.text().split(";"):
            name, sep, text = piece.partition(":")
            if sep and name.strip() and text.strip():
                salutation[language_code(name.strip())] = text.strip()
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
            fax=self.fax.text().strip(),
        )
