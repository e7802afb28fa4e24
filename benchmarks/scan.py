"""Vulnerability DB and scan speed: import the shared OSV snapshot, then scan generated lock files
of 1,000 and 10,000 real pins (names and versions taken from the snapshot's records), wall time
including interpreter start-up. A scan is also timed against a database padded with 20,000 extra
records for other packages, to show that its cost follows the packages scanned, not the DB size.
pip-audit is run on the same pins when its services are reachable.

    .venv/bin/python benchmarks/scan.py [path/to/osv-pypi-2024-10-10.zip]
"""

from __future__ import annotations

import io
import json
import random
import socket
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks._timing import time_command

BIN = Path(sys.executable).parent
SNAPSHOT = Path(__file__).resolve().parents[2] / "shared" / "data" / "osv-pypi-2024-10-10.zip"
GOALS = {"import": 5.0, "scan-1000": 0.5}


def real_pins(snapshot: Path) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """Real (name, version) pairs from the snapshot, in a fixed order: the versions its records
    list as affected, and the versions its ranges name as fixes."""
    from packaging.utils import canonicalize_name
    from packaging.version import InvalidVersion, Version

    affected_pins: set[tuple[str, str]] = set()
    fixed_pins: set[tuple[str, str]] = set()
    with zipfile.ZipFile(snapshot) as archive:
        for member in archive.namelist():
            for affected in json.loads(archive.read(member)).get("affected", []):
                name = canonicalize_name(affected["package"]["name"])
                fixes = [
                    e["fixed"]
                    for r in affected.get("ranges", [])
                    if r["type"] == "ECOSYSTEM"
                    for e in r["events"]
                    if "fixed" in e
                ]
                for target, versions in (
                    (affected_pins, affected.get("versions", [])),
                    (fixed_pins, fixes),
                ):
                    for version in versions:
                        try:
                            target.add((name, str(Version(version))))
                        except InvalidVersion:
                            continue
    return sorted(affected_pins), sorted(fixed_pins)


