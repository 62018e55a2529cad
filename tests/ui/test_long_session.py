"""A long evening at one laptop: tens of thousands of keystrokes and hundreds of ticks."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

# The real app through its own entry point, driven by keystrokes once the window is up. It
# prints what it typed and what the letter then held, so the test can check every word.
LONG_SESSION = textwrap.dedent("""
    import sys
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtGui import QTextCursor
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication
    from composer.__main__ import main
    from composer.ui.main_window import MainWindow

    KEYSTROKES, TICKS = int(sys.argv[1]), int(sys.argv[2])
    app = QApplication(sys.argv[:1])

    def session():
        window = next(w for w in app.topLevelWidgets() if isinstance(w, MainWindow))
        boxes = window.demands_panel.checkboxes()
        words, typed, ticks, n = [], 0, 0, 0
        while typed < KEYSTROKES:
            n += 1
            word = f"w{n:05d}"
            if n % 40 == 0:  # now and then the writer fixes their name and town
                for edit in (window.about_you.name_edit, window.about_you.town_edit):
                    edit.selectAll()
                    QTest.keyClicks(edit, f"Ann{n}")
                    typed += len(f"Ann{n}") + 1
            else:
                cursor = window.editor.textCursor()
                block = window.editor._blocks_of("personal")[0]
                cursor.setPosition(block.position() + block.length() - 1)
                window.editor.setTextCursor(cursor)
                QTest.keyClicks(window.editor, " " + word)
                words.append(word)
                typed += len(word) + 1
            while ticks * KEYSTROKES < TICKS * typed and ticks < TICKS:
                boxes[ticks % len(boxes)].click()
                ticks += 1
        while ticks < TICKS:
            boxes[ticks % len(boxes)].click()
            ticks += 1
        text = window.editor.toPlainText()
        missing = [w for w in words if w not in text]
        print(f"typed {typed} ticks {ticks} words {len(words)} missing {len(missing)}", flush=True)
        window.editor.document().setModified(False)
        window.close()

    QTimer.singleShot(200, session)
    sys.exit(main([]))
""")


@pytest.mark.slow
def test_a_long_evening_does_not_crash_the_window(user_data: Path) -> None:
    """20,000 keystrokes and 400 demand ticks: the window is still there with every word.

    PySide6 6.12 on Python 3.11 aborted here after about 4,000 (none_dealloc); the project
    runs on 3.12 or newer, where that cannot happen."""
    env = dict(os.environ, LETTER_COMPOSER_DATA=str(user_data), QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-c", LONG_SESSION, "20000", "400"],
        env=env,
        capture_output=True,
        text=True,
        timeout=1800,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    summary = result.stdout.strip().splitlines()[-1].split()
    figures = dict(zip(summary[::2], map(int, summary[1::2]), strict=True))
    assert figures["typed"] >= 20000 and figures["ticks"] == 400
    assert figures["words"] > 2000 and figures["missing"] == 0
