"""Peak memory of the hostile packs, each in its own process, beside a plain export (the peer).

Run: .venv/bin/python tests/benchmarks/bench_hostile_packs.py [--bzip2-gib 4]
Each figure is the child's peak resident set (getrusage, as /usr/bin/time -v reports it):
- `pack import` of a pack whose bzip2 member inflates to N GiB but declares 1,000 bytes;
- `pack import` of the packs refused at the check (the arithmetic bomb, overrides, a hang);
- `pack import` then `export` for each pack that turns on the real writer (hang, raise, memory,
  doubling), whose wording every export tries and leaves out;
- the same `export` with no pack at all.
"""

from __future__ import annotations

import argparse
import bz2
import json
import resource
import struct
import subprocess
import sys
import tempfile
import zlib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tests"))

from hostile_packs import REFUSED_TEMPLATES, RUNTIME_HOSTILE, pack_bytes  # noqa: E402

WRITER = ["--sender-name", "Margaret Thompson", "--sender-town", "Guelph"]


def lying_bzip2_pack(path: Path, size: int) -> None:
    """A pack whose bzip2 member inflates to ``size`` bytes and declares 1,000 (streamed)."""
    compressor = bz2.BZ2Compressor(9)
    chunk = b" " * (64 << 20)
    parts, left = [], size
    while left:
        parts.append(compressor.compress(chunk[: min(left, len(chunk))]))
        left -= min(left, len(chunk))
    bomb = b"".join([*parts, compressor.flush()])
    manifest = json.dumps(
        {"format": "letter-composer-pack", "version": 1, "cases": ["bomb"], "templates": []}
    ).encode()
    members = [(b"manifest.json", 0, manifest, zlib.crc32(manifest), len(manifest))]
    members.append((b"cases/bomb.toml", 12, bomb, 0, 1000))
    body, central = b"", b""
    for name, method, data, crc, declared in members:
        head = (46, 0, method, 0, 0, crc, len(data), declared, len(name))
        central += struct.pack(
            "<4sHHHHHHIIIHHHHHII", b"PK\x01\x02", 46, *head, 0, 0, 0, 0, 0, len(body)
        )
        central += name
        body += struct.pack("<4sHHHHHIIIHH", b"PK\x03\x04", *head, 0) + name + data
    end = struct.pack("<4sHHHHIIH", b"PK\x05\x06", 0, 0, 2, 2, len(central), len(body), 0)
    path.write_bytes(body + central + end)


def peak_kib(argv: list[str], data: Path) -> tuple[int, int, str]:
    """(exit status, the child's peak RSS in KiB, its last line on stderr)."""
    probe = (
        "import resource, subprocess, sys, os;"
        "p = subprocess.run(sys.argv[1:], capture_output=True, text=True);"
        "print(p.returncode, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss,"
        " (p.stderr.strip().splitlines() or [''])[-1][:110])"
    )
    env = {"LETTER_COMPOSER_DATA": str(data), "PATH": "/usr/bin:/bin", "LANG": "en_CA.UTF-8"}
    out = subprocess.run(
        [sys.executable, "-c", probe, sys.executable, "-m", "composer", *argv],
        capture_output=True,
        text=True,
        env=env,
        check=True,
    ).stdout.split(" ", 2)
    return int(out[0]), int(out[1]), out[2].strip()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--bzip2-gib", type=float, default=4.0)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        rows: list[tuple[str, int, int, str]] = []
        bomb = work / "bzip2.lcpack"
        lying_bzip2_pack(bomb, int(args.bzip2_gib * (1 << 30)))
        label = f"import: bzip2 {bomb.stat().st_size} B -> {args.bzip2_gib:g} GiB"
        rows.append((label, *peak_kib(["pack", "import", str(bomb)], work / "d0")))
        for kind, (name, source, _reason) in REFUSED_TEMPLATES.items():
            pack = work / "refused.lcpack"
            pack.write_bytes(pack_bytes({name: source}))
            rows.append((f"import: {kind}", *peak_kib(["pack", "import", str(pack)], work / "d1")))
        out = str(work / "letter.pdf")
        rows.append(
            ("export, no pack (peer)", *peak_kib(["export", *WRITER, "--output", out], work / "d2"))
        )
        for kind, source in RUNTIME_HOSTILE.items():
            pack, data = work / f"{kind}.lcpack", work / f"d-{kind}"
            pack.write_bytes(pack_bytes({"en/demand-19.j2": source}))
            rows.append((f"import: {kind}", *peak_kib(["pack", "import", str(pack)], data)))
            rows.append(
                (f"export after {kind}", *peak_kib(["export", *WRITER, "--output", out], data))
            )
    width = max(len(r[0]) for r in rows)
    for label, status, kib, line in rows:
        print(f"{label:<{width}}  exit {status}  peak {kib / 1024:6.1f} MiB  {line}")
    print(f"(this process: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.1f} MiB)")


if __name__ == "__main__":
    main()
