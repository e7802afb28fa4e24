"""The package managers as oracles: what each one says a lock installs, run offline.

Each oracle runs the real tool (uv, poetry with poetry-plugin-export, pdm, pipenv, pip's own
requirements parser) on a copy of the project, never resolving, and returns the entries it
would install with their markers; `installed` then evaluates those markers for a target with
packaging. A missing tool fails the test: an oracle that is not there must not pass silently.
"""

from __future__ import annotations

import functools
import os
import re
import shutil
import subprocess
import sys
import tomllib
from dataclasses import dataclass
from pathlib import Path

import pytest
from packaging.markers import Marker, default_environment
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

VENV = Path(sys.executable).parent.parent
LOCKS = Path(__file__).parents[1] / "data" / "locks"


@dataclass(frozen=True)
class Entry:
    name: str
    version: str | None
    marker: str | None


def tool(name: str, venv: str | None = None) -> Path:
    for candidate in (VENV / "tools" / (venv or name) / "bin" / name, VENV / "bin" / name):
        if candidate.is_file():
            return candidate
    pytest.fail(f"{name} is not installed (run `make bootstrap`): the test has no oracle")


def environment(**overrides: str) -> dict[str, str]:
    env: dict[str, str] = dict(default_environment())  # type: ignore[arg-type]
    env.update(overrides)
    return env


LINUX_312 = environment(
    python_version="3.12",
    python_full_version="3.12.0",
    sys_platform="linux",
    platform_system="Linux",
    os_name="posix",
    platform_machine="x86_64",
)
WINDOWS_312 = environment(
    python_version="3.12",
    python_full_version="3.12.0",
    sys_platform="win32",
    platform_system="Windows",
    os_name="nt",
    platform_machine="AMD64",
    platform_release="",
    platform_version="",
)


def installed(
    entries: list[Entry],
    env: dict[str, str],
    *,
    extras: frozenset[str] = frozenset(),
    groups: frozenset[str] = frozenset(),
) -> set[tuple[str, str | None]]:
    """The entries whose markers hold for `env` (PEP 751 lock-file context)."""
    result = set()
    for entry in entries:
        if entry.marker:
            scope = {**env, "extras": extras, "dependency_groups": groups, "extra": ""}
            if not Marker(entry.marker).evaluate(scope, context="lock_file"):  # type: ignore[arg-type]
                continue
        result.add((entry.name, entry.version))
    return result


def _run(
    argv: list[str | Path], cwd: Path, home: Path, extra_env: dict[str, str] | None = None
) -> str:
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": str(home),
        "XDG_CACHE_HOME": str(home / "cache"),
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_DATA_HOME": str(home / "data"),
        "POETRY_VIRTUALENVS_CREATE": "false",
        "PDM_USE_VENV": "false",
        "PDM_CHECK_UPDATE": "false",
        "PIPENV_PIPFILE": str(cwd / "Pipfile"),
        "PIPENV_VERBOSITY": "-1",
        "UV_OFFLINE": "1",
        "UV_NO_CONFIG": "1",
        "NO_COLOR": "1",
        **(extra_env or {}),
    }
    result = subprocess.run(
        [str(a) for a in argv],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    if result.returncode != 0:
        pytest.fail(f"{argv[0]} failed ({result.returncode}): {result.stderr[-2000:]}")
    return result.stdout


def copy_project(name: str, tmp: Path) -> Path:
    target = tmp / name
    if not target.exists():
        shutil.copytree(LOCKS / name, target)
    return target


@functools.cache
def uv_export(project: Path, *args: str) -> list[Entry]:
    """`uv export --frozen --format pylock.toml`: the packages with their markers."""
    text = _run(
        [tool("uv"), "export", "--frozen", "--offline", "--format", "pylock.toml", "-q", *args],
        project,
        project.parent,
    )
    return [
        Entry(canonicalize_name(p["name"]), p.get("version"), p.get("marker"))
        for p in tomllib.loads(text)["packages"]
    ]


def _requirement_lines(text: str) -> list[Entry]:
    entries = []
    for raw in text.splitlines():
        line = raw.split(" \\", 1)[0].strip()
        if not line or line.startswith(("#", "-i ", "--", "-e ")):
            continue
        entries.append(_entry(Requirement(line)))
    return entries


def _entry(requirement: Requirement) -> Entry:
    pins = [s.version for s in requirement.specifier if s.operator in ("==", "===")]
    marker = str(requirement.marker) if requirement.marker else None
    return Entry(canonicalize_name(requirement.name), pins[0] if pins else None, marker)


@functools.cache
def poetry_export(project: Path, *args: str) -> list[Entry]:
    """`poetry export` (poetry-plugin-export): requirement lines with markers."""
    text = _run(
        [tool("poetry"), "export", "--without-hashes", "-f", "requirements.txt", *args],
        project,
        project.parent,
    )
    return _requirement_lines(text)


@functools.cache
def poetry_install(project: Path, venv: str, *args: str) -> set[tuple[str, str | None]]:
    """`poetry install --dry-run --no-root`: what Poetry installs into a fresh venv of the
    running interpreter (for locks `poetry export` cannot walk, and pre-1.0 locks that only
    Poetry 1.x reads)."""
    home = project.parent / f"home-{venv}"
    text = _run(
        [tool("poetry", venv), "install", "--dry-run", "--no-root", "--no-ansi", *args],
        project,
        home,
        {"POETRY_VIRTUALENVS_CREATE": "true", "POETRY_VIRTUALENVS_PATH": str(home / "venvs")},
    )
    packages: set[tuple[str, str | None]] = set()
    for line in text.splitlines():
        match = re.match(r"^\s+- Installing (\S+) \(([^)]+)\)(.*)$", line)
        if match and "Not required" not in match.group(3):
            packages.add((canonicalize_name(match.group(1)), match.group(2)))
    return packages


@functools.cache
def pdm_export(project: Path, *args: str) -> list[Entry]:
    text = _run(
        [tool("pdm"), "export", "--no-hashes", "-f", "requirements", *args],
        project,
        project.parent,
    )
    return _requirement_lines(text)


@functools.cache
def pipenv_requirements(project: Path, *args: str) -> list[Entry]:
    text = _run([tool("pipenv"), "requirements", *args], project, project.parent)
    return _requirement_lines(text)


def pip_requirements(path: Path) -> list[Entry]:
    """pip's own parser of requirements files (what `pip install -r` reads)."""
    from pip._internal.network.session import PipSession
    from pip._internal.req.req_file import parse_requirements

    entries = []
    for parsed in parse_requirements(str(path), session=PipSession()):
        if parsed.is_editable:
            continue
        entries.append(_entry(Requirement(parsed.requirement)))
    return entries
