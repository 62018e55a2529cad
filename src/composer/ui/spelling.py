"""Spell check for the letter and the writer's own sentence: offline, in the letter's language.

Dictionaries are pyspellchecker's (shipped in the package, English, French, Spanish, German,
Russian and more). Loading one takes up to a second, so it is read in a worker thread, line by
line (a Python loop lets the GUI thread run every few milliseconds, where one ``json.loads``
would hold it for hundreds); until it is ready nothing is underlined. While the writer types,
a paragraph is checked with dictionary look-ups only (microseconds); suggestions are computed
when the context menu opens. The case's words (names, places, addresses), the writer's own
name and town, the letter's template wording and the writer's personal word list are never
flagged.
"""

from __future__ import annotations

import contextlib
import gzip
import io
import pkgutil
import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, QThreadPool, Signal, Slot
from PySide6.QtGui import (
    QAction,
    QSyntaxHighlighter,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import QMenu, QPlainTextEdit, QTextEdit, QWidget

from composer import paths
from composer.atomic import write_text_atomic
from composer.model.case import Case
from composer.ui import workers
from composer.ui.theme import warning_color

if TYPE_CHECKING:
    from spellchecker import SpellChecker  # loaded with the first dictionary, not at start

WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
MAX_SUGGESTIONS = 5
WORD_LIST = "dictionary.txt"  # the writer's own words, in the data folder


def words_of(texts: Iterable[str]) -> set[str]:
    """Every word in ``texts``, lower-cased, with its apostrophe parts too."""
    found: set[str] = set()
    for text in texts:
        for match in WORD.finditer(text):
            word = match.group().replace("’", "'").casefold()
            found.add(word)
            found.update(word.split("'"))
    return found


def case_words(case: Case) -> set[str]:
    """The words of a case (names, places, addresses, its own wording): never misspelled."""
    texts = [case.title, case.summary, case.action_intro, case.deadline_note, *case.people]
    texts += [part for section in case.background for part in (section.heading, section.text)]
    texts += [text for demand in case.demands for text in demand.text.values()]
    texts += list(case.situation.values())
    for recipient in (*case.recipients, *case.copies_to):
        texts += [*recipient.envelope_lines(), *recipient.salutation.values()]
    return words_of(texts)


def load_checker(language: str) -> SpellChecker:
    """pyspellchecker's dictionary for ``language``, read without holding the GIL for long.

    pyspellchecker's own loader parses the whole file with one ``json.loads`` (0.2 s for
    English, 0.6 s for German) and then scans every word in one C call: a worker thread doing
    that freezes the window just as long. The file has one ``"word": count,`` per line, so it is
    read here line by line; the checker's word list is filled the same way.
    """
    from spellchecker import SpellChecker

    data = pkgutil.get_data("spellchecker", f"resources/{language}.json.gz")
    if data is None:
        raise ValueError(f"no dictionary for {language}")
    text = gzip.decompress(data).decode("utf-8")  # zlib lets other threads run meanwhile
    checker = SpellChecker(language=None, distance=1)
    frequency = checker.word_frequency
    counts = frequency._dictionary
    letters: set[str] = set()
    longest = total = 0
    for line in io.StringIO(text):
        word, colon, count = line.strip().rstrip(",").rpartition(":")
        if not colon or not word.startswith('"'):
            continue
        word = word.strip()[1:-1].lower()
        counts[word] += int(count)
        letters.update(word)
        longest = max(longest, len(word))
        total += int(count)
    frequency._letters = letters
    frequency._longest_word_length = longest
    frequency._total_words = total
    frequency._unique_words = len(counts)
    return checker


class Dictionaries(QObject):
    """The loaded dictionaries and the writer's own words, shared by every checked field."""

    loaded = Signal(str)  # a language's dictionary is ready

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._checkers: dict[str, SpellChecker] = {}
        self._loading: set[str] = set()
        self._started = False  # loading waits until the window is up (start())
        self._wanted: set[str] = set()
        self._ticket = workers.ticket()
        workers.relay().result.connect(self._from_worker)
        self.own_words = self._read_own_words()

    def checker(self, language: str) -> SpellChecker | None:
        """The dictionary, or None while it loads (it starts loading on the first ask)."""
        found = self._checkers.get(language)
        if not self._started:
            self._wanted.add(language)
            return found
        if found is None and language not in self._loading:
            self._loading.add(language)

            ticket = self._ticket

            def run() -> None:
                try:
                    checker: SpellChecker | None = load_checker(language)
                except (OSError, ValueError):
                    checker = None  # no dictionary for it: nothing is underlined
                workers.hand_back(ticket, (language, checker))

            QThreadPool.globalInstance().start(run)
        return found

    def start(self) -> None:
        """Begin loading the dictionaries asked for: after start-up, so that the loading
        thread does not compete with the window's first appearance."""
        self._started = True
        for language in sorted(self._wanted):
            self.checker(language)

    def wait_loaded(self, language: str) -> SpellChecker | None:
        """Load now, on this thread (tests, benchmarks)."""
        self._started = True
        if language not in self._checkers:
            self._store(language, load_checker(language))
        return self._checkers.get(language)

    @Slot(int, object)
    def _from_worker(self, ticket: int, result: tuple[str, object]) -> None:
        if ticket == self._ticket:
            self._store(*result)

    def _store(self, language: str, checker: object) -> None:
        from spellchecker import SpellChecker  # a failed load sends its error instead

        self._loading.discard(language)
        if isinstance(checker, SpellChecker):
            self._checkers[language] = checker
            self.loaded.emit(language)

    @staticmethod
    def _read_own_words() -> set[str]:
        try:
            text = (paths.user_data_dir() / WORD_LIST).read_text(encoding="utf-8")
        except OSError:
            return set()
        return {line.strip().casefold() for line in text.splitlines() if line.strip()}

    def add_own_word(self, word: str) -> None:
        """Add to Dictionary: remembered on this computer."""
        self.own_words.add(word.casefold())
        path = paths.user_data_dir() / WORD_LIST
        with contextlib.suppress(OSError):  # still known for this session
            path.parent.mkdir(parents=True, exist_ok=True)
            write_text_atomic(path, "\n".join(sorted(self.own_words)) + "\n")


class SpellHighlighter(QSyntaxHighlighter):
    """Underlines, with a wavy line in a readable red, the words the dictionary does not know."""

    def __init__(self, document: QTextDocument, dictionaries: Dictionaries) -> None:
        super().__init__(document)
        self._dictionaries = dictionaries
        self._language = ""
        self._known: set[str] = set()
        self._format = QTextCharFormat()
        self._format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SpellCheckUnderline)
        dictionaries.loaded.connect(self._on_loaded)

    def set_underline_palette_color(self, widget: QWidget) -> None:
        self._format.setUnderlineColor(warning_color(widget.palette()))
        self.rehighlight()

    def set_language(self, language: str) -> None:
        if language != self._language:
            self._language = language
            self._dictionaries.checker(language)
            self.rehighlight()

    def set_known_words(self, words: set[str]) -> None:
        """Words never flagged here (the case's, the writer's name and town)."""
        if words != self._known:
            self._known = words
            self.rehighlight()

    @Slot(str)
    def _on_loaded(self, language: str) -> None:
        if language == self._language:
            self.rehighlight()

    def is_misspelled(self, word: str) -> bool:
        checker = self._dictionaries.checker(self._language)
        if checker is None:
            return False
        word = word.replace("’", "'").casefold()
        if word in self._known or word in self._dictionaries.own_words or word in checker:
            return False
        # French and English elisions and contractions: l'homme, qu'elle, don't.
        parts = [part for part in word.split("'") if part]
        return len(parts) < 2 or any(
            part not in checker and part not in self._known and len(part) > 1 for part in parts
        )

    def highlightBlock(self, text: str) -> None:
        if self._dictionaries.checker(self._language) is None:
            return
        for match in WORD.finditer(text):
            if self.is_misspelled(match.group()):
                self.setFormat(match.start(), match.end() - match.start(), self._format)

    def suggestions(self, word: str) -> list[str]:
        checker = self._dictionaries.checker(self._language)
        if checker is None:
            return []
        found = checker.candidates(word.casefold()) or set()
        ranked = sorted(found, key=lambda w: (-checker.word_usage_frequency(w), w))
        ranked = [w for w in ranked if w != word.casefold()][:MAX_SUGGESTIONS]
        if word[:1].isupper():
            ranked = [w[:1].upper() + w[1:] for w in ranked]
        return ranked

    def add_spelling_actions(self, menu: QMenu, cursor: QTextCursor) -> None:
        """Put suggestions and Add to Dictionary at the top of a text field's context menu,
        for the misspelled word under ``cursor`` (nothing if it is spelled right)."""
        word_cursor = QTextCursor(cursor)
        block_text = word_cursor.block().text()
        position = word_cursor.positionInBlock()
        match = next(
            (m for m in WORD.finditer(block_text) if m.start() <= position <= m.end()), None
        )
        if match is None or not self.is_misspelled(match.group()):
            return
        word = match.group()
        start = word_cursor.block().position() + match.start()
        first = menu.actions()[0] if menu.actions() else None
        added: list[QAction] = []
        suggestions = self.suggestions(word)
        for suggestion in suggestions:
            action = QAction(suggestion, menu)
            action.triggered.connect(
                lambda _checked=False, s=suggestion: self._replace(start, word, s)
            )
            added.append(action)
        if not suggestions:
            none = QAction(self.tr("No suggestions"), menu)
            none.setEnabled(False)
            added.append(none)
        add = QAction(self.tr("Add “{word}” to Dictionary").format(word=word), menu)
        add.triggered.connect(lambda _checked=False: self._add(word))
        added.append(add)
        menu.insertActions(first, added)  # type: ignore[arg-type]
        menu.insertSeparator(first)  # type: ignore[arg-type]

    def _replace(self, start: int, word: str, replacement: str) -> None:
        cursor = QTextCursor(self.document())
        cursor.setPosition(start)
        cursor.setPosition(start + len(word), QTextCursor.MoveMode.KeepAnchor)
        if cursor.selectedText() == word:
            cursor.insertText(replacement)

    def _add(self, word: str) -> None:
        self._dictionaries.add_own_word(word)
        self.rehighlight()


