"""The case, read-only: title, deadline notice, summary, background and the recipient's address."""

from __future__ import annotations

import datetime as dt
import html

from babel import Locale, UnknownLocaleError
from babel.dates import format_date
from PySide6.QtCore import QEvent, QLocale
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QTextBrowser, QWidget

from composer.model.case import Case
from composer.model.library import is_builtin
from composer.ui.theme import html_color


def ui_babel_locale() -> str:
    """The Babel locale of the interface language ("en_CA"); English when Qt's is "C"."""
    name = QLocale().name()
    if not name or name in ("C", "POSIX"):
        return "en"
    try:
        Locale.parse(name)
    except (UnknownLocaleError, ValueError):
        return "en"
    return name


def long_date(day: dt.date) -> str:
    """The date written out in the interface language ("November 1, 2024", "1er novembre 2024")."""
    locale = ui_babel_locale()
    if day.day == 1 and locale.split("_")[0] == "fr":
        # French writes the first of the month as an ordinal.
        return str(format_date(day, "d'er' MMMM y", locale=locale))
    return str(format_date(day, format="long", locale=locale))


def _paragraphs(text: str) -> str:
    return "".join(
        f"<p>{html.escape(part).replace(chr(10), '<br>')}</p>"
        for part in text.split("\n\n")
        if part.strip()
    )


class CaseView(QTextBrowser):
    """Shows one case as a readable page; links are never followed (the app stays offline)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("caseBackground")
        self.setAccessibleName(self.tr("Case background"))
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setTabChangesFocus(True)
        self.document().setDocumentMargin(self.fontMetrics().height() * 0.75)
        self._case: Case | None = None
        self._today: dt.date | None = None

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # View ▸ Larger Text: the margin grows too
            self.document().setDocumentMargin(self.fontMetrics().height() * 0.75)
        if event.type() == QEvent.Type.PaletteChange and self._case is not None:
            self.show_case(self._case, self._today)  # the notice's colours follow the theme

    def deadline_notice(self, case: Case, today: dt.date | None = None) -> str:
        if case.deadline is None:
            return ""
        date = long_date(case.deadline)
        if case.deadline_passed(today):
            return self.tr(
                "The deadline for this action ({date}) has passed. Check for an "
                "update before you send your letter."
            ).format(date=date)
        return self.tr("Please send your letter before {date}.").format(date=date)

    def show_case(self, case: Case, today: dt.date | None = None) -> None:
        self._case, self._today = case, today
        parts = [f"<h2>{html.escape(case.title)}</h2>"]
        notice = self.deadline_notice(case, today)
        if notice:
            palette = self.palette()
            back, text = (
                (QPalette.ColorRole.ToolTipBase, QPalette.ColorRole.ToolTipText)
                if case.deadline_passed(today)
                else (QPalette.ColorRole.AlternateBase, QPalette.ColorRole.Text)
            )
            style = (
                f"background-color:{html_color(palette.color(back))}; "
                f"color:{html_color(palette.color(text))};"
            )
            example = ""
            if case.deadline_passed(today) and is_builtin(case.id):
                example = "<br><br>" + html.escape(
                    self.tr(
                        "This case is an example to try Letter Composer with. To write for a "
                        "current Urgent Action, choose Case ▸ Import Urgent Action… or "
                        "Case ▸ Paste Urgent Action."
                    )
                )
            parts.append(
                f"<table width='100%' cellpadding='8' style='{style}'><tr><td>"
                f"<b>{html.escape(notice)}</b>{example}</td></tr></table>"
            )
        ref = " · ".join(x for x in (case.ua_number, case.index) if x)
        if ref:
            parts.append(f"<p><small>{html.escape(ref)}</small></p>")
        if case.summary:
            parts.append(_paragraphs(case.summary))
        for section in case.background:
            if section.heading:
                parts.append(f"<h3>{html.escape(section.heading)}</h3>")
            parts.append(_paragraphs(section.text))
        if case.recipients:
            heading = (
                self.tr("Write to") if len(case.recipients) == 1 else self.tr("Write to one of")
            )
            parts.append(f"<h3>{html.escape(heading)}</h3>")
            for rec in case.recipients:
                lines = "<br>".join(html.escape(line) for line in rec.envelope_lines())
                parts.append(f"<p>{lines}</p>")
                if rec.email:
                    # lupdate cannot see a tr() inside an f-string: translate first, then format.
                    email = self.tr("Email: {address}").format(address=rec.email)
                    parts.append(f"<p>{html.escape(email)}</p>")
        if case.copies_to:
            heading = self.tr("Send a copy to")
            parts.append(f"<h3>{html.escape(heading)}</h3>")
            for rec in case.copies_to:
                lines = "<br>".join(html.escape(line) for line in rec.envelope_lines())
                parts.append(f"<p>{lines}</p>")
        if case.languages:
            languages = self.tr("Preferred languages: {languages}").format(
                languages=", ".join(case.languages)
            )
            parts.append(f"<p><i>{html.escape(languages)}</i></p>")
        self.setHtml("".join(parts))
