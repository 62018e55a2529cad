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

from composer.model.draft import Block, BlockKind, Draft, demand_index, demand_key
from composer.ui.plain_input import DirectionControlFilter

KEY_PROPERTY = QTextFormat.Property.UserProperty.value + 1

# Kinds whose lines sit tight together (an address, a printed name); others are paragraphs.
_TIGHT_KINDS = frozenset({BlockKind.RECIPIENT})


def _kind_of(key: str) -> BlockKind:
    return BlockKind.DEMAND if demand_index(key) is not None else BlockKind(key)


class DraftEditor(DirectionControlFilter, QTextEdit):
    """The editable letter, kept in step with a ``Draft``."""

    # Emitted after the model was updated from the document (typing, a toggle, undo, redo).
    draft_edited = Signal()

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
        self.moveCursor(QTextCursor.MoveOperation.Start)
        self._sync_model()

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
        texts = self.block_texts()
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
            self._paint_hint(
                painter,
                "personal",
                self.tr("Optional: a sentence of your own (who you are, why this matters to you)"),
            )
            self._paint_hint(
                painter, "signature", self.tr("Your name goes here: type it under “About you”")
            )
        finally:
            painter.end()

    def _paint_hint(self, painter: QPainter, key: str, hint: str) -> None:
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
        hint = QFontMetrics(font).elidedText(hint, Qt.TextElideMode.ElideRight, max(width, 0))
        top = rect.y() + blocks[0].blockFormat().topMargin()
        painter.drawText(
            QRectF(rect.x(), top, width, QFontMetrics(font).height()),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop),
            hint,
        )
