"""The event's command line: handwriting sheet, a batch from the sign-up sheet, the report."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from pypdf import PdfReader

from composer.cli import run

SEVERAL = str(Path(__file__).parent / "data" / "cases" / "several.toml")
HEADER = "name,address,town,language,note\n"
NAMES = ("Margaret Thompson", "Anne-Marie Côté", "Bob Okafor")


@pytest.fixture(autouse=True)
def canadian_locale(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("LC_ALL", "LC_PAPER", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "en_CA.UTF-8")


def pages(path: Path) -> list[str]:
    reader = PdfReader(io.BytesIO(path.read_bytes()))
    return [" ".join((page.extract_text() or "").split()) for page in reader.pages]


def report_json(capsys: pytest.CaptureFixture[str], *extra: str) -> dict[str, object]:
    capsys.readouterr()
    assert run(["report", "--json", *extra]) == 0
    data: dict[str, object] = json.loads(capsys.readouterr().out)
    return data


def test_sheet_writes_one_page_for_a_pen(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "sheet.pdf"
    assert run(["sheet", "--case", "kalesnikava", "--language", "fr", "--output", str(out)]) == 0
    assert "the handwriting sheet, 1 page" in capsys.readouterr().out
    [text] = pages(out)
    assert "Écrivez pour Maryia Kalesnikava" in text and "Monsieur le Ministre," in text
    assert run(["sheet", "--case", "nobody", "--output", str(out)]) == 1
    assert capsys.readouterr().err == "letter-composer: there is no case called 'nobody'\n"


def test_batch_makes_every_good_row_and_names_the_bad_ones(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    csv = tmp_path / "signup.csv"
    long_note = "I care about this case. " * 150
    csv.write_text(
        "\ufeff"
        + HEADER
        + 'Margaret Thompson,42 Elm Street;Guelph ON  N1H 3T5,"Guelph, Ontario",en,\n'
        + ",1 Main St,Guelph,en,\n"
        + "Anne-Marie Côté,12 rue Saint-Jean;Québec QC,Québec,fr,Je suis infirmière.\n"
        + "Kenji Sato,,Osaka,ja,\n"
        + f"Long Writer,,Guelph,en,{long_note}\n"
        + "Bob Okafor,,Toronto,,\n",
        encoding="utf-8",
    )
    out = tmp_path / "letters"
    code = run(["batch", "--case", "kalesnikava", "--writers", str(csv), "--output-dir", str(out)])
    captured = capsys.readouterr()
    assert code == 1
    assert captured.err.splitlines() == [
        f"letter-composer: {csv}: line 3: the name is missing",
        f"letter-composer: {csv}: line 5: unknown language 'ja' "
        "(letters can be written in de, en, es, fr, ru)",
        f"letter-composer: {csv}: line 6: the letter is too long for one page",
    ]
    assert "wrote 3 PDF(s)" in captured.out
    made = sorted(p.name for p in out.iterdir())
    day = made[0].rsplit("-", 4)[1:4]
    assert made == sorted(
        f"kalesnikava-{initials}-{'-'.join(day)}-1.pdf" for initials in ("mt", "amc", "bo")
    )
    anne = pages(next(out.glob("kalesnikava-amc-*.pdf")))
    assert len(anne) == 1
    assert "Monsieur le Ministre," in anne[0] and "Je suis infirmière." in anne[0]
    assert "Anne-Marie Côté" in anne[0] and "12 rue Saint-Jean" in anne[0]
    assert report_json(capsys)["cases"] == {"kalesnikava": 3}


def test_each_writer_of_a_batch_gets_a_wording_of_their_own(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    csv = tmp_path / "signup.csv"
    csv.write_text(HEADER + "".join(f"Writer Same,,Guelph,en,\n" for _ in range(8)))  # noqa: F541
    out = tmp_path / "letters"
    assert (
        run(["batch", "--case", "kalesnikava", "--writers", str(csv), "--output-dir", str(out)])
        == 0
    )
    files = sorted(out.iterdir())
    assert [f.name.rsplit("-", 1)[1] for f in files] == [f"{n}.pdf" for n in range(1, 9)]
    bodies = {pages(f)[0] for f in files}
    assert len(bodies) > 1  # the same details, yet not one form letter


def test_batch_for_all_recipients_gives_each_writer_one_page_per_recipient(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    csv = tmp_path / "signup.csv"
    csv.write_text(HEADER + "Margaret Thompson,,Guelph,en,\n", encoding="utf-8")
    out = tmp_path / "letters"
    argv = ["batch", "--case", SEVERAL, "--writers", str(csv), "--output-dir", str(out)]
    assert run([*argv, "--recipient", "all"]) == 0
    [pdf] = out.iterdir()
    texts = pages(pdf)
    assert len(texts) == 3
    assert "Dear Minister," in texts[0] and "Dear Prosecutor General," in texts[1]
    assert "Your Excellency," in texts[2] and "CANADA" in texts[2]
    assert report_json(capsys)["total"] == 3


def test_a_sign_up_sheet_in_another_encoding_is_one_clear_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    csv = tmp_path / "signup.csv"
    csv.write_bytes((HEADER + "Anne-Marie Côté,,Québec,fr,\n").encode("cp1252"))
    out = tmp_path / "letters"
    assert (
        run(["batch", "--case", "kalesnikava", "--writers", str(csv), "--output-dir", str(out)])
        == 1
    )
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "is not UTF-8 text" in err and "CSV UTF-8" in err
    assert not out.exists() or not any(out.iterdir())


def test_export_for_all_recipients_and_the_report(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "all.pdf"
    argv = ["export", "--case", SEVERAL, "--sender-name", "Margaret Thompson"]
    assert run([*argv, "--recipient", "all", "--output", str(out)]) == 0
    texts = pages(out)
    assert all(t.startswith("Margaret Thompson") for t in texts)
    assert "Dear Minister," in texts[0] and "Dear Prosecutor General," in texts[1]
    assert "Your Excellency," in texts[2]
    assert run([*argv, "--recipient", "2", "--output", str(tmp_path / "two.pdf")]) == 0
    [two] = pages(tmp_path / "two.pdf")
    assert "Andrei Shved" in two and "Dear Prosecutor General," in two
    assert run([*argv, "--recipient", "4", "--output", str(tmp_path / "x.pdf")]) == 1
    assert (
        "--recipient: the case has 3 recipients: choose 1 to 3 or 'all'" in capsys.readouterr().err
    )
    report = report_json(capsys)
    assert report["total"] == 4
    assert report["cases"] == {"kalesnikava-several": 4}
    assert report["recipients"] == {
        "Andrei Shved, Prosecutor General": 2,
        "Embassy of the Republic of Belarus": 1,
        "Lt.-Gen. Ivan Kubrakou, Minister of the Interior": 1,
    }
    assert report_json(capsys, "--since", "2999-01-01")["total"] == 0
    assert report_json(capsys, "--event", "Nowhere")["total"] == 0
    assert run(["report", "--since", "yesterday"]) == 1
    assert "give a date as YYYY-MM-DD" in capsys.readouterr().err


def test_the_report_as_text_csv_and_pdf(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["export", "--sender-name", "Bob Okafor", "--output", str(tmp_path / "a.pdf")]) == 0
    capsys.readouterr()
    assert run(["report", "--csv", "--pdf", str(tmp_path / "r.pdf")]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[:3] == [
        "section,key,label,letters",
        "total,,,1",
        "case,kalesnikava,Belarus: End the torturous isolation of Maryia Kalesnikava,1",
    ]
    assert "1 letter made" in pages(tmp_path / "r.pdf")[0]


def test_no_writers_name_reaches_the_data_folder(
    tmp_path: Path, user_data: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    csv = tmp_path / "signup.csv"
    csv.write_text(
        HEADER + "".join(f"{name},1 Secret Lane;Guelph ON,Guelph,en,My note\n" for name in NAMES),
        encoding="utf-8",
    )
    out = tmp_path / "letters"
    batch = ["batch", "--case", SEVERAL, "--writers", str(csv), "--output-dir", str(out)]
    assert run([*batch, "--recipient", "all"]) == 0
    for name in NAMES:
        details = ["--sender-name", name, "--sender-address", "1 Secret Lane"]
        note = ["--personal-note", "My note", "--output", str(tmp_path / "x.pdf")]
        assert run(["export", *details, *note]) == 0
    assert report_json(capsys)["total"] == 12
    stored = b"".join(p.read_bytes() for p in user_data.rglob("*") if p.is_file())
    assert stored  # the count is there
    for secret in (*NAMES, "Secret Lane", "My note", "Thompson", "Okafor", "released immediately"):
        assert secret.encode() not in stored


def test_a_batch_in_several_processes_makes_the_same_files_and_count(tmp_path: Path) -> None:
    """Run as a separate process, as a coordinator does: there the letters are laid out by
    several worker processes; every good row is made once, bad rows keep their line numbers."""
    import os
    import subprocess
    import sys

    from composer.batch import ROWS_PER_WORKER

    rows = 3 * ROWS_PER_WORKER
    csv = tmp_path / "signup.csv"
    lines = [
        f"Writer Number{n},{n} Elm Street,Guelph,{'fr' if n % 2 else 'en'}," for n in range(rows)
    ]
    lines[5] = ",,Guelph,en,"  # line 7 of the file
    csv.write_text(HEADER + "\n".join(lines) + "\n", encoding="utf-8")
    out, data = tmp_path / "letters", tmp_path / "data"
    env = {**os.environ, "LETTER_COMPOSER_DATA": str(data), "LANG": "en_CA.UTF-8"}
    argv = ["batch", "--case", "kalesnikava", "--writers", str(csv), "--output-dir", str(out)]
    done = subprocess.run(
        [sys.executable, "-m", "composer", *argv], env=env, capture_output=True, text=True
    )
    assert done.returncode == 1
    assert done.stderr.splitlines() == [f"letter-composer: {csv}: line 7: the name is missing"]
    files = sorted(p.name for p in out.iterdir())
    numbers = {int(name.rsplit("-", 1)[1].removesuffix(".pdf")) for name in files}
    assert len(files) == len(numbers) == rows - 1  # one file each, no name handed out twice
    assert not any(p.name.endswith(".part") for p in out.iterdir())
    report = subprocess.run(
        [sys.executable, "-m", "composer", "report", "--json"],
        env=env, capture_output=True, text=True,
    )  # fmt: skip
    assert json.loads(report.stdout)["cases"] == {"kalesnikava": rows - 1}


def test_print_all_recipients_is_one_job_and_their_envelopes_another(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """The print queue stood in for (the real one is in test_cli_print.py): what is sent."""
    from composer import print_queue

    jobs: list[tuple[bytes, dict[str, str]]] = []

    def print_pdf(data: bytes, printer: str, **kwargs: object) -> str:
        options = kwargs.get("options")
        jobs.append((data, dict(options) if isinstance(options, dict) else {}))
        return f"PDF-{len(jobs)}"

    monkeypatch.setattr(print_queue, "get_printer", lambda name=None: print_queue.Printer("PDF"))
    monkeypatch.setattr(print_queue, "check_ready", lambda printer: None)
    monkeypatch.setattr(print_queue, "paper_mismatch", lambda *args: None)
    monkeypatch.setattr(print_queue, "print_pdf", print_pdf)
    argv = ["print", "--case", SEVERAL, "--sender-name", "Margaret Thompson", "--recipient", "all"]
    assert run([*argv, "--envelope", "--layout", "us-letter"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out == [
        "Sent 3 letters to PDF (job PDF-1)",
        "Sent 3 #10 envelopes to PDF (job PDF-2), in the letters' order; "
        "feed the envelopes into the printer",
    ]
    letters = [" ".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(jobs[0][0])).pages]
    envelopes = [
        " ".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(jobs[1][0])).pages
    ]
    assert [("Dear Minister," in t, "Your Excellency," in t) for t in letters] == [
        (True, False), (False, False), (False, True)
    ]  # fmt: skip
    assert ["BELARUS" in e for e in envelopes] == [True, True, False]
    assert "CANADA" in envelopes[2] and jobs[1][1]["media"] == "Env10"
    assert report_json(capsys)["kinds"] == {"print": 3}
