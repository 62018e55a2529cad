"""`letter-composer export`: the case's letter as an addressed PDF; one-line errors, no file."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from composer.cli import run
from composer.cli_locale import locale_parts
from pdf_support import pdf_text

DEMANDS = (
    "that Maryia Kalesnikava is released immediately and unconditionally",
    "end her incommunicado detention and allow her contact with the outside world",
    "stop all forms of torture and ill-treatment against her",
    "provide her with the adequate medical care she urgently needs",
)
SENDER = [
    "--sender-name",
    "Margaret Thompson",
    "--sender-address",
    "42 Elm Street",
    "--sender-address",
    "Guelph ON  N1H 3T5",
    "--sender-town",
    "Guelph, Ontario",
]
LOCALE_VARS = ("LC_ALL", "LC_PAPER", "LC_MESSAGES", "LANG")


@pytest.fixture(autouse=True)
def canadian_locale(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in LOCALE_VARS:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "en_CA.UTF-8")


def page_size(path: Path) -> tuple[int, int]:
    box = PdfReader(path).pages[0].mediabox
    return round(float(box.width)), round(float(box.height))


def test_export_kalesnikava(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "x.pdf"
    assert run(["export", "--case", "kalesnikava", *SENDER, "--output", str(out)]) == 0
    assert len(PdfReader(out).pages) == 1
    text = pdf_text(out)
    for part in (
        "Lt.-Gen. Ivan Kubrakou",
        "Minister of the Interior",
        "Vul. Haradski Val 4",
        "Minsk 220030 BELARUS",
        "Dear Minister,",
        "Margaret Thompson",
        "42 Elm Street",
        "Guelph ON N1H 3T5",
        *DEMANDS,
    ):
        assert part in text, part
    assert page_size(out) == (612, 792)  # en_CA: US Letter
    assert capsys.readouterr().out.strip() == f"{out}: 1 page, US Letter, #9 or #10 window envelope"


def test_omit_demand_3_drops_the_torture_demand(tmp_path: Path) -> None:
    out = tmp_path / "x.pdf"
    assert run(["export", *SENDER, "--omit-demand", "3", "--output", str(out)]) == 0
    text = pdf_text(out)
    assert "torture" not in text
    for demand in (DEMANDS[0], DEMANDS[1], DEMANDS[3]):
        assert demand in text, demand


def test_personal_note_french_and_a4(tmp_path: Path) -> None:
    out = tmp_path / "lettre.pdf"
    note = "Je suis infirmière à la retraite et sa santé m’inquiète beaucoup."
    assert (
        run(
            [
                "export",
                *SENDER,
                "--language",
                "fr",
                "--layout",
                "a4-din5008-a",
                "--personal-note",
                note,
                "--output",
                str(out),
            ]
        )
        == 0
    )
    text = pdf_text(out)
    assert "Monsieur le Ministre," in text
    assert note in text
    assert "BELARUS" in text
    assert page_size(out) == (595, 842)
    assert PdfReader(out).trailer["/Root"]["/Lang"] == "fr"


@pytest.mark.parametrize(
    ("env", "size"),
    [
        ({"LANG": "en_US.UTF-8"}, (612, 792)),
        ({"LANG": "fr_CA.UTF-8"}, (612, 792)),
        ({"LANG": "de_DE.UTF-8"}, (595, 842)),
        ({"LANG": "en_CA.UTF-8", "LC_PAPER": "fr_FR.UTF-8"}, (595, 842)),
        ({"LC_PAPER": "fr_FR.UTF-8", "LC_ALL": "es_MX.UTF-8"}, (612, 792)),
    ],
)
def test_default_layout_follows_the_locale(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, env: dict[str, str], size: tuple[int, int]
) -> None:
    monkeypatch.delenv("LANG")
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    out = tmp_path / "x.pdf"
    assert run(["export", *SENDER, "--language", "en", "--output", str(out)]) == 0
    assert page_size(out) == size


def test_locale_parts() -> None:
    assert locale_parts("fr_CA.UTF-8") == ("fr", "CA")
    assert locale_parts("de_DE@euro") == ("de", "DE")
    assert locale_parts("C.UTF-8") == ("", "")
    assert locale_parts("POSIX") == ("", "")
    assert locale_parts("en") == ("en", "")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ["--omit-demand", "5"],
            "letter-composer: --omit-demand 5: the case has 4 demands (1 to 4)",
        ),
        (
            ["--omit-demand", "0"],
            "letter-composer: --omit-demand 0: the case has 4 demands (1 to 4)",
        ),
        (
            [
                "--omit-demand",
                "1",
                "--omit-demand",
                "2",
                "--omit-demand",
                "3",
                "--omit-demand",
                "4",
            ],
            "letter-composer: every demand is left out: the letter would ask for nothing",
        ),
        (["--case", "no-such-case"], "letter-composer: there is no case called 'no-such-case'"),
    ],
)
def test_errors_are_one_line_and_write_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    out = tmp_path / "x.pdf"
    assert run(["export", *SENDER, *args, "--output", str(out)]) == 1
    err = capsys.readouterr().err
    assert err == message + "\n"
    assert not out.exists()


def test_unwritable_path_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "missing-folder" / "x.pdf"
    assert run(["export", *SENDER, "--output", str(out)]) == 1
    err = capsys.readouterr().err
    assert err == f"letter-composer: cannot write {out}: No such file or directory\n"
    assert run(["export", *SENDER, "--output", str(tmp_path)]) == 1
    assert capsys.readouterr().err == f"letter-composer: cannot write {tmp_path}: it is a folder\n"


def test_too_long_letter_is_refused_and_the_old_file_kept(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "x.pdf"
    out.write_bytes(b"%PDF- the good one")
    note = " ".join(["I have followed this case for a long time and I am deeply worried."] * 30)
    assert run(["export", *SENDER, "--personal-note", note, "--output", str(out)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("letter-composer: the letter does not fit on one page (it needs 2)")
    assert err.endswith("nothing was written\n") and err.count("\n") == 1
    assert out.read_bytes() == b"%PDF- the good one"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["x.pdf"]


@pytest.mark.parametrize(
    "args",
    [
        ["export", "--layout", "a5", "--output", "x.pdf"],
        ["export", "--language", "ja", "--output", "x.pdf"],
        ["export", "--omit-demand", "three", "--output", "x.pdf"],
        ["export"],
    ],
)
def test_bad_options_are_one_line_usage_errors(tmp_path: Path, args: list[str]) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "composer", *args], capture_output=True, text=True, cwd=tmp_path
    )
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert result.stderr.count("\n") == 1, result.stderr
    assert result.stderr.startswith("letter-composer export: error: ")
    assert not (tmp_path / "x.pdf").exists()


def test_whole_process_error_has_no_traceback(tmp_path: Path) -> None:
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "composer",
            "export",
            "--case",
            str(tmp_path / "nope.toml"),
            "--output",
            str(tmp_path / "x.pdf"),
        ],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 1
    assert result.stderr == f"letter-composer: no such file: {tmp_path / 'nope.toml'}\n"


def test_characters_without_a_font_are_one_truthful_warning(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """CJK and emoji: one line naming them, saying they are left out, which they are."""
    out = tmp_path / "x.pdf"
    assert run(["export", "--sender-name", "山田 花子 😀 Ann", "--output", str(out)]) == 0
    err = capsys.readouterr().err
    # The warning, then the note that the built-in case's deadline has passed.
    assert err.splitlines()[0] == (
        "letter-composer: warning: no font here can draw 山 田 花 子 😀 "
        "(U+5C71 U+7530 U+82B1 U+5B50 U+1F600); they are left out of the letter"
    )
    assert err.splitlines()[1].startswith("letter-composer: note: this Urgent Action's deadline")
    text = "".join(page.extract_text() for page in PdfReader(out).pages)
    assert "Ann" in text
    assert not set("山田花子😀") & set(text)


def test_an_expired_action_says_so_after_export(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The deadline passed (and when) on stderr; the letter is written all the same."""
    out = tmp_path / "x.pdf"
    assert run(["export", *SENDER, "--output", str(out)]) == 0
    assert capsys.readouterr().err == (
        "letter-composer: note: this Urgent Action's deadline passed on November 1, 2024; "
        "check for an update before you send the letter\n"
    )
    assert out.exists()


