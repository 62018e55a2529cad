"""Field accuracy of the importer on the corpus of real appeals, per container, and the import
time of a typical Urgent Action.

Run: .venv/bin/python tests/benchmarks/bench_import_corpus.py [-v]
Each appeal in tests/data/appeals is imported as text, as a multipart e-mail (quoted-printable;
base64 forwarded inside another message), as a PDF, a Word file and a saved web page, all made
from the same text at run time; each expected field (the TOML beside the text) is scored.
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tests" / "model"))

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
    print(f"typical UA as PDF: median {1000 * statistics.median(times):.1f} ms over 10 imports")
    return 1 if errors else 0


if __name__ == "__main__":
    raise SystemExit(main())
