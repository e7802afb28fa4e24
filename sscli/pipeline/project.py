"""What a pipeline learns from the project it runs on, so one factory fits any project: its lock
(uv, pylock, Poetry or pip-tools), the hashed lock of its build backend, and its distribution
name. Each is a pipeline variable (`{lock}`, `{build_lock}`, `{dist_name}`) that `--var`
overrides; one that cannot be found is an error only where a step uses it, and the error says
how to provide it."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sscli.errors import InputError

# The build backend's lock: pinned with hashes, as ingest requires. There is no standard name;
# these are the ones projects use.
BUILD_LOCKS = ("build-requirements.txt", "requirements-build.txt", "requirements/build.txt")


@dataclass(frozen=True)
class ProjectFacts:
    """Detected variables, and for those not found, why (the error a step using them gets)."""

    values: dict[str, str] = field(default_factory=dict)
    missing: dict[str, InputError] = field(default_factory=dict)


def detect(project: Path) -> ProjectFacts:
    """The project's lock, build lock and distribution name, as far as they can be found."""
    from sscli.inventory.load import PROJECT_LOCKS, project_lock

    facts = ProjectFacts()
    pyproject = _pyproject(project)
    lock = project_lock(project) if project.is_dir() else None
    if lock is not None:
        facts.values["lock"] = str(lock)
    else:
        facts.missing["lock"] = InputError(
            f"no lock file in the project (looked for {', '.join(PROJECT_LOCKS)})",
            path=project,
            hint="lock it (uv lock, poetry lock, pip-compile --generate-hashes) or pass "
            "--var lock=FILE",
        )
    build_lock = next((project / n for n in BUILD_LOCKS if (project / n).is_file()), None)
    if build_lock is not None:
        facts.values["build_lock"] = str(build_lock)
    else:
        requires = _build_requires(pyproject)
        facts.missing["build_lock"] = InputError(
            "no hashed lock of the build backend in the project "
            f"(looked for {', '.join(BUILD_LOCKS)}; [build-system] requires "
            f"{', '.join(requires) or 'nothing'})",
            path=project,
            hint="lock it with hashes, e.g. `printf '%s\\n' "
            + " ".join(f"'{r}'" for r in requires or ["setuptools"])
            + " | uv pip compile --generate-hashes - -o build-requirements.txt`, or pass "
            "--var build_lock=FILE",
        )
    name = _project_name(pyproject)
    if name is not None:
        facts.values["dist_name"] = re.sub(r"[-_.]+", "_", name).lower()
    else:
        facts.missing["dist_name"] = InputError(
            "no project name in pyproject.toml ([project] or [tool.poetry])",
            path=project / "pyproject.toml",
            hint="pass --var dist_name=NAME (the wheel's name, e.g. my_project)",
        )
    return facts


def _pyproject(project: Path) -> dict[str, Any]:
    path = project / "pyproject.toml"
    if not path.is_file():
        return {}
    from sscli.fsutil import read_text_limited

    try:
        return tomllib.loads(read_text_limited(path, 4 * 1024 * 1024))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise InputError(f"not valid TOML: {exc}", path=path) from exc


def _build_requires(pyproject: dict[str, Any]) -> list[str]:
    requires = (pyproject.get("build-system") or {}).get("requires") or []
    return [str(r) for r in requires] if isinstance(requires, list) else []


def _project_name(pyproject: dict[str, Any]) -> str | None:
    """[project].name, else Poetry's [tool.poetry].name (Poetry before 2 keeps it there)."""
    for table in (pyproject.get("project"), (pyproject.get("tool") or {}).get("poetry")):
        if isinstance(table, dict) and isinstance(table.get("name"), str) and table["name"]:
            return str(table["name"])
    return None