def newest_first(pins: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Round-robin over names, each name's newest version first."""
    from packaging.version import Version

    by_name: dict[str, list[str]] = {}
    for name, version in pins:
        by_name.setdefault(name, []).append(version)
    queues = [sorted(v, key=Version, reverse=True) for _, v in sorted(by_name.items())]
    ordered = []
    for depth in range(max(map(len, queues))):
        ordered += [
            (name, q[depth])
            for name, q in zip(sorted(by_name), queues, strict=True)
            if depth < len(q)
        ]
    return ordered


def write_pylock(path: Path, pins: list[tuple[str, str]]) -> Path:
    # pylock.toml (PEP 751) may pin one name at several versions, so any N real pins fit
    lines = ['lock-version = "1.0"', 'created-by = "sscli-benchmark"', ""]
    for name, version in pins:
        lines += ["[[packages]]", f'name = "{name}"', f'version = "{version}"', ""]
    path.write_text("\n".join(lines))
    return path


def padding_zip(path: Path, count: int) -> Path:
    """`count` synthetic records for packages no lock file names."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for i in range(count):
            record = {
                "id": f"BENCH-{i}",
                "modified": "2024-10-01T00:00:00Z",
                "affected": [
                    {
                        "package": {"ecosystem": "PyPI", "name": f"bench-padding-{i}"},
                        "ranges": [
                            {"type": "ECOSYSTEM", "events": [{"introduced": "0"}, {"fixed": "1.0"}]}
                        ],
                    }
                ],
            }
            archive.writestr(f"BENCH-{i}.json", json.dumps(record))
    path.write_bytes(buffer.getvalue())
    return path


def sscli(*args: str | Path) -> list[str]:
    return [str(BIN / "sscli"), *map(str, args)]


def findings_of(lock: Path, db: Path) -> int:
    out = subprocess.run(
        sscli("scan", lock, "--db", db, "--format", "json"),
        check=True,
        capture_output=True,
        text=True,
    )
    return len(json.loads(out.stdout)["findings"])


def reachable(host: str) -> bool:
    try:
        socket.create_connection((host, 443), timeout=3).close()
    except OSError:
        return False
    return True


def main() -> None:
    snapshot = Path(sys.argv[1]) if len(sys.argv) > 1 else SNAPSHOT
    work = Path(tempfile.mkdtemp(prefix="sscli-bench-scan-"))
    db = work / "osv.sqlite"

    def fresh_import() -> None:
        db.unlink(missing_ok=True)
        subprocess.run(sscli("db", "import", snapshot, "--db", db), check=True, capture_output=True)

    samples = []
    for _ in range(3):
        start = time.perf_counter()
        fresh_import()
        samples.append(time.perf_counter() - start)
    import_seconds = sorted(samples)[1]
    print(
        f"import {snapshot.name}: {import_seconds:.2f} s wall (median of 3, goal < {GOALS['import']:.0f} s)"
    )

    pins, fixed_pins = real_pins(snapshot)
    rng = random.Random(20241010)
    print(
        f"{len(pins)} real affected pins and {len(fixed_pins)} real fix-release pins in the snapshot"
    )
    one = write_pylock(work / "pylock.1.toml", [("requests", "2.32.3")])
    startup = time_command(sscli("scan", one, "--db", db, "--format", "json"), repeat=5)
    print(f"scan      1 pin : {startup:.3f} s wall (start-up floor: interpreter, CLI, DB open)")
    populations = {
        # each name's newest fix releases first: a maintained project, few findings
        "newest-fix": newest_first(fixed_pins),
        # versions the records list as affected: every pin has findings (worst case)
        "all-affected": rng.sample(pins, len(pins)),
    }
    results: dict[tuple[str, int], float] = {}
    for kind, population in populations.items():
        sizes = []
        for count in (1_000, 10_000):
            chosen = sorted(set(population[:count]))
            if len(chosen) < count:
                print(f"scan {count:>6} {kind} pins: skipped, the snapshot has only {len(chosen)}")
                continue
            lock = write_pylock(work / f"pylock.{kind}.{count}.toml", chosen)
            seconds = time_command(sscli("scan", lock, "--db", db, "--format", "json"), repeat=5)
            results[kind, count] = seconds
            sizes.append(count)
            print(
                f"scan {count:>6} {kind} pins: {seconds:.3f} s wall incl. start-up, "
                f"{count / seconds:,.0f} packages/s, {findings_of(lock, db)} findings"
            )
        if len(sizes) == 2:
            ratio = results[kind, 10_000] / results[kind, 1_000]
            print(f"  {kind}: 10x the packages took {ratio:.1f}x the time (start-up included)")
    for kind in populations:
        met = "met" if results[kind, 1_000] < GOALS["scan-1000"] else "MISSED"
        print(
            f"1,000-pin goal < {GOALS['scan-1000']} s ({kind}): {results[kind, 1_000]:.3f} s, {met}"
        )

    scan_against_padded_db(work, snapshot, results["newest-fix", 1_000])
    compare_with_pip_audit(work, db, fixed_pins, rng)


def scan_against_padded_db(work: Path, snapshot: Path, baseline: float) -> None:
    padded = work / "padded.sqlite"
    subprocess.run(sscli("db", "import", snapshot, "--db", padded), check=True, capture_output=True)
    subprocess.run(
        sscli("db", "import", padding_zip(work / "padding.zip", 20_000), "--db", padded),
        check=True,
        capture_output=True,
    )
    lock = work / "pylock.newest-fix.1000.toml"
    seconds = time_command(sscli("scan", lock, "--db", padded, "--format", "json"), repeat=5)
    print(
        f"scan 1,000 newest-fix pins against {2661 + 20_000} records: {seconds:.3f} s "
        f"(vs {baseline:.3f} s with 2,661)"
    )


def compare_with_pip_audit(
    work: Path, db: Path, fixed_pins: list[tuple[str, str]], rng: random.Random
) -> None:
    if reachable("pypi.org") and reachable("api.osv.dev"):
        unique: dict[str, str] = {}
        for name, version in rng.sample(fixed_pins, len(fixed_pins)):
            unique.setdefault(name, version)
        requirements = work / "requirements.txt"
        requirements.write_text("".join(f"{n}=={v}\n" for n, v in sorted(unique.items())[:1000]))
        ours = time_command(sscli("scan", requirements, "--db", db, "--format", "json"), repeat=3)
        theirs = time_command(
            [
                str(BIN / "pip-audit"),
                "-r",
                str(requirements),
                "--no-deps",
                "--disable-pip",
                "-s",
                "osv",
                "-f",
                "json",
            ],
            repeat=1,
        )
        print(
            f"pip-audit (OSV service) on the same {len(unique)} pins: {theirs:.2f} s; sscli osv-db {ours:.3f} s ({theirs / ours:.0f}x)"
        )
    else:
        print("pip-audit comparison: pypi.org / api.osv.dev unreachable from here, not run")


if __name__ == "__main__":
    main()
