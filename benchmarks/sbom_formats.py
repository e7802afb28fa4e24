"""SBOM formats (issue 17): one `sscli sbom create` writing CycloneDX JSON and SPDX JSON together
(`-o FORMAT=PATH`), against one format and against two separate runs; and sscli's validated SPDX
2.3 writer (build, official schema, semantic checks, JSON) against spdx-tools' validating writer
(`write_document_to_stream(validate=True)`) on the same document, all in one run.

Two inputs: the running interpreter's environment (the project's .venv once bootstrapped; the
issue's goal row: "an environment") and pydantic-ai's uv.lock from tests/data, file-rich (every
wheel and sdist of every package is an SPDX package of its own: over 1,000), where the SPDX side
weighs most. Goals: both formats in one run <= 1.3x one format (CPU time: the machine's load
stretches wall time, which is printed beside it); sscli's validated SPDX >= 10x faster than
spdx-tools' on the same content. Medians of 5 runs.
"""

from __future__ import annotations

import io
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from _timing import compile_sources, goal_row, run_stats

SSCLI = str(Path(sys.executable).with_name("sscli"))
REPO = Path(__file__).parents[1]
LOCK = REPO / "tests" / "data" / "locks" / "pydantic-ai"
REPEAT = 5


def _cpu_median(function: Callable[[], Any]) -> float:
    from sscli import spdx_schema

    samples = []
    for _ in range(REPEAT):
        spdx_schema._is_expression.cache_clear()  # each run parses its expressions, as a CLI run
        start = time.process_time()
        function()
        samples.append(time.process_time() - start)
    return statistics.median(samples)


def _case(label: str, source: list[str], inventory: Any, tmp: str) -> None:
    from spdx_tools.spdx.parser.parse_anything import parse_file
    from spdx_tools.spdx.writer.json.json_writer import write_document_to_stream

    from sscli.sbom import SbomFormat, create_sbom

    base = [SSCLI, "--state-dir", f"{tmp}/state", "sbom", "create", *source]
    cdx, spdx = f"{tmp}/{label}.cdx.json", f"{tmp}/{label}.spdx.json"
    stats = run_stats(
        {
            "one": [*base, "-o", cdx],
            "spdx": [*base, "--format", "spdx-json", "-o", spdx],
            "both": [*base, "-o", f"cyclonedx-json={cdx}", "-o", f"spdx-json={spdx}"],
        },
        repeat=REPEAT,
    )
    one, both, alone = stats["one"], stats["both"], stats["spdx"]
    print(f"-- {label}: {len(inventory.packages)} packages")
    print(f"   one format (CycloneDX): {one.cpu:5.2f} s CPU, {one.wall:5.2f} s wall")
    print(f"   SPDX alone:             {alone.cpu:5.2f} s CPU, {alone.wall:5.2f} s wall")
    print(
        f"   two separate runs:      {one.cpu + alone.cpu:5.2f} s CPU, "
        f"{one.wall + alone.wall:5.2f} s wall"
    )
    ratio = both.cpu / one.cpu
    goal_row(
        f"both formats, one run ({label})",
        f"{both.cpu:.2f} s CPU ({both.wall:.2f} wall)",
        f"one format {one.cpu:.2f} s CPU: {ratio:.2f}x",
        "<= 1.3x one format",
        ratio <= 1.3,
    )
    sscli_spdx = _cpu_median(lambda: create_sbom(inventory, SbomFormat.SPDX_JSON))
    document = parse_file(spdx)  # the same content, in spdx-tools' model
    peer = _cpu_median(lambda: write_document_to_stream(document, io.StringIO(), validate=True))
    goal_row(
        f"sscli validated SPDX ({label})",
        f"{sscli_spdx:.3f} s CPU",
        f"spdx-tools write+validate {peer:.3f} s: {peer / sscli_spdx:.1f}x",
        ">= 10x faster",
        peer / sscli_spdx >= 10,
    )


def main() -> None:
    from sscli.inventory import load_inventory

    compile_sources(REPO / "sscli")  # start-up as installed: from .pyc files
    print(
        f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores; medians of {REPEAT} runs"
    )
    print("goal rows: the environment (the issue's input); the lock is the file-rich case")
    with tempfile.TemporaryDirectory() as tmp:
        environment = load_inventory(python=Path(sys.executable))
        _case("environment", ["--python", sys.executable], environment, tmp)
        _case("pydantic-ai uv.lock", [str(LOCK)], load_inventory(LOCK), tmp)


if __name__ == "__main__":
    main()
