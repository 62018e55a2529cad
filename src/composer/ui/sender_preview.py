"""The return address above the letter, line for line as it prints (filled in from "About you")."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QLabel, QWidget


class SenderPreview(QLabel):
    """The sender's block: the name in bold, then the address lines, the town with its postal
    code and the country (when the letter goes abroad), exactly the lines the PDF carries."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("senderPreview")
        self.setAccessibleName(self.tr("Your return address"))
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = QFont("Noto Serif")
        font.setStyleHint(QFont.StyleHint.Serif)
        self.setFont(font)
        self.setContentsMargins(12, 6, 12, 6)
        # The hint wraps rather than widening the letter's column (French at 1024 px); the
        # address lines keep theirs (white-space: pre).
        self.setWordWrap(True)
        # The top of the letter's page: the same paper colour as the letter below it.
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.Base)
        self.setToolTip(
            self.tr("Your name and address as they will print. Change them in About you.")
        )
        self._lines: tuple[str, ...] = ()
        self.show_lines(())

    @property
    def lines(self) -> tuple[str, ...]:
        return self._lines

    def show_lines(self, lines: Sequence[str], named: bool = True) -> None:
        """Show the return address; ``named``: its first line is the writer's name."""
        self._lines = tuple(lines)
        if not self._lines:
            self.setText(
                "<i>{}</i>".format(
                    escape(self.tr("Your name and address go here: fill in About you."))
                )
            )
            return
        # white-space: pre keeps Canada Post's two spaces before the postal code.
        escaped = [escape(line) for line in self._lines]
        if named:
            escaped[0] = f"<b>{escaped[0]}</b>"
        body = "<br>".join(escaped)
        self.setText(f'<div style="white-space: pre">{body}</div>')
