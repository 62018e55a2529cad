"""What the window keeps between runs: its size, the case, language, paper and the writer's
details (QSettings), and the letter offered back after a crash (the autosave)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QByteArray,
    QDate,
    QDateTime,
    QLocale,
    QObject,
    QRect,
    QSettings,
    QSize,
    QTime,
)
from PySide6.QtGui import QGuiApplication

from composer.model.case import Case, CaseError
from composer.model.draft import BlockKind, Draft, Sender
from composer.model.library import DEFAULT_CASE_ID, load_builtin, load_case
from composer.model.templates import LANGUAGES
from composer.render.layouts import default_layout_id
from composer.ui import dialogs
from composer.ui.messages import error_text
from composer.ui.session import OrphanDraft, app_settings, orphaned_drafts

if TYPE_CHECKING:
    from composer.ui.main_window import MainWindow


def _default_layout() -> str:
    """Letter paper in Canada and the US, A4 elsewhere (the system's territory tells; with
    none, the same default as the command line)."""
    locale = QLocale()
    territory = QLocale.territoryToCode(locale.territory()) if locale.territory() else ""
    return default_layout_id(territory)


def _default_letter_language() -> str:
    """The system's language where letters can be written in it (French in Quebec), else
    English."""
    code = QLocale().name().split("_", 1)[0]
    return code if code in LANGUAGES else "en"


class WindowState(QObject):
    """Reads and writes the window's settings; offers back an autosaved letter."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window

    def read_settings(self) -> None:
        settings = app_settings()
        geometry = settings.value("window/geometry", QByteArray(), QByteArray)
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self._window._restored_geometry = self._window.restoreGeometry(geometry)
        if not self._window._restored_geometry:
            screen = QGuiApplication.primaryScreen()
            available = screen.availableGeometry() if screen else QRect(0, 0, 1280, 720)
            if available.width() < 1500 or available.height() < 950:
                # A laptop screen: use all of it (the case, the choices and the letter share it).
                self._window.setGeometry(available)
            else:
                self._window.resize(QSize(1400, 900))
        state = settings.value("window/splitter", QByteArray(), QByteArray)
        if isinstance(state, QByteArray) and not state.isEmpty():
            self._window.splitter.restoreState(state)
        else:
            width = max(self._window.width(), 900)
            self._window.splitter.setSizes([int(width * 0.3), int(width * 0.3), int(width * 0.4)])

        case_ref = str(settings.value("letter/case", DEFAULT_CASE_ID) or DEFAULT_CASE_ID)
        try:
            self._window._case = load_case(case_ref)
            self._window._case_ref = case_ref
        except CaseError:
            self._window._case = load_builtin(DEFAULT_CASE_ID)
            self._window._case_ref = DEFAULT_CASE_ID
        language = str(settings.value("letter/language", "") or "")
        if language not in LANGUAGES:
            language = _default_letter_language()
        self._window._set_combo(self._window.language_combo, language)
        layout_id = str(settings.value("letter/layout", "") or "")
        if self._window.layout_combo.findData(layout_id) < 0:
            layout_id = _default_layout()
        self._window._layout_id = layout_id
        self._window._set_combo(self._window.layout_combo, layout_id)

        remember = settings.value("details/remember", False, bool)
        self._window.about_you.remember_box.blockSignals(True)
        self._window.about_you.remember_box.setChecked(bool(remember))
        self._window.about_you.remember_box.blockSignals(False)
        if remember:
            address = settings.value("details/address", [], list)
            address = address if isinstance(address, list) else []
            self._window.about_you.set_sender(
                Sender(
                    str(settings.value("details/name", "") or ""),
                    tuple(str(line) for line in address),
                    str(settings.value("details/town", "") or ""),
                    str(settings.value("details/postal_code", "") or ""),
                    str(settings.value("details/country", "") or ""),
                )
            )

    def write_settings(self) -> bool:
        """Save the window's settings; False if they could not be written (a read-only folder)."""
        settings = app_settings()
        settings.setValue("window/geometry", self._window.saveGeometry())
        settings.setValue("window/splitter", self._window.splitter.saveState())
        settings.setValue("letter/case", self._window._case_ref)
        settings.setValue("letter/language", self._window._draft.language)
        settings.setValue("letter/layout", self._window._layout_id)
        self.write_details(settings)
        settings.sync()
        return settings.status() == QSettings.Status.NoError

    def write_details(self, settings: QSettings) -> None:
        remember = self._window.about_you.remember_box.isChecked()
        settings.setValue("details/remember", remember)
        if remember:
            sender = self._window.about_you.details()  # as typed, not as signed
            settings.setValue("details/name", sender.name)
            settings.setValue("details/address", list(sender.address_lines))
            settings.setValue("details/town", sender.town)
            settings.setValue("details/postal_code", sender.postal_code)
            settings.setValue("details/country", sender.country)
        else:
            for key in (
                "details/name",
                "details/address",
                "details/town",
                "details/postal_code",
                "details/country",
            ):
                settings.remove(key)

    # ================================================================== restore after a crash

    def offer_restore(self) -> bool:
        """Offer back a letter whose window is gone (a crash, a kill, a logout); True if one
        was restored. A copy that cannot be restored is set aside once, with a message."""
        window = self._window
        restored = False
        for orphan in orphaned_drafts():
            if restored:
                orphan.leave()  # another one: offered at the next start
                continue
            try:
                if orphan.data is None:
                    raise ValueError(self.tr("the file cannot be read"))
                case_ref = str(orphan.data.get("case", DEFAULT_CASE_ID))
                case = load_case(case_ref)
                draft = Draft.from_dict(orphan.data["draft"], case)
            except (CaseError, ValueError) as exc:
                where = orphan.set_aside()
                dialogs.show_error(
                    window,
                    self.tr("Cannot restore a letter"),
                    self.tr(
                        "A letter kept when Letter Composer last closed cannot be restored "
                        "({problem}). It was set aside in {folder} and will not be offered "
                        "again."
                    ).format(problem=error_text(exc), folder=where.parent if where else "-"),
                )
                continue
            if not dialogs.offer_restore(window, self._when(orphan), _first_words(draft)):
                orphan.discard()
                continue
            self._restore(case, case_ref, draft, orphan.data)
            orphan.discard()
            window._autosaver.save_now()  # now this window's own copy
            restored = True
        return restored

    def _when(self, orphan: OrphanDraft) -> str:
        if orphan.saved_at is None:
            return self.tr("at an unknown time")
        stamp = orphan.saved_at.astimezone() if orphan.saved_at.tzinfo else orphan.saved_at
        moment = QDateTime(
            QDate(stamp.year, stamp.month, stamp.day),
            QTime(stamp.hour, stamp.minute, stamp.second),
        )
        return QLocale().toString(moment, QLocale.FormatType.ShortFormat)

    def _restore(self, case: Case, case_ref: str, draft: Draft, data: dict[str, Any]) -> None:
        window = self._window
        window._case, window._case_ref = case, case_ref
        layout_id = str(data.get("layout", window._layout_id))
        if window.layout_combo.findData(layout_id) >= 0:
            window._layout_id = layout_id
            window._set_combo(window.layout_combo, layout_id)
        if draft.sender != Sender():  # a writer who asked to be remembered
            window.about_you.set_sender(draft.sender)
        else:
            draft.set_sender(window.about_you.current_sender())
        window._start_letter(draft)
        window.about_you.set_personal(draft.block("personal").text)
        window.editor.document().setModified(True)
        window.statusBar().showMessage(self.tr("Your letter is back."), 8000)


def _first_words(draft: Draft, count: int = 12) -> str:
    """The opening words of the letter's body, for the restore offer."""
    body = (
        b.text
        for b in draft.visible_blocks()
        if b.kind in (BlockKind.OPENING, BlockKind.PERSONAL, BlockKind.DEMAND) and b.text.strip()
    )
    words = " ".join(body).split()
    return " ".join(words[:count]) + ("…" if len(words) > count else "")
