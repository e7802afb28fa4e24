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

from benchmarks._timing import compile_sources, fit_exponent, goal_row, run_stats, time_command

BIN = Path(sys.executable).parent
SNAPSHOT = Path(__file__).resolve().parents[2] / "shared" / "data" / "osv-pypi-2024-10-10.zip"
GOALS = {"import": 5.0}


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
    newest = write_pylock(
        work / "pylock.newest-fix.1000.toml", sorted(set(newest_first(fixed_pins)[:1000]))
    )
    shuffled = rng.sample(pins, len(pins))
    sizes = (1_000, 3_000, 10_000)
    affected = {
        n: write_pylock(work / f"pylock.affected.{n}.toml", sorted(set(shuffled[:n])))
        for n in sizes
    }
    commands = {
        "help": sscli("--help"),
        "one": sscli("scan", one, "--db", db, "--format", "json", "-o", work / "one.json"),
        "newest": sscli("scan", newest, "--db", db, "--format", "json", "-o", work / "newest.json"),
    }
    for n, lock in affected.items():
        commands[f"affected {n}"] = sscli(
            "scan", lock, "--db", db, "--format", "json", "-o", work / f"a{n}.json"
        )
    compile_sources(Path(__file__).resolve().parents[1] / "sscli")
    stats = run_stats(commands, repeat=5)
    print(
        f"CPU time, medians of 5 interleaved runs; sscli --help {1000 * stats['help'].cpu:.0f} ms, "
        f"a scan of 1 pin {1000 * stats['one'].cpu:.0f} ms"
    )
    above = stats["newest"].cpu - stats["help"].cpu
    goal_row(
        "scan 1,000 real pins (newest fix releases)",
        f"{1000 * stats['newest'].cpu:.0f} ms (+{1000 * above:.0f} ms)",
        f"sscli --help {1000 * stats['help'].cpu:.0f} ms",
        "<= --help + 100 ms",
        above <= 0.1,
    )
    big = stats["affected 10000"]
    findings = len(json.loads((work / "a10000.json").read_text())["findings"])
    goal_row(
        f"scan 10,000 affected pins ({findings} findings)",
        f"{big.cpu:.2f} s, peak {big.peak_mib:.0f} MiB",
        "-",
        "<= 1 s, <= 200 MiB",
        big.cpu <= 1.0 and big.peak_mib <= 200,
    )
    floor = stats["one"].cpu
    costs = [stats[f"affected {n}"].cpu - floor for n in sizes]
    exponent = fit_exponent(sizes, costs)
    print(
        f"  cost above the 1-pin floor at {', '.join(f'{n:,}' for n in sizes)} pins: "
        f"{', '.join(f'{c:.2f} s' for c in costs)}; fit exponent {exponent:.2f} (1.0 is linear)"
    )
    results = {("newest-fix", 1_000): stats["newest"].cpu}

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
        f"scan 1,000 newest-fix pins against {2661 + 20_000} records: {seconds:.3f} s wall "
        f"(vs {baseline:.3f} s CPU with 2,661)"
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
