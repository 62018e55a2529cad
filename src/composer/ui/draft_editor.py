"""The letter draft editor: the whole letter in one document, each paragraph tagged with its block.

Every paragraph of the QTextDocument carries, in its block format, the key of the draft block it
belongs to ("opening", "demand-2", ...). Qt copies a block format when the writer splits a
paragraph and restores it on undo, so the tags follow typing, toggles, undo and redo. After every
change the Draft model is re-read from the document: a block's text is the text of its paragraphs,
and a demand is included exactly when its paragraphs are in the letter. Ticking a demand inserts
its paragraph (with the writer's last wording of it) as one undoable edit; unticking removes it.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QRectF, Qt, Signal, Slot
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QFontMetrics,
    QPainter,
    QPaintEvent,
    QPalette,
    QTextBlock,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextFormat,
)
from PySide6.QtWidgets import QTextEdit, QWidget

from composer.model.draft import Block, BlockKind, Draft, LanguageChange, demand_index, demand_key
from composer.ui.plain_input import DirectionControlFilter

KEY_PROPERTY = QTextFormat.Property.UserProperty.value + 1

# What a language switch changes in the model, besides the text on screen: the language, and
# each block's text, generated wording, variant, inclusion and edits set aside.
_BlockState = tuple[str, str, int, bool, dict[str, str]]


@dataclass(frozen=True)
class _LanguageState:
    language: str
    blocks: dict[str, _BlockState]

    @classmethod
    def of(cls, draft: Draft) -> _LanguageState:
        return cls(
            draft.language,
            {
                b.key: (b.text, b.generated, b.variant, b.included, dict(b.edits_by_language))
                for b in draft.blocks
            },
        )

    def restore(self, draft: Draft, on_screen: dict[str, str]) -> None:
        """Put ``draft`` back in this state; the text on screen (after undo) wins."""
        draft.language = self.language
        for block in draft.blocks:
            if block.key not in self.blocks:
                continue
            text, generated, variant, included, edits = self.blocks[block.key]
            block.generated, block.variant = generated, variant
            block.edits_by_language = dict(edits)
            if block.key in on_screen:
                block.text, block.included = on_screen[block.key], True
            else:
                block.text, block.included = text, included


@dataclass(frozen=True)
class _LanguageSwitch:
    """A switch on the undo stack: ``steps`` undo steps exist right after it."""

    steps: int
    before: _LanguageState
    after: _LanguageState


# Kinds whose lines sit tight together (an address, a printed name); others are paragraphs.
_TIGHT_KINDS = frozenset({BlockKind.RECIPIENT})


def _kind_of(key: str) -> BlockKind:
    return BlockKind.DEMAND if demand_index(key) is not None else BlockKind(key)


class DraftEditor(DirectionControlFilter, QTextEdit):
    """The editable letter, kept in step with a ``Draft``."""

    # Emitted after the model was updated from the document (typing, a toggle, undo, redo).
    draft_edited = Signal()
    # Emitted when undo or redo crossed a language switch: the letter's language now.
    language_undone = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("letterDraft")
        self.setAccessibleName(self.tr("Letter draft"))
        self.setAcceptRichText(False)
        self.setTabChangesFocus(True)
        self.setLineWrapMode(QTextEdit.LineWrapMode.WidgetWidth)
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont)
        self._letter_size = font.pointSizeF() * 1.1
        self._text_scale = 1.0
        self._apply_letter_font()
        self._draft: Draft | None = None
        self._loading = False
        self._order: dict[str, int] = {}
        self._join_mark: tuple[str, int] | None = None
        self._switches: list[_LanguageSwitch] = []  # on the undo stack, oldest first
        self._switches_in_effect = 0
        self._synced_revision = -1
        self.document().contentsChanged.connect(self._sync_model)

    # ------------------------------------------------------------------ text size

    def set_text_scale(self, scale: float) -> None:
        """Show the letter ``scale`` times its usual size (View ▸ Larger Text)."""
        self._text_scale = scale
        self._apply_letter_font()

    def _apply_letter_font(self) -> None:
        letter_font = QFont("Noto Serif")
        letter_font.setStyleHint(QFont.StyleHint.Serif)
        letter_font.setPointSizeF(self._letter_size * self._text_scale)
        self.document().setDefaultFont(letter_font)
        self.document().setDocumentMargin(self.fontMetrics().height())

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # QTextEdit then takes the widget's font
            self._apply_letter_font()

    # ------------------------------------------------------------------ loading

    @property
    def draft(self) -> Draft | None:
        return self._draft

    def current_typing_language(self) -> str | None:
        """The letter's language: typed quotes and French spacing follow it."""
        return None if self._draft is None else self._draft.language

    def set_draft(self, draft: Draft) -> None:
        """Show ``draft`` as a fresh document (the undo history starts again)."""
        self._draft = draft
        self._order = {block.key: i for i, block in enumerate(draft.blocks)}
        doc = self.document()
        self._loading = True
        try:
            doc.setUndoRedoEnabled(False)
            doc.clear()
            cursor = QTextCursor(doc)
            first = True
            for block in draft.visible_blocks():
                for line in block.text.split("\n"):
                    if first:
                        cursor.setBlockFormat(self._block_format(block.key))
                        first = False
                    else:
                        cursor.insertBlock(self._block_format(block.key), QTextCharFormat())
                    cursor.insertText(line, QTextCharFormat())
            doc.setUndoRedoEnabled(True)
            doc.setModified(False)
        finally:
            self._loading = False
        self._join_mark = None
        self._switches, self._switches_in_effect = [], 0
        self.moveCursor(QTextCursor.MoveOperation.Start)
        self._synced_revision = -1
        self._sync_model()

    def switch_language(self, language: str) -> LanguageChange:
        """Write the letter in ``language`` as one undoable edit (undo switches back)."""
        draft = self._draft
        if draft is None:
            return LanguageChange((), ())
        doc = self.document()
        self._drop_undone_switches()
        before = _LanguageState.of(draft)
        change = draft.set_language(language)
        after = _LanguageState.of(draft)
        self._loading = True
        try:
            cursor = QTextCursor(doc)
            cursor.beginEditBlock()
            cursor.select(QTextCursor.SelectionType.Document)
            cursor.removeSelectedText()
            first = True
            for block in draft.visible_blocks():
                for line in block.text.split("\n"):
                    if first:
                        cursor.setBlockFormat(self._block_format(block.key))
                        first = False
                    else:
                        cursor.insertBlock(self._block_format(block.key), QTextCharFormat())
                    cursor.insertText(line, QTextCharFormat())
            cursor.endEditBlock()
        finally:
            self._loading = False
        self._join_mark = None
        self._switches.append(_LanguageSwitch(doc.availableUndoSteps(), before, after))
        self._switches_in_effect = len(self._switches)
        self._synced_revision = -1
        self._sync_model()
        return change

    def _drop_undone_switches(self) -> None:
        """Switches undone and then overwritten by a new edit are gone from the stack."""
        steps = self.document().availableUndoSteps()
        self._switches = [s for s in self._switches if s.steps <= steps]
        self._switches_in_effect = min(self._switches_in_effect, len(self._switches))

    def _follow_undone_switches(self, on_screen: dict[str, str]) -> bool:
        """After undo or redo: put the model in the language the letter on screen is in."""
        if self._draft is None or not self._switches:
            return False
        doc = self.document()
        steps = doc.availableUndoSteps()
        if doc.availableRedoSteps() == 0:
            self._drop_undone_switches()
        in_effect = sum(1 for s in self._switches if s.steps <= steps)
        if in_effect == self._switches_in_effect:
            return False
        self._switches_in_effect = in_effect
        state = self._switches[in_effect - 1].after if in_effect else self._switches[0].before
        state.restore(self._draft, on_screen)
        return True

    def _block_format(self, key: str) -> QTextBlockFormat:
        fmt = QTextBlockFormat()
        fmt.setProperty(KEY_PROPERTY, key)
        gap = self.fontMetrics().height() * 0.9
        kind = _kind_of(key)
        if kind in _TIGHT_KINDS:
            fmt.setBottomMargin(0)
        elif kind is BlockKind.VALEDICTION:
            fmt.setBottomMargin(gap * 2.5)  # room to sign by hand
        else:
            fmt.setBottomMargin(gap)
        if kind is BlockKind.SALUTATION:
            fmt.setTopMargin(gap)
        return fmt

    # ------------------------------------------------------------------ reading the document

    @staticmethod
    def key_of(block: QTextBlock) -> str | None:
        value = block.blockFormat().property(KEY_PROPERTY)
        return value if isinstance(value, str) and value else None

    def _tagged_blocks(self) -> Iterator[tuple[str, QTextBlock]]:
        """Every paragraph with its key; an untagged paragraph belongs to the one before it."""
        current: str | None = None
        pending: list[QTextBlock] = []
        block = self.document().begin()
        while block.isValid():
            key = self.key_of(block)
            if key is not None and key in self._order:
                current = key
                for waiting in pending:  # untagged paragraphs at the very top
                    yield key, waiting
                pending.clear()
            if current is None:
                pending.append(block)
            else:
                yield current, block
            block = block.next()
        for waiting in pending:
            yield "opening", waiting

    def block_texts(self) -> dict[str, str]:
        """The text of each block present in the document, by key."""
        lines: dict[str, list[str]] = {}
        for key, block in self._tagged_blocks():
            lines.setdefault(key, []).append(block.text())
        return {key: "\n".join(parts) for key, parts in lines.items()}

    def keys_in_document(self) -> list[str]:
        seen: list[str] = []
        for key, _ in self._tagged_blocks():
            if not seen or seen[-1] != key:
                seen.append(key)
        return seen

    def _blocks_of(self, key: str) -> list[QTextBlock]:
        return [block for k, block in self._tagged_blocks() if k == key]

    @Slot()
    def _sync_model(self) -> None:
        if self._loading or self._draft is None:
            return
        revision = self.document().revision()
        if revision == self._synced_revision:
            return  # formats only (the spell check's underline): the words did not change
        self._synced_revision = revision
        texts = self.block_texts()
        if self._follow_undone_switches(texts):
            self.language_undone.emit(self._draft.language)
        for block in self._draft.blocks:
            if block.key in texts:
                block.text = texts[block.key]
                block.included = True
            elif block.kind is BlockKind.DEMAND:
                block.included = False  # its text stays: ticking it again brings it back
            else:
                block.text = ""
        self.draft_edited.emit()

    # ------------------------------------------------------------------ edits the window makes

    def set_demand_included(self, index: int, included: bool) -> None:
        """Insert or remove a demand's paragraph as one undoable edit."""
        if self._draft is None:
            return
        key = demand_key(index)
        present = bool(self._blocks_of(key))
        if included and not present:
            self._join_mark = None
            cursor = QTextCursor(self.document())
            cursor.beginEditBlock()
            self._insert_block(cursor, self._draft.block(key))
            cursor.endEditBlock()
        elif not included and present:
            self._join_mark = None
            cursor = QTextCursor(self.document())
            cursor.beginEditBlock()
            self._remove_block(cursor, key)
            cursor.endEditBlock()

    def replace_block_text(self, key: str, text: str, *, merge_tag: str = "") -> None:
        """Put ``text`` in the block ``key`` (inserting the block if it is missing).

        Successive replacements with the same ``merge_tag`` and nothing else in between join one
        undo step, so typing a name in the form is one step, not one per letter.
        """
        if self._draft is None:
            return
        doc = self.document()
        if self.block_texts().get(key) == text:
            return
        cursor = QTextCursor(doc)
        join = (
            bool(merge_tag)
            and self._join_mark == (merge_tag, doc.availableUndoSteps())
            and doc.availableRedoSteps() == 0
        )
        if join:
            cursor.joinPreviousEditBlock()
        else:
            cursor.beginEditBlock()
        blocks = self._blocks_of(key)
        lines = text.split("\n")
        if blocks:
            cursor.setPosition(blocks[0].position())
            last = blocks[-1]
            cursor.setPosition(last.position() + last.length() - 1, QTextCursor.MoveMode.KeepAnchor)
            cursor.insertText(lines[0], QTextCharFormat())
            for line in lines[1:]:
                cursor.insertBlock(self._block_format(key), QTextCharFormat())
                cursor.insertText(line, QTextCharFormat())
        else:
            block = self._draft.block(key)
            self._insert_lines(cursor, key, lines, block)
        cursor.endEditBlock()
        self._join_mark = (merge_tag, doc.availableUndoSteps()) if merge_tag else None

    def _insert_block(self, cursor: QTextCursor, block: Block) -> None:
        self._insert_lines(cursor, block.key, block.text.split("\n"), block)

    def _insert_lines(self, cursor: QTextCursor, key: str, lines: list[str], block: Block) -> None:
        """Insert paragraphs for ``key`` where the draft's order puts them."""
        present = self.keys_in_document()
        before = [k for k in present if self._order.get(k, -1) < self._order[key]]
        fmt = self._block_format(key)
        if before:
            last = self._blocks_of(before[-1])[-1]
            cursor.setPosition(last.position() + last.length() - 1)
            for line in lines:
                cursor.insertBlock(fmt, QTextCharFormat())
                cursor.insertText(line, QTextCharFormat())
            return
        after = [k for k in present if self._order.get(k, -1) > self._order[key]]
        if after:
            first = self._blocks_of(after[0])[0]
            following_fmt = first.blockFormat()
            cursor.setPosition(first.position())
            cursor.insertBlock(following_fmt, QTextCharFormat())
            cursor.setPosition(first.position())
        else:  # an empty document
            cursor.select(QTextCursor.SelectionType.Document)
            cursor.removeSelectedText()
        cursor.setBlockFormat(fmt)
        cursor.insertText(lines[0], QTextCharFormat())
        for line in lines[1:]:
            cursor.insertBlock(fmt, QTextCharFormat())
            cursor.insertText(line, QTextCharFormat())

    def _remove_block(self, cursor: QTextCursor, key: str) -> None:
        while True:
            blocks = self._blocks_of(key)
            if not blocks:
                return
            # The first run of consecutive paragraphs of this key.
            run = [blocks[0]]
            for block in blocks[1:]:
                if block.blockNumber() != run[-1].blockNumber() + 1:
                    break
                run.append(block)
            first, last = run[0], run[-1]
            previous, following = first.previous(), last.next()
            if following.isValid():
                # Delete the run and its own paragraph ends: the neighbours keep their formats
                # (deleting from the previous paragraph's end instead loses an empty neighbour).
                cursor.setPosition(first.position())
                cursor.setPosition(following.position(), QTextCursor.MoveMode.KeepAnchor)
                cursor.removeSelectedText()
            elif previous.isValid():
                previous_fmt = previous.blockFormat()
                cursor.setPosition(previous.position() + previous.length() - 1)
                cursor.setPosition(
                    last.position() + last.length() - 1, QTextCursor.MoveMode.KeepAnchor
                )
                cursor.removeSelectedText()
                cursor.setBlockFormat(previous_fmt)
            else:
                cursor.select(QTextCursor.SelectionType.Document)
                cursor.removeSelectedText()
                cursor.setBlockFormat(QTextBlockFormat())
                return

    # ------------------------------------------------------------------ painting

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self._draft is None:
            return
        painter = QPainter(self.viewport())
        try:
            self._paint_hint(painter, "personal")
            self._paint_hint(painter, "signature")
        finally:
            painter.end()

    def hints(self, key: str) -> list[str]:
        """What an empty paragraph says, longest first: a narrow letter shows a shorter one."""
        if key == "personal":
            return [
                self.tr("Optional: a sentence of your own (who you are, why this matters to you)"),
                self.tr("Optional: a sentence of your own"),
            ]
        return [self.tr("Your name goes here: type it under “About you”"), self.tr("Your name")]

    def hint_shown(self, key: str) -> str:
        """The hint that fits the letter's width now (elided only if even the shortest does not)."""
        font = QFont(self.document().defaultFont())
        font.setItalic(True)
        metrics = QFontMetrics(font)
        width = int(self.viewport().width() - 2 * self.document().documentMargin())
        choices = self.hints(key)
        fitting = [hint for hint in choices if metrics.horizontalAdvance(hint) <= width]
        if fitting:
            return fitting[0]
        return metrics.elidedText(choices[-1], Qt.TextElideMode.ElideRight, max(width, 0))

    def _paint_hint(self, painter: QPainter, key: str) -> None:
        """Show what goes in an empty paragraph (the writer's own sentence, their name)."""
        blocks = self._blocks_of(key)
        if len(blocks) != 1 or blocks[0].text():
            return
        rect: QRectF = self.document().documentLayout().blockBoundingRect(blocks[0])
        rect.translate(-self.horizontalScrollBar().value(), -self.verticalScrollBar().value())
        painter.setPen(QColor(self.palette().color(QPalette.ColorRole.PlaceholderText)))
        font = QFont(self.document().defaultFont())
        font.setItalic(True)
        painter.setFont(font)
        width = int(self.viewport().width() - rect.x() - self.document().documentMargin())
        hint = self.hint_shown(key)
        top = rect.y() + blocks[0].blockFormat().topMargin()
        painter.drawText(
            QRectF(rect.x(), top, width, QFontMetrics(font).height()),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop),
            hint,
        )
