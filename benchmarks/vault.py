"""Vault scale: a vault grown to 1,000, 2,500 and 5,000 files, made here from the real wheels
committed in tests/data (each copy renamed to a project of its own and given its own zip comment,
so that every file has its own bytes and blob), added through `Vault.add` as ingest adds them.
At each size: adding one more package and rebuilding the index, with the index pages written
counted and timed, and `sscli vault verify` (a re-hash of every file) in its own process, CPU
time, median of 5 runs. Goals: the pages an added package rewrites do not grow with the vault
(O(1): its project's two pages, the root's two for a new project, and the generation marker),
and `vault verify` is linear in the files (fit exponent <= 1.15)."""

from __future__ import annotations

import hashlib
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks._timing import compile_sources, fit_exponent, goal_row
from sscli.vault import pages
from sscli.vault.store import Vault, VaultEntry

REPO = Path(__file__).resolve().parents[1]
SIZES = (1000, 2500, 5000)
BIN = Path(sys.executable).parent


def real_wheels() -> list[bytes]:
    found = sorted((REPO / "tests" / "data").glob("*/*.whl"))
    if not found:
        sys.exit("no wheels under tests/data")
    return [path.read_bytes() for path in found]


def with_comment(wheel: bytes, comment: bytes) -> bytes:
    """The wheel with `comment` as its zip comment (the end-of-central-directory record's last
    field): still the same archive to any reader, other bytes to a hash."""
    end = wheel.rfind(b"PK\x05\x06")
    if end < 0 or len(wheel) - end != 22:  # the real wheels here carry no comment
        raise ValueError("a wheel with a zip comment already")
    return wheel[: end + 20] + len(comment).to_bytes(2, "little") + comment


def add(vault: Vault, staging: Path, wheels: list[bytes], number: int) -> None:
    name = f"bench-{number:05d}"
    filename = f"bench_{number:05d}-1.0-py3-none-any.whl"
    data = with_comment(wheels[number % len(wheels)], f"sscli vault benchmark {number}".encode())
    temporary = staging / filename
    temporary.write_bytes(data)
    entry = VaultEntry(project=name, version="1.0", filename=filename,
                       sha256=hashlib.sha256(data).hexdigest(), size=len(data))  # fmt: skip
    with vault.locked():
        vault.add(temporary, entry)


def verify_cpu(vault: Vault) -> float:
    """Median CPU seconds of 5 runs of `sscli vault verify` (user + system of the child)."""
    samples = []
    for _ in range(5):
        child = subprocess.Popen([str(BIN / "sscli"), "vault", "verify", "--vault", str(vault.root)],
                                 stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # fmt: skip
        _pid, status, usage = os.wait4(child.pid, 0)
        if os.waitstatus_to_exitcode(status) != 0:
            sys.exit(f"vault verify failed on {vault.root}")
        samples.append(usage.ru_utime + usage.ru_stime)
    return statistics.median(samples)


def main() -> None:
    compile_sources(REPO / "sscli")
    wheels = real_wheels()
    written: list[str] = []
    original = pages.atomic_write_text

    def counted(path: Path, text: str, **kwargs: Any) -> None:
        written.append(str(path))
        original(path, text, **kwargs)

    pages.atomic_write_text = counted  # counts the index's writes
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        vault = Vault(Path(tmp) / "vault")
        staging = Path(tmp) / "staging"
        staging.mkdir()
        number = 0
        for size in SIZES:
            while number < size:
                add(vault, staging, wheels, number)
                number += 1
            with vault.locked():
                vault.rebuild_index()
            counts, seconds = [], []
            for _ in range(5):  # one more package each time, as one ingest adds it
                written.clear()
                started = time.perf_counter()
                add(vault, staging, wheels, 10_000_000 + number)
                with vault.locked():
                    vault.rebuild_index()
                seconds.append(time.perf_counter() - started)
                counts.append(len(written))
                number += 1
            rows.append((size, max(counts), statistics.median(seconds), verify_cpu(vault)))
    print(f"vault of real wheels renamed ({len(wheels)} originals); one package added 5 times "
          "at each size")  # fmt: skip
    for size, count, seconds, cpu in rows:
        print(f"  {size:>5} files: adding one package writes {count} index files in "
              f"{1000 * seconds:.0f} ms; vault verify {cpu:.2f} s CPU "
              f"({1e6 * cpu / size:.0f} us per file)")  # fmt: skip
    growth = fit_exponent([s for s, *_ in rows], [t for _s, _n, t, _c in rows])
    print(f"  (an add's time grows as n^{growth:.2f}: the index rebuild reads every entry and "
          "page to find what changed, and writes only that)")  # fmt: skip
    constant = len({count for _s, count, _t, _c in rows}) == 1
    goal_row(
        "index pages per added package",
        f"{rows[0][1]} at {SIZES[0]:,}, {rows[-1][1]} at {SIZES[-1]:,} files",
        "the vault's size",
        "the same at every size",
        constant,
    )
    exponent = fit_exponent([s for s, *_ in rows], [c for *_, c in rows])
    goal_row(
        f"vault verify, {SIZES[-1]:,} files",
        f"{rows[-1][3]:.2f} s CPU, exponent {exponent:.2f}",
        f"{SIZES[0]:,} and {SIZES[1]:,} files",
        "linear (exponent <= 1.15)",
        exponent <= 1.15,
    )


if __name__ == "__main__":
    main()
