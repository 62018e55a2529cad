"""Field accuracy of the importer on the corpus of real appeals, per container, and the import
time of a typical Urgent Action.

Run: .venv/bin/python tests/benchmarks/bench_import_corpus.py [-v]
Each appeal in tests/data/appeals is imported as text, as a multipart e-mail (quoted-printable;
base64 forwarded inside another message), as a PDF, a Word file and a saved web page, all made
from the same text at run time; each expected field (the TOML beside the text) is scored.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tests"))

from appeal_corpus import CONTAINERS, case_words, load_corpus, score, source_words  # noqa: E402
from composer.model.importer import UAImportError, import_bytes  # noqa: E402


def main() -> int:
    verbose = "-v" in sys.argv
    corpus = load_corpus()
    fields = sum(len(a.expected) for a in corpus)
    print(f"{len(corpus)} appeals, {fields} expected fields in each container")
    errors = 0
    for container, (suffix, make) in CONTAINERS.items():
        hits = total = words = kept = 0
        misses: list[str] = []
        for appeal in corpus:
            data = make(appeal.text)
            try:
                result = import_bytes(data, source=appeal.name + suffix)
            except UAImportError as exc:
                errors += 1
                misses.append(f"{appeal.name}: refused: {exc}")
                total += len(appeal.expected)
                continue
            checks = score(result, appeal.expected)
            hits += sum(checks.values())
            total += len(checks)
            misses += [f"{appeal.name}: {k}" for k, ok in checks.items() if not ok]
            source = source_words(appeal.text)
            gone = source - case_words(result)
            words += len(source)
            kept += len(source) - len(gone)
            if gone and verbose:
                print(f"    {container} {appeal.name}: not in the case: {sorted(gone)[:8]}")
        print(
            f"{container:16} {hits:3}/{total} fields = {100 * hits / total:5.1f} %   "
            f"words of the appeal kept: {100 * kept / words:5.1f} %"
        )
        if verbose:
            for miss in misses:
                print("    miss", miss)
    typical = (ROOT / "tests" / "data" / "ua" / "kalesnikava-urgent-action.txt").read_bytes()
    times = []
    for _ in range(30):
        start = time.perf_counter()
        import_bytes(typical, source="typical.txt")
        times.append(time.perf_counter() - start)
    print(
        f"typical UA (Kalesnikava, text): median {1000 * statistics.median(times):.1f} ms, "
        f"best {1000 * min(times):.1f} ms over 30 imports"
    )
    pdf = CONTAINERS["pdf"][1](typical.decode("utf-8"))
    times = []
    for _ in range(10):
        start = time.perf_counter()
        import_bytes(pdf, source="typical.pdf")
        times.append(time.perf_counter() - start)
    print(
        f"typical UA as PDF: median {1000 * statistics.median(times):.1f} ms, "
        f"best {1000 * min(times):.1f} ms over 10 imports"
    )
    hostile_pdf()
    return 1 if errors else 0


HOSTILE = """
import io, sys, time, resource
from pypdf import PdfWriter
from pypdf.generic import DecodedStreamObject, DictionaryObject, NameObject
writer = PdfWriter()
font = writer._add_object(DictionaryObject({
    NameObject("/Type"): NameObject("/Font"), NameObject("/Subtype"): NameObject("/Type1"),
    NameObject("/BaseFont"): NameObject("/Helvetica")}))
for _ in range(8):  # 8 pages, each with 2 MB of text operators: a 60 kB file
    page = writer.add_blank_page(595, 842)
    page[NameObject("/Resources")] = DictionaryObject(
        {NameObject("/Font"): DictionaryObject({NameObject("/F1"): font})})
    stream = DecodedStreamObject()
    stream.set_data(b"0 0 m 1 1 l S BT /F1 12 Tf (x) Tj ET " * 55_000)
    page[NameObject("/Contents")] = writer._add_object(stream.flate_encode())
out = io.BytesIO()
writer.write(out)
data = out.getvalue()
start = time.perf_counter()
if sys.argv[1] == "importer":
    from composer.model.importer import UAImportError, import_bytes
    try:
        import_bytes(data, source="hostile.pdf")
        verdict = "imported"
    except UAImportError as exc:
        verdict = "refused: " + str(exc)
else:  # what the reader did before the caps: every page's text through pypdf
    from pypdf import PdfReader
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)
    verdict = f"read {len(text)} characters"
seconds = time.perf_counter() - start
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(f"{len(data) / 1e3:.0f} kB file, {seconds:.2f} s, peak {peak:.0f} MB: {verdict}")
"""


def hostile_pdf() -> None:
    """A small PDF whose pages draw hundreds of megabytes: the importer against plain pypdf
    text extraction (the reader before the caps), each in its own process."""
    for who in ("importer", "pypdf"):
        try:
            done = subprocess.run(
                [sys.executable, "-c", HOSTILE, who],
                capture_output=True,
                text=True,
                timeout=120,
                check=False,
            )
            line = (done.stdout.strip() or done.stderr.strip().splitlines()[-1])[:200]
        except subprocess.TimeoutExpired:
            line = "still running after 120 s (stopped)"
        print(f"hostile PDF, {who:8}: {line}")


if __name__ == "__main__":
    raise SystemExit(main())
