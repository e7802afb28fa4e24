"""Run a pipeline: each step as its own `sscli` process (exactly what a person would type),
skipped when its inputs and command are unchanged since its last success and its outputs exist;
stopping at the first failure with its reason and exit code."""

from __future__ import annotations

import glob  # patterns from the pipeline file are shell-style strings, relative or absolute
import hashlib
import json
import shutil
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from sscli.fsutil import atomic_write_text, hash_file
from sscli.pipeline.definition import Pipeline, Step

STATE_FILE = ".pipeline-state.json"


@dataclass
class StepResult:
    name: str
    status: str  # ran | skipped | failed
    seconds: float
    reason: str = ""
    exit_code: int = 0


def _files(patterns: tuple[str, ...]) -> list[Path]:
    found: list[Path] = []
    for pattern in patterns:
        matches = sorted(glob.glob(pattern, recursive=True))
        found += [Path(m) for m in matches if Path(m).is_file()]
    return found


def fingerprint(step: Step) -> str:
    """The command and the sha256 of every declared input file (a missing input counts too)."""
    hasher = hashlib.sha256(json.dumps([step.run, step.copy, step.each]).encode())
    for pattern in step.inputs:
        matches = _files((pattern,))
        hasher.update(f"{pattern}:{len(matches)}\n".encode())
        for path in matches:
            hasher.update(f"{path}:{hash_file(path)['sha256']}\n".encode())
    # The files `each` runs over are not inputs: an artifact changed behind the pipeline's back
    # must not be re-attested, it must be caught by the verify step.
    return hasher.hexdigest()


def _outputs_exist(step: Step) -> bool:
    return all(_files((pattern,)) for pattern in step.outputs)


def run_pipeline(
    pipeline: Pipeline,
    *,
    out: Path,
    state: Path,
    announce: Callable[[str], None] = lambda _: None,
) -> list[StepResult]:
    """Run the steps in order; stop at the first failure."""
    out.mkdir(parents=True, exist_ok=True)
    record_path = out / STATE_FILE
    recorded: dict[str, str] = json.loads(record_path.read_text()) if record_path.is_file() else {}
    results: list[StepResult] = []
    for step in pipeline.steps:
        start = time.perf_counter()
        current = fingerprint(step)
        unchanged = recorded.get(step.name) == current or step.if_missing
        if not step.always and unchanged and _outputs_exist(step):
            results.append(StepResult(step.name, "skipped", 0.0, "inputs unchanged"))
            announce(f"{step.name}: skipped (inputs unchanged)")
            continue
        announce(f"{step.name}: running")
        code, reason = _run(step, state)
        seconds = time.perf_counter() - start
        if code != 0:
            results.append(StepResult(step.name, "failed", seconds, reason, code))
            recorded.pop(step.name, None)
            atomic_write_text(record_path, json.dumps(recorded, indent=1) + "\n")
            break
        results.append(StepResult(step.name, "ran", seconds))
        recorded[step.name] = fingerprint(step)  # after the step: `each` may have new files
        atomic_write_text(record_path, json.dumps(recorded, indent=1) + "\n")
    return results


def _run(step: Step, state: Path) -> tuple[int, str]:
    for path in _files(step.clean):
        path.unlink()
    if step.copy is not None:
        source, destination = (Path(p) for p in step.copy)
        if not source.is_file():
            return 2, f"{source}: no such file"
        Path(destination).parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, destination)
        return 0, ""
    targets = [str(p) for p in _files((step.each,))] if step.each else [None]
    if step.each and not targets:
        return 2, f"no file matches {step.each}"
    for target in targets:
        argv = [a.replace("{each}", target) if target else a for a in step.run]
        argv = [expanded for a in argv for expanded in _glob_arg(a)]
        done = subprocess.run(
            [sys.executable, "-m", "sscli", "--state-dir", str(state), *argv],
            capture_output=True,
            text=True,
            check=False,
        )
        if done.returncode != 0:
            tail = (done.stderr.strip() or done.stdout.strip()).splitlines()[-8:]
            return done.returncode, "\n".join(tail)
    return 0, ""


def _glob_arg(argument: str) -> list[str]:
    """A command argument with a wildcard stands for the files it matches (as a shell would)."""
    if any(c in argument for c in "*?[") and not argument.startswith("-"):
        return sorted(glob.glob(argument)) or [argument]
    return [argument]


def results_json(results: list[StepResult]) -> dict[str, Any]:
    failed = next((r for r in results if r.status == "failed"), None)
    return {
        "ok": failed is None,
        "failed_step": failed.name if failed else None,
        "steps": [asdict(r) for r in results],
        "seconds": round(sum(r.seconds for r in results), 3),
    }
