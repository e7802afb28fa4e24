"""uv.lock raised through uv itself: `uv lock --upgrade-package NAME==VERSION` against the index,
never offline, the lock's own spelling of the index kept."""

from __future__ import annotations

import os
import tomllib
from collections.abc import Sequence
from pathlib import Path

from sscli.errors import InputError, PolicyError
from sscli.fix.plan import Upgrade
from sscli.fix.tools import uv
from sscli.fsutil import read_text_limited
from sscli.inventory import load_inventory


def upgrade_uv_lock(work: Path, upgrades: Sequence[Upgrade], index_url: str) -> None:
    """Re-lock the uv project around `work` (its uv.lock) with each upgrade's package at its
    target; PolicyError when the project's own constraints hold one back. Offline resolution
    (which could answer from a stale cache) is refused."""
    if os.environ.get("UV_OFFLINE", "").lower() in ("1", "true", "yes"):
        raise InputError("UV_OFFLINE is set: sscli fix resolves against the index only")
    args = ["lock", "--index-url", lock_spelling(work, index_url), "--no-config"]
    for upgrade in upgrades:
        args += ["--upgrade-package", f"{upgrade.package}=={upgrade.target}"]
    uv(args, work.parent)
    locked = {p.name: p.version for p in load_inventory(work).packages}
    wrong = [u for u in upgrades if locked.get(u.package) != u.target]
    if wrong:
        listed = ", ".join(f"{u.package} {locked.get(u.package)}" for u in wrong)
        raise PolicyError(
            f"uv lock did not reach the fixed versions ({listed}): the project's constraints "
            "hold them back; nothing was written",
            hint="raise the bound in pyproject.toml and run sscli fix again",
        )


def workspace_members(project: Path) -> list[Path]:
    """The members of the uv workspace rooted at `project` that have a pyproject.toml, as paths
    relative to it: `[tool.uv.workspace] members` globs less `exclude`, and the directories
    uv.lock names as editable, virtual or directory sources; only paths inside the project."""
    found: set[Path] = set()
    root = project.resolve()
    workspace = _table(_toml(project / "pyproject.toml"), "tool", "uv", "workspace")
    excluded = {m for pattern in _strings(workspace.get("exclude")) for m in _glob(root, pattern)}
    for pattern in _strings(workspace.get("members")):
        found |= {match for match in _glob(root, pattern) if match not in excluded}
    packages = _toml(project / "uv.lock").get("package")
    for package in packages if isinstance(packages, list) else []:
        source = package.get("source") if isinstance(package, dict) else None
        for key in ("editable", "virtual", "directory"):
            if isinstance(source, dict) and isinstance(source.get(key), str):
                found.add((root / source[key]).resolve())
    members = []
    for path in sorted(found):
        resolved = path.resolve()
        inside = resolved != root and resolved.is_relative_to(root)
        if inside and (resolved / "pyproject.toml").is_file():
            members.append(resolved.relative_to(root))
    return members


def _glob(root: Path, pattern: str) -> list[Path]:
    try:
        return [match.resolve() for match in root.glob(pattern)]
    except (ValueError, NotImplementedError, OSError):  # an absolute or empty pattern
        return []


def _toml(path: Path) -> dict[str, object]:
    try:
        return tomllib.loads(read_text_limited(path, 64 * 1024 * 1024))
    except (OSError, tomllib.TOMLDecodeError, InputError):
        return {}


def _table(document: dict[str, object], *keys: str) -> dict[str, object]:
    for key in keys:
        value = document.get(key)
        document = value if isinstance(value, dict) else {}
    return document


def _strings(value: object) -> list[str]:
    return [v for v in value if isinstance(v, str)] if isinstance(value, list) else []


def lock_spelling(lock: Path, index_url: str) -> str:
    """`index_url` as uv.lock already spells it (`https://pypi.org/simple` and `.../simple/` are
    one index to the user, two to uv, which would rewrite every package's `source` line)."""
    try:
        document = tomllib.loads(read_text_limited(lock, 64 * 1024 * 1024))
    except (OSError, tomllib.TOMLDecodeError, InputError):
        return index_url
    packages = document.get("package", [])
    for package in packages if isinstance(packages, list) else []:
        source = package.get("source") if isinstance(package, dict) else None
        registry = source.get("registry") if isinstance(source, dict) else None
        if isinstance(registry, str) and registry.rstrip("/") == index_url.rstrip("/"):
            return registry
    return index_url
