"""What the window keeps between runs: its size, the case, language, paper and the writer's
details (QSettings), and the letter offered back after a crash (the autosave)."""

from __future__ import annotations

import contextlib
import datetime as dt
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray, QLocale, QObject, QRect, QSize
from PySide6.QtGui import QGuiApplication

from composer.model.case import CaseError
from composer.model.draft import Draft, Sender
from composer.model.library import DEFAULT_CASE_ID, load_builtin, load_case
from composer.model.templates import LANGUAGES
from composer.render.layouts import default_layout_id
from composer.ui import dialogs
from composer.ui.session import Autosaver, app_settings

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
                )
            )

    def write_settings(self) -> None:
        settings = app_settings()
        settings.setValue("window/geometry", self._window.saveGeometry())
        settings.setValue("window/splitter", self._window.splitter.saveState())
        settings.setValue("letter/case", self._window._case_ref)
        settings.setValue("letter/language", self._window._draft.language)
        settings.setValue("letter/layout", self._window._layout_id)
        self.write_details(settings)
        settings.sync()

    def write_details(self, settings: Any) -> None:
        remember = self._window.about_you.remember_box.isChecked()
        settings.setValue("details/remember", remember)
        if remember:
            sender = self._window.about_you.current_sender()
            settings.setValue("details/name", sender.name)
            settings.setValue("details/address", list(sender.address_lines))
            settings.setValue("details/town", sender.town)
        else:
            for key in ("details/name", "details/address", "details/town"):
                settings.remove(key)

    # ================================================================== restore after a crash

    def offer_restore(self) -> bool:
        """Offer back a letter autosaved before a crash or a kill; True if it was restored."""
        data = Autosaver.load()
        if data is None:
            if Autosaver.path().exists():
                self._window._autosaver.clear()  # unreadable: nothing to offer
            return False
        when = str(data.get("saved_at", ""))
        with contextlib.suppress(ValueError):
            when = dt.datetime.fromisoformat(when).strftime("%Y-%m-%d %H:%M")
        if not dialogs.offer_restore(self._window, when):
            self._window._autosaver.clear()
            return False
        try:
            case_ref = str(data.get("case", DEFAULT_CASE_ID))
            case = load_case(case_ref)
            draft = Draft.from_dict(data["draft"], case)
        except (CaseError, ValueError) as exc:
            dialogs.show_error(self._window, self.tr("Cannot restore the letter"), str(exc))
            return False
        self._window._case, self._window._case_ref = case, case_ref
        layout_id = str(data.get("layout", self._window._layout_id))
        if self._window.layout_combo.findData(layout_id) >= 0:
            self._window._layout_id = layout_id
            self._window._set_combo(self._window.layout_combo, layout_id)
        self._window.about_you.set_sender(draft.sender)
        self._window._start_letter(draft)
        self._window.about_you.set_personal(draft.block("personal").text)
        self._window.editor.document().setModified(True)
        self._window.statusBar().showMessage(self.tr("Your letter is back."), 8000)
        return True
