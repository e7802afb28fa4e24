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

from sscli.errors import InputError, SscliError
from sscli.fsutil import atomic_write_text, hash_file, read_text_limited
from sscli.pipeline.definition import LINK_BY_COMMAND, LINK_BY_RUNNER, NO_LINK, Pipeline, Step
from sscli.pipeline.links import StepLinker, wall_clock

STATE_FILE = ".pipeline-state.json"


@dataclass
class StepResult:
    """How one step of a run went: ran, skipped or failed, and why."""

    name: str
    status: str  # ran | skipped | failed
    seconds: float
    reason: str = ""
    exit_code: int = 0
    link: str = ""


# What a recursive pattern (`{project}/**`) never means: version control, environments and
# caches, and the run's own output and state directories when they sit inside the project.
_NOT_SOURCES = frozenset(
    {".git", ".hg", ".svn", ".venv", "venv", "__pycache__", ".mypy_cache", ".ruff_cache",
     ".pytest_cache", ".hypothesis", ".tox", ".nox", ".sscli", "node_modules"}
)  # fmt: skip


def _files(patterns: tuple[str, ...], skip: tuple[Path, ...] = ()) -> list[Path]:
    found: list[Path] = []
    for pattern in patterns:
        matches = [Path(m) for m in sorted(glob.glob(pattern, recursive=True))]
        if "**" in pattern:
            matches = [m for m in matches if _is_source(m, pattern, skip)]
        found += [m for m in matches if m.is_file()]
    return found


def _is_source(path: Path, pattern: str, skip: tuple[Path, ...]) -> bool:
    if _NOT_SOURCES & set(path.parts):
        return False
    root = Path(pattern.split("*", 1)[0]).resolve()
    resolved = path.resolve()
    # a directory to skip is skipped unless the pattern itself starts inside it
    return not any(resolved.is_relative_to(d) and not root.is_relative_to(d) for d in skip)


def fingerprint(
    step: Step, signing: str = "", skip: tuple[Path, ...] = (), text_vars: str = ""
) -> str:
    """The command, the sha256 of every declared input file (a missing input counts too),
    `signing`, what signs the step's link (a new links key re-records every linked step), and
    for a copy that expands variables, their values."""
    hasher = hashlib.sha256(
        json.dumps([step.run, step.copy, step.each, signing, text_vars]).encode()
    )
    for pattern in step.inputs:
        matches = _files((pattern,), skip)
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
    """Run the steps in order, recording each one's in-toto link when the pipeline has `links`;
    stop at the first failure."""
    out.mkdir(parents=True, exist_ok=True)
    record_path = out / STATE_FILE
    recorded: dict[str, str] = (
        json.loads(read_text_limited(record_path, 16 * 1024 * 1024))
        if record_path.is_file()
        else {}
    )
    linker = (
        StepLinker(
            pipeline.links, [Path(pipeline.variables[k]) for k in ("project", "out", "state")]
        )
        if pipeline.links
        else None
    )
    skip = (out.resolve(), state.resolve())
    text_vars = json.dumps(pipeline.variables, sort_keys=True)
    results: list[StepResult] = []
    for step in pipeline.steps:
        start = time.perf_counter()
        if not step.when:
            results.append(StepResult(step.name, "skipped", 0.0, "its condition is false"))
            announce(f"{step.name}: skipped (its condition is false)")
            continue
        signing = linker.identity() if linker and step.link != NO_LINK else ""
        expanded = text_vars if step.expand else ""
        current = fingerprint(step, signing, skip, expanded)
        unchanged = recorded.get(step.name) == current or step.if_missing
        linked = linker is None or step.link == NO_LINK or bool(linker.existing(step.name))
        if not step.always and unchanged and _outputs_exist(step) and linked:
            results.append(StepResult(step.name, "skipped", 0.0, "inputs unchanged"))
            announce(f"{step.name}: skipped (inputs unchanged)")
            continue
        announce(f"{step.name}: running")
        started = wall_clock()
        try:
            materials = (
                linker.digests(_materials(step, skip))
                if linker and step.link == LINK_BY_RUNNER
                else {}
            )
            code, reason = _run(step, state, pipeline)
            link = _link(linker, step, materials, started) if code == 0 and linker else ""
        except SscliError as exc:
            code, reason, link = int(exc.exit_code), exc.diagnostics(), ""
        seconds = time.perf_counter() - start
        if code != 0:
            results.append(StepResult(step.name, "failed", seconds, reason, code))
            recorded.pop(step.name, None)
            atomic_write_text(record_path, json.dumps(recorded, indent=1) + "\n")
            break
        results.append(StepResult(step.name, "ran", seconds, link=link))
        # after the step: `each` may have new files
        recorded[step.name] = fingerprint(step, signing, skip, expanded)
        atomic_write_text(record_path, json.dumps(recorded, indent=1) + "\n")
    return results


def _materials(step: Step, skip: tuple[Path, ...]) -> list[Path]:
    """What the runner's link records as the step's materials: its declared inputs, the files
    `each` runs over, and a copy's source."""
    found = _files(step.inputs, skip) + (_files((step.each,)) if step.each else [])
    if step.copy is not None:
        found.append(Path(step.copy[0]))
    return [p for p in dict.fromkeys(found) if p.is_file()]


def _products(step: Step) -> list[Path]:
    found = _files(step.outputs)
    if step.copy is not None:
        found.append(Path(step.copy[1]))
    return [p for p in dict.fromkeys(found) if p.is_file()]


def _link(linker: StepLinker, step: Step, materials: dict[str, str], started: float) -> str:
    """Record the step's link (or check that its command wrote one); the path, or ''."""
    if step.link == NO_LINK:
        return ""
    if step.link == LINK_BY_COMMAND:
        if not linker.written_since(step.name, started):
            raise InputError(
                f"step {step.name} is marked `link: command` but its command wrote no link "
                f"{step.name}.*.link in {linker.directory}",
                hint=f"pass --links-dir {linker.directory} --link-name {step.name} "
                "and a --key to the command",
            )
        return str(linker.existing(step.name)[0])
    return str(linker.record(step.name, materials, linker.digests(_products(step))))


def _run(step: Step, state: Path, pipeline: Pipeline) -> tuple[int, str]:
    for path in _files(step.clean):
        path.unlink()
    if step.copy is not None:
        source, destination = (Path(p) for p in step.copy)
        if not source.is_file():
            return 2, f"{source}: no such file"
        destination.parent.mkdir(parents=True, exist_ok=True)
        if step.expand:
            text = read_text_limited(source, 4 * 1024 * 1024)
            atomic_write_text(destination, pipeline.expand_text(text, source))
        else:
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
