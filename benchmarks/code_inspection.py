"""Code inspection, measured: the detection rate on the evaluation corpus (tests/data/
code-corpus/malicious, inert samples reproducing published techniques), the false-positive
rate on the most downloaded PyPI projects (their newest wheel and sdist, downloaded once into a
cache), and CPU seconds per file, beside GuardDog (`guarddog pypi scan FILE`) on the same files
when it is installed (its own venv: GUARDDOG=/path/to/guarddog, or CACHE/guarddog/bin/guarddog).
Goals: >= 95% of samples refused by the default policy, <= 2% of benign files refused, faster
than GuardDog per file.

    .venv/bin/python benchmarks/code_inspection.py [--top 100] [--download]

--download fetches what the cache lacks from pypi.org (needs the network; nothing else does).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request
from pathlib import Path

# run as a script, this file's directory comes first on sys.path and its name would shadow the
# standard library's inspect module (dataclasses imports it)
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).resolve().parent]
REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

CACHE = Path(os.environ.get("SSCLI_BENCH_CACHE", Path.home() / ".cache" / "sscli-bench"))
BENIGN = CACHE / "inspect-benign"
MAX_DOWNLOAD = 80 * 1024 * 1024


def popular(top: int) -> list[str]:
    text = (REPO / "sscli" / "ingest" / "data" / "popular-pypi-names.txt").read_text()
    names = [line.strip() for line in text.splitlines() if line.strip() and line[0] != "#"]
    return names[:top]


def _pick(files: list[dict[str, object]]) -> list[dict[str, object]]:
    """The sdist and the wheel pip would most likely take on CPython 3.11 Linux x86_64."""
    chosen = []
    sdists = [f for f in files if str(f["filename"]).endswith(".tar.gz")]
    if sdists:
        chosen.append(sdists[0])
    wheels = [f for f in files if str(f["filename"]).endswith(".whl")]

    def rank(f: dict[str, object]) -> int:
        name = str(f["filename"])
        if name.endswith("-none-any.whl"):
            return 0
        if "cp311" in name and "manylinux" in name and "x86_64" in name:
            return 1
        if "abi3" in name and "manylinux" in name and "x86_64" in name:
            return 2
        return 9

    wheels.sort(key=rank)
    if wheels and rank(wheels[0]) < 9:
        chosen.append(wheels[0])
    return [f for f in chosen if int(str(f.get("size", 0))) <= MAX_DOWNLOAD]


def download(names: list[str]) -> None:
    BENIGN.mkdir(parents=True, exist_ok=True)
    for name in names:
        marker = BENIGN / f".{name}.done"
        if marker.exists():
            continue
        api = f"https://pypi.org/pypi/{name}/json"
        try:
            with urllib.request.urlopen(api, timeout=60) as r:
                document = json.load(r)
            for item in _pick(document["urls"]):
                target = BENIGN / str(item["filename"])
                if not target.exists():
                    url = urllib.parse.urljoin(api, str(item["url"]))
                    with urllib.request.urlopen(url, timeout=300) as r:
                        partial = target.with_suffix(".part")
                        partial.write_bytes(r.read())
                        partial.rename(target)
            marker.touch()
        except (OSError, ValueError, KeyError) as exc:
            print(f"  could not fetch {name}: {exc}", file=sys.stderr)


def corpus(directory: Path) -> list[tuple[str, Path]]:
    from tests.code_corpus import build_samples

    return build_samples(REPO / "tests" / "data" / "code-corpus" / "malicious", directory)


def sscli_verdicts(files: list[Path]) -> list[tuple[Path, bool, float, list[str]]]:
    from sscli.ingest.code.report import inspect_file
    from sscli.policy import load_policy

    policy = load_policy(None)
    out = []
    for path in files:
        verdict = inspect_file(path, policy)
        denied = [
            f"{f['rule']}@{f['file']}:{f['line']}"
            for f in verdict.findings
            if f.get("decision") == "deny"
        ]
        out.append((path, verdict.refused, verdict.seconds, denied))
    return out


def guarddog_binary() -> Path | None:
    configured = os.environ.get("GUARDDOG")
    for candidate in (configured, CACHE / "guarddog" / "bin" / "guarddog"):
        if candidate and Path(candidate).is_file():
            return Path(candidate)
    return None


def guarddog_verdicts(binary: Path, files: list[Path]) -> list[tuple[Path, bool, float, float]]:
    """(file, flagged, wall s, CPU s: user + system of GuardDog and what it runs) per file."""
    out = []
    for path in files:
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        done = subprocess.run(
            [str(binary), "pypi", "scan", str(path), "--output-format", "json"],
            capture_output=True,
            text=True,
            check=False,
        )
        seconds = time.perf_counter() - start
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
        try:
            issues = int(json.loads(done.stdout or "{}").get("issues", 0))
        except (ValueError, AttributeError):
            issues = 0
        out.append((path, issues > 0, seconds, cpu))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--top", type=int, default=100)
    parser.add_argument("--download", action="store_true")
    parser.add_argument("--no-guarddog", action="store_true")
    parser.add_argument("--show", action="store_true", help="list every refusal and miss")
    args = parser.parse_args()
    names = popular(args.top)
    if args.download:
        download(names)
    wanted = {n.replace("-", "_").lower() for n in names}
    benign = sorted(
        p
        for p in BENIGN.glob("*")
        if p.is_file() and p.name.split("-")[0].lower().replace(".", "_") in wanted
    ) if BENIGN.is_dir() else []  # fmt: skip
    with tempfile.TemporaryDirectory() as tmp:
        samples = corpus(Path(tmp))
        malicious = [p for _, p in samples]
        ours_bad = sscli_verdicts(malicious)
        ours_good = sscli_verdicts(benign)
        detected = sum(1 for _, refused, _, _ in ours_bad if refused)
        false = [(p, d) for p, refused, _, d in ours_good if refused]
        times = [s for _, _, s, _ in ours_good]
        print(f"sscli inspect: {detected}/{len(malicious)} malicious samples refused "
              f"({100 * detected / max(1, len(malicious)):.1f}%), "
              f"{len(false)}/{len(benign)} benign files refused "
              f"({100 * len(false) / max(1, len(benign)):.1f}%)")  # fmt: skip
        if times:
            print(f"  CPU s per benign file: mean {statistics.mean(times):.3f}, "
                  f"median {statistics.median(times):.3f}, max {max(times):.2f} "
                  f"({max(ours_good, key=lambda r: r[2])[0].name})")  # fmt: skip
        if args.show:
            for (name, _), (_, refused, _, _) in zip(samples, ours_bad, strict=True):
                if not refused:
                    print(f"  missed: {name}")
            for path, denied in false:
                print(f"  false positive: {path.name}: {', '.join(denied[:4])}")
        binary = None if args.no_guarddog else guarddog_binary()
        if binary is None:
            print("GuardDog: not installed (GUARDDOG=... or CACHE/guarddog/bin/guarddog)")
            return
        theirs_bad = guarddog_verdicts(binary, malicious)
        theirs_good = guarddog_verdicts(binary, benign)
        flagged = sum(1 for _, hit, _, _ in theirs_bad if hit)
        noisy = sum(1 for _, hit, _, _ in theirs_good if hit)
        their_times = [s for _, _, s, _ in theirs_good] or [0.0]
        their_cpu = [c for _, _, _, c in theirs_good] or [0.0]
        print(f"GuardDog (any finding): {flagged}/{len(malicious)} samples flagged "
              f"({100 * flagged / max(1, len(malicious)):.1f}%), {noisy}/{len(benign)} "
              f"benign files flagged ({100 * noisy / max(1, len(benign)):.1f}%)")  # fmt: skip
        ours = statistics.mean(times) if times else 0.0
        theirs = statistics.mean(their_cpu)
        print(f"  CPU s per benign file: mean {theirs:.3f}, median "
              f"{statistics.median(their_cpu):.3f}, wall mean {statistics.mean(their_times):.2f} "
              f"(sscli takes {theirs / ours if ours else float('inf'):.1f}x less CPU per file)")  # fmt: skip


if __name__ == "__main__":
    main()
