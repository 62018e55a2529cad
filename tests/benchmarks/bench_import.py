"""Import speed: figures and ratios against peers measured in the same run.

Run: .venv/bin/python tests/benchmarks/bench_import.py
- in process: importing each sample vs. reading the built-in case's TOML (opening a case);
- worst case: hostile text at the size cap;
- PDF: the importer's pypdf path vs. poppler's `pdftotext -layout` process on the same PDF;
- whole process: `letter-composer import FILE --json` vs. `pdftotext` (medians of alternated runs).
"""

from __future__ import annotations

import functools
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tests"))

from composer.model.case import case_from_toml  # noqa: E402
from composer.model.importer import MAX_TEXT_CHARS, import_bytes, import_text  # noqa: E402
from composer.resource_files import read_text  # noqa: E402

DATA = ROOT / "tests" / "data" / "ua"


def best_of(fn, runs: int = 20) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def median_process(argv: list[str], runs: int = 5) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(argv, capture_output=True, check=False)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    toml = read_text("cases/kalesnikava.toml")
    peer = best_of(lambda: case_from_toml(toml))
    print(f"peer: read the built-in case TOML        {peer * 1000:7.2f} ms")
    for name in ("kalesnikava-urgent-action.txt", "honduras-copinh-2017.txt"):
        text = (DATA / name).read_text(encoding="utf-8")
        t = best_of(functools.partial(import_text, text))
        print(f"import {name:34s} {t * 1000:7.2f} ms  ({t / peer:5.1f}x the TOML read)")
    hostile = {
        "40k bullets": "• item\n" * 40000,
        "20k letters": "Dear Minister,\n\nText.\n\n" * 20000,
        "15k salutations": "Salutation: Dear X\n" * 15000,
    }
    for name, text in hostile.items():
        t = best_of(functools.partial(import_text, text[:MAX_TEXT_CHARS]), runs=3)
        print(f"hostile {name:33s} {t * 1000:7.0f} ms  (the limit is 1000 ms)")

    from ua_samples import HONDURAS, make_pdf

    pdf = make_pdf(HONDURAS)
    t_pdf = best_of(lambda: import_bytes(pdf), runs=5)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "ua.pdf"
        path.write_bytes(pdf)
        if shutil.which("pdftotext"):
            t_poppler = median_process(["pdftotext", "-layout", str(path), "-"])
            print(
                f"import the Honduras PDF (in process)      {t_pdf * 1000:7.1f} ms  "
                f"(pdftotext process: {t_poppler * 1000:.1f} ms, "
                f"ratio {t_pdf / t_poppler:.2f})"
            )
            cli = [sys.executable, "-m", "composer", "import", str(path), "--json"]
            ours, theirs = [], []
            for _ in range(5):
                ours.append(median_process(cli, runs=1))
                theirs.append(median_process(["pdftotext", "-layout", str(path), "-"], runs=1))
            print(
                f"`letter-composer import ua.pdf --json` process  "
                f"{statistics.median(ours) * 1000:7.0f} ms median; pdftotext "
                f"{statistics.median(theirs) * 1000:.0f} ms; ratio "
                f"{statistics.median(ours) / statistics.median(theirs):.1f}"
            )
        else:
            print(
                f"import the Honduras PDF (in process)      {t_pdf * 1000:7.1f} ms "
                "(pdftotext not installed: no peer)"
            )


if __name__ == "__main__":
    main()
