"""The case library for the window: open, import, paste, edit, and case packs.

The window keeps the open case and its letter; this controller chooses, imports and saves
cases and hands the one to show back to the window (:meth:`CaseLibrary.switch_case`).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Slot
from PySide6.QtGui import QGuiApplication

from composer import paths
from composer.model.case import Case, CaseError
from composer.model.file_kinds import FileKind, file_kind
from composer.model.library import (
    add_user_case,
    all_case_ids,
    is_builtin,
    list_cases,
    load_case_file,
    open_case,
    save_user_case,
    user_case_ids,
)
from composer.ui import dialogs
from composer.ui.drops import dropped_file
from composer.ui.messages import error_text
from composer.ui.session import app_settings

if TYPE_CHECKING:
    from composer.ui.main_window import MainWindow


class CaseLibrary(QObject):
    """Case ▸ Open, Import, Paste, Edit and the case packs, for one window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window

    def _library_case_id(self) -> str | None:
        """The open case's id when it is in the case library (not a case file opened by path)."""
        return self._window._case.id if self._window._case_ref == self._window._case.id else None

    def switch_case(self, case: Case, reference: str) -> bool:
        """Show ``case`` with a new letter, as start-up does; False if the writer keeps theirs.

        ``reference`` is what start-up and the autosave reopen it by: a library id or a path.
        A letter with the writer's changes is never cleared without asking.
        """
        if self._window._has_unsaved_work() and not dialogs.confirm_switch_case(
            self._window, case.title
        ):
            return False
        self._window._case, self._window._case_ref = case, reference
        self._window.about_you.set_personal("")
        self._window._start_letter()
        self._window._autosaver.clear()  # the old letter's copy; the new one has nothing yet
        settings = app_settings()  # the last case, as start-up reads it
        settings.setValue("letter/case", reference)
        settings.sync()
        self._window.page_check.schedule()
        return True

    def open_library_case(self, case_id: str) -> bool:
        """Open a case of the library by id; False if it cannot be read or the writer says no."""
        try:
            case = open_case(case_id)
        except CaseError as exc:
            dialogs.show_error(self._window, self.tr("Cannot open this case"), error_text(exc))
            return False
        return self.switch_case(case, case.id)

    @Slot()
    def open_case(self) -> None:
        """Open Case…: the case library (duplicate and delete are in there too)."""
        from composer.ui.case_picker import IMPORT_REQUESTED, PASTE_REQUESTED, pick_case

        case_id = pick_case(self._window, current_id=self._library_case_id())
        if case_id is None:
            return
        if case_id == IMPORT_REQUESTED:
            self.import_urgent_action()
            return
        if case_id == PASTE_REQUESTED:
            self.paste_urgent_action()
            return
        if case_id == self._library_case_id():
            self._window.statusBar().showMessage(self.tr("This case is already open."), 5000)
            return
        if self.open_library_case(case_id):
            self._window.statusBar().showMessage(
                self.tr("Opened “{title}”.").format(title=self._window._case.title), 8000
            )

    @Slot()
    def open_case_file(self) -> None:
        path = dialogs.ask_case_file(self._window, paths.documents_dir())
        if path is not None:
            self.open_path(path)

    def open_path(self, path: Path) -> bool:
        """Open a file double-clicked, dropped or given on the command line, by its kind.

        A case pack is imported, an Urgent Action (text, web page, PDF) is imported after
        review, a case file (.toml) is opened. True if something was imported or opened.
        """
        path = Path(path)
        kind = file_kind(path)
        if kind is FileKind.PACK:
            return self._import_pack(path)
        if kind is FileKind.UA:
            return self._import_ua(path)
        if kind is None:
            dialogs.show_error(
                self._window,
                self.tr("Cannot open this file"),
                self.tr(
                    "Letter Composer cannot open {name}. It opens Urgent Actions (text, web pages "
                    "and PDF files), case files (.toml) and case packs (.lcpack)."
                ).format(name=path.name),
            )
            return False
        try:
            case = load_case_file(path)
        except CaseError as exc:
            dialogs.show_error(self._window, self.tr("Cannot open this case"), error_text(exc))
            return False
        return self.switch_case(case, str(path.resolve()))

    # ------------------------------------------------------------------ importing

    def _open_saved_case(self, case: Case) -> None:
        """After an import or an edit is saved: show that case, and say where it is."""
        if self.switch_case(case, case.id):
            self._window.statusBar().showMessage(
                self.tr("“{title}” is saved in your case library and open.").format(
                    title=case.title
                ),
                10000,
            )
        else:
            self._window.statusBar().showMessage(
                self.tr(
                    "“{title}” is saved in your case library. Open it with Case ▸ Open Case… when "
                    "your letter is done."
                ).format(title=case.title),
                15000,
            )

    def _save_new_case(self, case: Case | None) -> bool:
        """Add a reviewed case to the library and open it; False if cancelled or not saved."""
        if case is None:
            return False
        try:
            saved = add_user_case(case)
        except (CaseError, OSError) as exc:
            dialogs.show_error(self._window, self.tr("Cannot save the case"), error_text(exc))
            return False
        self._open_saved_case(saved)
        return True

    def _import_ua(self, path: Path) -> bool:
        from composer.ui.import_review import review_file

        return self._save_new_case(review_file(path, self._window, taken_ids=all_case_ids()))

    @Slot()
    def import_urgent_action(self) -> None:
        """Import Urgent Action…: a PDF, Word, e-mail, web page or text file, reviewed, saved."""
        from composer.ui.import_review import file_dialog_filter

        path = dialogs.ask_import_file(self._window, paths.documents_dir(), file_dialog_filter())
        if path is not None:
            self._import_ua(path)

    @Slot()
    def paste_urgent_action(self) -> None:
        """Paste Urgent Action: the clipboard's text (or a copied file), reviewed, then saved."""
        from composer.ui.import_review import review_text

        mime = QGuiApplication.clipboard().mimeData()
        copied_file = dropped_file(mime) if mime is not None else None
        if copied_file is not None:  # a file copied in the file manager
            self.open_path(copied_file)
            return
        text = ""
        if mime is not None:
            text = mime.text() if mime.hasText() else mime.html() if mime.hasHtml() else ""
        if not text.strip():
            dialogs.show_error(
                self._window,
                self.tr("Paste Urgent Action"),
                self.tr(
                    "The clipboard has no text. Select the Urgent Action's text in the web page, "
                    "PDF or e-mail, copy it (Ctrl+C), then choose Paste Urgent Action again."
                ),
            )
            return
        self._save_new_case(review_text(text, self._window, taken_ids=all_case_ids()))

    @Slot()
    def edit_case(self) -> None:
        """Edit This Case…: the review dialog on the open case; built-ins are saved as a copy."""
        from composer.ui.import_review import review_case

        edited = review_case(self._window._case, self._window)
        if edited is None:
            return
        in_library = (
            self._library_case_id() is not None
            and not is_builtin(self._window._case.id)
            and self._window._case.id in user_case_ids()
        )
        try:
            if in_library:
                save_user_case(edited)
                saved = edited
            else:
                saved = add_user_case(edited)
        except (CaseError, OSError) as exc:
            dialogs.show_error(self._window, self.tr("Cannot save the case"), error_text(exc))
            return
        if not in_library:
            reason = (
                self.tr("Built-in cases cannot be changed")
                if is_builtin(self._window._case.id)
                else self.tr("This case was opened from a file")
            )
            dialogs.show_info(
                self._window,
                self.tr("Saved as your own copy"),
                self.tr(
                    "{reason}, so your changes are saved in your case library as a copy of "
                    "it: “{title}”."
                ).format(reason=reason, title=saved.title),
            )
        self._open_saved_case(saved)

    # ------------------------------------------------------------------ case packs

    @Slot()
    def export_case_pack(self) -> None:
        """Export Case Pack…: tick cases, choose where, write one .lcpack file."""
        from composer.model.packs import PackError, export_pack
        from composer.ui.pack_export import choose_pack_cases

        case_ids = choose_pack_cases(self._window, list_cases(), current_id=self._library_case_id())
        if not case_ids:
            return
        name = (
            f"{case_ids[0]}.lcpack"
            if len(case_ids) == 1
            else f"cases-{dt.date.today().isoformat()}.lcpack"
        )
        path = dialogs.ask_pack_save_path(self._window, paths.documents_dir() / name)
        if path is None:
            return
        try:
            written = export_pack(case_ids, path)
        except (PackError, CaseError, OSError) as exc:
            dialogs.show_error(
                self._window, self.tr("Cannot export the case pack"), error_text(exc)
            )
            return
        self._window.statusBar().showMessage(
            self.tr("Saved {count} case(s) in {path}").format(count=len(written), path=path), 10000
        )

    @Slot()
    def import_case_pack(self) -> None:
        path = dialogs.ask_pack_file(self._window, paths.documents_dir())
        if path is not None:
            self._import_pack(path)

    def _titles(self, case_ids: tuple[str, ...]) -> str:
        titles = []
        for case_id in case_ids:
            try:
                titles.append(f"• {open_case(case_id).title}")
            except CaseError:
                titles.append(f"• {case_id}")
        return "\n".join(titles)

    def _import_pack(self, path: Path) -> bool:
        """Import a pack (one message if it is refused), say what it did, open its one case."""
        from composer.ui.pack_import import import_pack_interactive

        result = import_pack_interactive(path, self._window)
        if result is None:
            return False  # the pack was refused, with its own message; nothing was written
        parts = []
        if result.added:
            parts.append(
                self.tr("Added to your case library:\n{titles}").format(
                    titles=self._titles(result.added)
                )
            )
        if result.replaced:
            parts.append(
                self.tr("Replaced with the pack's version:\n{titles}").format(
                    titles=self._titles(result.replaced)
                )
            )
        if result.kept:
            parts.append(
                self.tr("Your own version kept:\n{titles}").format(titles=self._titles(result.kept))
            )
        if result.skipped_builtins:
            parts.append(
                self.tr("Already part of Letter Composer:\n{titles}").format(
                    titles=self._titles(result.skipped_builtins)
                )
            )
        if result.templates:
            parts.append(
                self.tr("Letter wordings added: {count}").format(count=len(result.templates))
            )
        new = result.added + result.replaced
        if len(new) > 1:
            parts.append(self.tr("Open one with Case ▸ Open Case… (Ctrl+O)."))
        if not parts:
            parts.append(self.tr("Nothing was added: you already have everything in it."))
        dialogs.show_info(self._window, self.tr("Case pack imported"), "\n\n".join(parts))
        if len(new) == 1 and self.open_library_case(new[0]):
            self._window.statusBar().showMessage(
                self.tr("Opened “{title}” from the case pack.").format(
                    title=self._window._case.title
                ),
                10000,
            )
        elif self._library_case_id() in result.replaced and not self._window._has_unsaved_work():
            self.open_library_case(
                self._window._case.id
            )  # show the pack's version of the open case
        return True
