"""The benchmark scripts run as `python benchmarks/NAME.py` (make bench): a script there named
like a standard-library module shadows it for every other script (benchmarks/inspect.py broke
`dataclasses` and so every benchmark)."""

from __future__ import annotations

import sys

from tests.conftest import REPO


def test_no_benchmark_shadows_a_standard_library_module() -> None:
    names = {path.stem for path in (REPO / "benchmarks").glob("*.py")}
    assert not names & sys.stdlib_module_names
