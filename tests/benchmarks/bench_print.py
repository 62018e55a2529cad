"""Printing speed: figures and ratios against a peer measured in the same run.

Run as root with CUPS running (tests/cups_server.sh):
    .venv/bin/python tests/benchmarks/bench_print.py
It adds a scratch cups-pdf queue that holds every job (so the figures are the sending, not
Ghostscript working in the background), and removes it at the end.
- whole process until CUPS holds the job: `letter-composer print` (lays the letter out, checks the
  queue and its paper, sends the PDF) vs. `lp` of the same letter exported beforehand (the
  least any printing path can cost), and vs. `letter-composer export` of the same letter (what
  printing adds to making the PDF); medians of alternated runs;
- in process: `composer.print_queue.print_pdf` (queue check + lp) vs. a bare `lp` call;
- the envelope: `render_envelope` per envelope, in process.
Nothing here is a pass/fail test; it prints figures.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from composer import print_queue
from composer.render.envelope import render_envelope

QUEUE = "LC-Bench"
LETTER_ARGS = [
    "--case",
    "kalesnikava",
    "--language",
    "en",
    "--layout",
    "us-letter",
    "--sender-name",
    "Alice Writer",
    "--printer",
    QUEUE,
]


def timed(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def run(argv: list[str]) -> None:
    subprocess.run(argv, check=True, capture_output=True)


def main() -> int:
    ppd = "lsb/usr/cups-pdf/CUPS-PDF_noopt.ppd"
    run(
        [
            "lpadmin",
            "-p",
            QUEUE,
            "-v",
            "cups-pdf:/",
            "-E",
            "-m",
            ppd,
            "-o",
            "job-hold-until-default=indefinite",
        ]
    )
    folder = Path(tempfile.mkdtemp(prefix="bench-print-"))
    pdf = folder / "letter.pdf"
    run([sys.executable, "-m", "composer", "export", *LETTER_ARGS[:-2], "--output", str(pdf)])
    data = pdf.read_bytes()
    ours_cmd = [sys.executable, "-m", "composer", "print", *LETTER_ARGS]
    peer_cmd = ["lp", "-d", QUEUE, "-o", "media=Letter", str(pdf)]
    try:
        export_cmd = [
            sys.executable,
            "-m",
            "composer",
            "export",
            *LETTER_ARGS[:-2],
            "--output",
            str(folder / "again.pdf"),
        ]
        ours, peer, export = [], [], []
        for _ in range(5):
            ours.append(timed(lambda: run(ours_cmd)))
            peer.append(timed(lambda: run(peer_cmd)))
            export.append(timed(lambda: run(export_cmd)))
        in_ours, in_peer = [], []
        for _ in range(10):
            in_ours.append(
                timed(lambda: print_queue.print_pdf(data, QUEUE, options={"media": "Letter"}))
            )
            in_peer.append(timed(lambda: run(peer_cmd)))
    finally:
        subprocess.run(["cancel", "-a", QUEUE], check=False, capture_output=True)
        subprocess.run(["lpadmin", "-x", QUEUE], check=False, capture_output=True)
    envelope = [
        timed(
            lambda: render_envelope(
                ["Lt.-Gen. Ivan Kubrakou", "Minsk 220030", "BELARUS"], ["Alice Writer"], "10"
            )
        )
        for _ in range(10)
    ]
    m_ours, m_peer = statistics.median(ours), statistics.median(peer)
    print(f"letter-composer print (whole process): median {m_ours * 1000:.0f} ms")
    print(f"lp of the exported PDF (peer):          median {m_peer * 1000:.0f} ms")
    print(f"ratio print / lp:                       {m_ours / m_peer:.1f}x")
    m_export = statistics.median(export)
    print(
        f"letter-composer export (same letter):   median {m_export * 1000:.0f} ms; "
        f"print adds {(m_ours - m_export) * 1000:.0f} ms to it"
    )
    i_ours, i_peer = statistics.median(in_ours), statistics.median(in_peer)
    print(
        f"print_pdf in process:                   median {i_ours * 1000:.0f} ms "
        f"({i_ours / i_peer:.1f}x a bare lp, {i_peer * 1000:.0f} ms)"
    )
    print(
        f"render_envelope:                        median "
        f"{statistics.median(envelope) * 1000:.1f} ms"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