class SpellCheck(QObject):
    """Checks the spelling of the letter and the writer's own sentence, in the letter's
    language; a right click on an underlined word offers suggestions."""

    def __init__(self, fields: list[QTextEdit | QPlainTextEdit], parent: QObject) -> None:
        super().__init__(parent)
        self.dictionaries = Dictionaries(self)
        self.highlighters: dict[QWidget, SpellHighlighter] = {}
        self._case_words: tuple[Case | None, set[str]] = (None, set())
        for field in fields:
            highlighter = SpellHighlighter(field.document(), self.dictionaries)
            highlighter.set_underline_palette_color(field)
            self.highlighters[field] = highlighter
            field.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
            field.customContextMenuRequested.connect(
                lambda position, field=field: self._show_menu(field, position)
            )
            field.installEventFilter(self)  # palette changes: the underline's red follows

    def case_words(self, case: Case) -> set[str]:
        """The case's words (kept per case: computed once, used on every keystroke)."""
        if self._case_words[0] is not case:
            self._case_words = (case, case_words(case))
        return set(self._case_words[1])

    def set_language(self, language: str) -> None:
        for highlighter in self.highlighters.values():
            highlighter.set_language(language)

    def set_known_words(self, words: set[str]) -> None:
        for highlighter in self.highlighters.values():
            highlighter.set_known_words(words)

    def context_menu(self, field: QTextEdit | QPlainTextEdit, position: QPoint) -> QMenu:
        """The field's own context menu, with spelling suggestions first for a flagged word."""
        menu = field.createStandardContextMenu(position)
        self.highlighters[field].add_spelling_actions(menu, field.cursorForPosition(position))
        return menu

    def _show_menu(self, field: QTextEdit | QPlainTextEdit, position: QPoint) -> None:
        menu = self.context_menu(field, position)  # position: in the viewport, as Qt gives it
        menu.exec(field.viewport().mapToGlobal(position))
        menu.deleteLater()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.PaletteChange and watched in self.highlighters:
            assert isinstance(watched, QWidget)
            self.highlighters[watched].set_underline_palette_color(watched)
        return super().eventFilter(watched, event)
