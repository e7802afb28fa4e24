"""Lock readers on the largest real locks in tests/data/locks (issue 12): `sscli sbom create`
reading pydantic-ai's uv.lock (341 packages) and docling's poetry.lock (305 packages) into a
schema-validated CycloneDX SBOM, start-up included, side by side with `cyclonedx-py poetry` on the
same poetry project, in one run. `sscli sbom show` (reading the lock only) is printed beside it.

Goal: each `sbom create` under 1 s wall (median of 5 runs). The machine's load stretches wall
time; CPU time (user + system) is printed beside it and is what a change is judged by under load.
cyclonedx-py is run once and capped (CAP seconds: it takes minutes on this lock); past the cap
the ratio is a lower bound. cyclonedx-py has no uv.lock reader, so pydantic-ai has no peer.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _timing import compile_sources, goal_row, run_stats

BIN = Path(sys.executable).parent
REPO = Path(__file__).parents[1]
LOCKS = REPO / "tests" / "data" / "locks"
CAP = 120.0
REPEAT = 5
GOAL = 1.0
CASES = (("pydantic-ai", "uv.lock"), ("docling-2025", "poetry.lock"))


def cyclonedx_py(project: Path, out: Path) -> tuple[float | None, int | None]:
    """`cyclonedx-py poetry` on the project (one run), or (None, None) past the cap."""
    start = time.perf_counter()
    try:
        subprocess.run(
            [str(BIN / "cyclonedx-py"), "poetry", str(project), "-o", str(out)],
            check=True,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            timeout=CAP,
        )
    except subprocess.TimeoutExpired:
        return None, None
    seconds = time.perf_counter() - start
    return seconds, len(json.loads(out.read_text()).get("components", []))


def main() -> None:
    compile_sources(REPO / "sscli")  # start-up as installed: from .pyc files
    print(
        f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores; medians of {REPEAT} runs"
    )
    with tempfile.TemporaryDirectory() as tmp:
        commands = {}
        for project, _lock in CASES:
            commands[f"show {project}"] = [str(BIN / "sscli"), "sbom", "show", str(LOCKS / project)]
            out = f"{tmp}/{project}.cdx.json"
            commands[f"create {project}"] = [
                *(str(BIN / "sscli"), "sbom", "create", str(LOCKS / project), "-o", out)
            ]
        stats = run_stats(commands, repeat=REPEAT)
        counts = {
            project: len(json.loads(Path(f"{tmp}/{project}.cdx.json").read_text())["components"])
            for project, _lock in CASES
        }
        peer, peer_count = cyclonedx_py(LOCKS / "docling-2025", Path(tmp) / "peer.json")
    for project, lock in CASES:
        show, create = stats[f"show {project}"], stats[f"create {project}"]
        print(f"sscli sbom show {project}/{lock}: {show.wall:.2f} s wall, {show.cpu:.2f} s CPU")
        if project == "docling-2025":
            against = (
                f"cyclonedx-py poetry > {CAP:.0f} s (cap, 1 run)"
                if peer is None
                else f"cyclonedx-py poetry {peer:.1f} s, {peer_count} comp."
            )
        else:
            against = "cyclonedx-py (reads no uv.lock)"
        goal_row(
            f"sbom create {project}/{lock} ({counts[project]} comp.)",
            f"{create.wall:.2f} s wall, {create.cpu:.2f} s CPU",
            against,
            f"< {GOAL:.0f} s wall",
            create.wall < GOAL,
        )
    docling = stats["create docling-2025"].wall
    if peer is None:
        print(f"ratio: sscli is > {CAP / docling:.0f}x faster than cyclonedx-py on the same lock")
    else:
        print(f"ratio: sscli is {peer / docling:.1f}x faster than cyclonedx-py on the same lock")


if __name__ == "__main__":
    main()
