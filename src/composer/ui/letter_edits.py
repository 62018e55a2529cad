"""The letter's editing slots: a draft edited, a demand ticked, the writer's details changed,
a language, paper or recipient chosen, another wording asked for; the spell check follows."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Slot

from composer.model import recipients
from composer.model.draft import REWORDABLE_KINDS, Sender, demand_key
from composer.ui.session import app_settings
from composer.ui.spelling import words_of

if TYPE_CHECKING:
    from composer.ui.main_window import MainWindow


class LetterEdits(QObject):
    """What the window's panes tell it about the letter, and what the window does about it."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window

    def connect_signals(self) -> None:
        window = self._window
        window.editor.draft_edited.connect(self._on_draft_edited)
        window.editor.language_undone.connect(self._on_language_undone)
        window.demands_panel.demand_toggled.connect(self._on_demand_toggled)
        window.about_you.sender_changed.connect(self._on_sender_changed)
        window.about_you.personal_changed.connect(self._on_personal_changed)
        window.about_you.remember_changed.connect(self._on_remember_changed)
        window.language_combo.currentIndexChanged.connect(self._on_language_chosen)
        window.layout_combo.currentIndexChanged.connect(self._on_layout_chosen)
        window.recipient_choice.chosen.connect(self._on_recipient_chosen)
        window._autosaver.failed.connect(self._on_autosave_failed)

    def show_demands(self) -> None:
        """The demands in the letter's language (after a start, a switch, an undo); the spell
        check follows the language too."""
        window = self._window
        self.update_spelling()
        draft = window.draft
        window.about_you.personal_edit.typing_language = draft.language  # quotes as printed
        case = window.case
        texts = [draft.demand_text(i) for i in range(len(case.demands))]
        included = [draft.block(demand_key(i)).included for i in range(len(texts))]
        intro = case.action_intro if draft.language == case.language else ""
        had = len(window.demands_panel.rows)
        window.demands_panel.set_demands(texts, included, intro)
        if had != len(texts):
            window._set_tab_order()

    def update_spelling(self) -> None:
        window = self._window
        draft = window.draft
        sender = draft.sender
        own = [sender.name, sender.town, *sender.address_lines]
        templates = [block.generated for block in draft.blocks]
        window.spell_check.set_language(draft.language)
        window.spell_check.set_known_words(
            window.spell_check.case_words(window.case) | words_of([*own, *templates])
        )

    @Slot()
    def _on_draft_edited(self) -> None:
        window = self._window
        draft = window.draft
        window.demands_panel.set_included(
            [draft.block(demand_key(i)).included for i in range(len(window.case.demands))]
        )
        window.about_you.set_personal(draft.block("personal").text)
        if window.editor.document().isModified():  # a letter nobody touched is not offered back
            window._autosaver.schedule()
        window.page_check.schedule()

    @Slot(int, bool)
    def _on_demand_toggled(self, index: int, included: bool) -> None:
        window = self._window
        window.editor.set_demand_included(index, included)
        if not window.draft.makes_a_request():
            window.statusBar().showMessage(
                self.tr("No demand is ticked: your letter makes no request."), 8000
            )

    @Slot(object)
    def _on_sender_changed(self, sender: Sender) -> None:
        window = self._window
        draft = window.draft
        changed = draft.set_sender(sender)
        window.sender_preview.show_lines(draft.sender_lines(), bool(sender.name.strip()))
        for key in changed:
            window.editor.replace_block_text(key, draft.block(key).text, merge_tag="sender")
        self.update_spelling()  # the writer's name is never misspelled
        window._autosaver.schedule()
        window.page_check.schedule()

    @Slot(str)
    def _on_personal_changed(self, text: str) -> None:
        self._window.editor.replace_block_text("personal", text, merge_tag="personal")

    @Slot(bool)
    def _on_remember_changed(self, remember: bool) -> None:
        window = self._window
        settings = app_settings()
        window.window_state.write_details(settings)
        settings.sync()
        if remember:
            window.statusBar().showMessage(
                self.tr("Your name and address will be remembered on this computer."), 6000
            )
        else:
            window.statusBar().showMessage(
                self.tr("Your name and address will be forgotten when you close the app."), 6000
            )

    @Slot(int)
    def _on_language_chosen(self, index: int) -> None:
        window = self._window
        language = str(window.language_combo.itemData(index))
        if language == window.draft.language:
            return
        previous = window.draft.language
        was_modified = window.editor.document().isModified()
        change = window.editor.switch_language(language)  # one undoable step
        # A switch alone is not the writer's work; their wording set aside for the other
        # language is, so closing must still ask.
        window.editor.document().setModified(was_modified or bool(change.set_aside))
        self.show_demands()
        window.statusBar().showMessage(window.notice.tell(change, language, previous), 8000)
        window._autosaver.schedule()
        window.page_check.schedule()

    @Slot(str)
    def _on_language_undone(self, language: str) -> None:
        """Undo or redo went across a language switch: the window follows the letter."""
        window = self._window
        window._set_combo(window.language_combo, language)
        self.show_demands()
        window.notice.hide()
        window.statusBar().showMessage(
            window.notice.tell_undone(language),
            8000,
        )

    @Slot(int)
    def _on_layout_chosen(self, index: int) -> None:
        window = self._window
        window._layout_id = str(window.layout_combo.itemData(index))
        window.layout_combo.setToolTip(
            str(window.layout_combo.itemData(index, Qt.ItemDataRole.ToolTipRole) or "")
        )
        window._autosaver.schedule()
        window.page_check.schedule(0)

    @Slot(object)
    def _on_recipient_chosen(self, choice: recipients.Choice) -> None:
        """Write to another recipient (address and salutation follow), or to all of them."""
        window = self._window
        if choice is not None and window.draft.set_recipient(choice):
            # Reload as a language switch does: every changed block at once, the writer's
            # own paragraphs as they were.
            was_modified = window.editor.document().isModified()
            window.editor.set_draft(window.draft)
            window.editor.document().setModified(was_modified)
        window._autosaver.schedule()
        window.page_check.schedule()

    @Slot(str)
    def _on_autosave_failed(self, reason: str) -> None:
        self._window.statusBar().showMessage(
            self.tr("Could not keep a safety copy of your letter: {reason}").format(reason=reason),
            10000,
        )

    @Slot()
    def reword_paragraph(self) -> None:
        """Another of the templates' wordings for the paragraph the cursor is in (the opening,
        a demand, the closing or the valediction): so writers at one event need not send the
        same sentences. One undoable step; words the writer typed there are replaced, and Undo
        brings them back."""
        window = self._window
        editor = window.editor
        key = editor.key_of(editor.textCursor().block())
        draft = window.draft
        if key is None or draft.block(key).kind not in REWORDABLE_KINDS:
            window.statusBar().showMessage(
                self.tr(
                    "Put the cursor in the opening, a demand or the closing paragraph to word "
                    "it differently."
                ),
                8000,
            )
            return
        editor.replace_block_text(key, draft.reword(key))
        window.statusBar().showMessage(
            self.tr("Another wording. Undo (Ctrl+Z) brings the last one back."), 8000
        )