def test_the_whole_return_address_from_the_command_line(tmp_path: Path) -> None:
    import pdfplumber

    out = tmp_path / "x.pdf"
    args = ["export", "--sender-name", "Anna Weber", "--sender-address", "Lindenstraße 5"]
    args += ["--sender-town", "Berlin", "--sender-postal-code", "10115"]
    args += ["--sender-country", "Deutschland", "--language", "en", "--output", str(out)]
    assert run(args) == 0
    with pdfplumber.open(out) as doc:
        text = doc.pages[0].extract_text()
    assert "Lindenstraße 5\n10115 Berlin\nDEUTSCHLAND" in text
    # English as written in Germany: the day before the month ("30 November 2026").
    assert re.search(
        r"\b\d{1,2} (January|February|March|April|May|June|July|August|"
        r"September|October|November|December) \d{4}\b",
        text,
    )


def test_export_every_choice_of_demands(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`export --omit-demand` for each of the fifteen choices of the four demands: one page,
    exactly the chosen demands, each opening unlike its neighbour's."""
    import itertools

    from pypdf import PdfReader

    endings = (
        "released immediately and unconditionally",
        "contact with the outside world",
        "forms of torture",
        "care she urgently needs",
    )
    for size in range(1, 5):
        for chosen in itertools.combinations(range(4), size):
            out = tmp_path / f"letter-{''.join(map(str, chosen))}.pdf"
            omit = [a for i in range(4) if i not in chosen for a in ("--omit-demand", str(i + 1))]
            assert (
                run(["export", *SENDER, *omit, "--layout", "us-letter", "--output", str(out)]) == 0
            )
            assert ": 1 page," in capsys.readouterr().out
            reader = PdfReader(out)
            assert len(reader.pages) == 1
            text = " ".join(reader.pages[0].extract_text().split())
            for i, ending in enumerate(endings):
                assert (ending in text) == (i in chosen), (chosen, ending)
