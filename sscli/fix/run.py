"""One `sscli fix` run: scan the lock, plan the upgrades, write them with the lock's own tool
into a scratch copy, re-scan the result, and only then (unless it is a dry run) replace the
lock atomically."""

from __future__ import annotations

import difflib
import shutil
import sys
import tempfile
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from pathlib import Path

from sscli.errors import EnvironmentFailure, InputError, PolicyError
from sscli.fix.plan import Left, Plan, Upgrade, counts, plan_upgrades
from sscli.fix.tools import run, uv
from sscli.fix.uvlock import upgrade_uv_lock
from sscli.fsutil import atomic_write_text, read_text_limited
from sscli.index.client import IndexClient, IndexSettings
from sscli.inventory import load_inventory, reader_for
from sscli.inventory.load import project_lock
from sscli.inventory.model import distribution_filename
from sscli.scan import scan_inventory
from sscli.scan.services.interface import VulnerabilityService
from sscli.scan.severity import Level


@dataclass(frozen=True)
class FixResult:
    """What one `sscli fix` did (or would do) to a lock, and what the re-scan still finds."""

    path: Path
    kind: str  # the lock's reader: requirements, uv-lock, ...
    plan: Plan
    diff: str  # unified diff of the lock and what changes with it ("" when nothing changes)
    written: bool
    files: tuple[Path, ...]  # the files the fix writes (or would): the lock, and uv.lock beside
    # a pylock.toml exported from it
    remaining: tuple[Left, ...]  # counted findings the re-scan of the fixed lock still reports


def fix_lock(
    path: Path,
    service: VulnerabilityService,
    *,
    index_url: str,
    threshold: Level | None,
    ignored: Collection[str] = (),
    dry_run: bool = False,
) -> FixResult:
    """Fix the lock at `path` (or the project directory's lock)."""
    lock = _lock(path)
    kind = reader_for(lock).kind
    if kind not in _WRITERS:
        raise InputError(
            f"sscli fix writes uv.lock, poetry.lock, pylock.toml and hashed requirements files; "
            f"{lock.name} "
            f"is read as {reader_for(lock).description}",
            path=lock,
            hint=_REFUSALS.get(kind),
        )
    if kind == "pylock":
        from sscli.fix.pylock import check_regenerable

        check_regenerable(lock, index_url)  # refused before the index is asked anything
    report = scan_inventory(load_inventory(lock), service)
    client = IndexClient(IndexSettings.from_environment(index_url))
    plan = plan_upgrades(
        report, service, lambda name: _releases(client, name), threshold=threshold, ignored=ignored
    )
    with tempfile.TemporaryDirectory(prefix="sscli-fix-") as scratch:
        work = Path(scratch) / lock.name
        _copy_project(lock, Path(scratch))
        also: list[str] = []
        if plan.upgrades:
            also = _WRITERS[kind](work, lock, plan.upgrades, client, index_url)
        names = [lock.name, *also]
        before = {name: _text(lock.parent / name) for name in names}
        after = {name: read_text_limited(Path(scratch) / name) for name in names}
        fixed = scan_inventory(load_inventory(work), service)
    remaining = tuple(
        Left(f.package, f.version, f.advisory_id, f.severity.level.value, _reason(f.package, plan))
        for f in fixed.active
        if counts(f, threshold, ignored)
    )
    changed = [name for name in names if before[name] != after[name]]
    diff = "".join(
        "".join(
            difflib.unified_diff(
                before[name].splitlines(keepends=True),
                after[name].splitlines(keepends=True),
                f"a/{name}",
                f"b/{name}",
            )
        )
        for name in changed
    )
    written = bool(changed) and not dry_run
    if written:
        for name in sorted(changed, key=lambda n: n == lock.name):  # the lock itself last
            atomic_write_text(lock.parent / name, after[name])
    files = tuple(lock.parent / name for name in changed)
    return FixResult(lock, kind, plan, diff, written, files, remaining)


def _reason(package: str, plan: Plan) -> str:
    return next((left.reason for left in plan.left if left.package == package), "still affected")


def _lock(path: Path) -> Path:
    if not path.exists():
        raise InputError("no such file or directory", path=path)
    if path.is_dir():
        lock = project_lock(path)
        if lock is None:
            raise InputError("no lock file here", path=path, hint="lock the project first")
        return lock
    return path


def _copy_project(lock: Path, scratch: Path) -> None:
    """The lock and what its tool needs beside it: pyproject.toml and, for a uv workspace, its
    members' pyproject.toml at their places (uv re-locks a workspace only with its members)."""
    shutil.copy2(lock, scratch / lock.name)
    for name in ("pyproject.toml", "poetry.toml", "uv.toml", "uv.lock"):
        if (lock.parent / name).is_file() and name != lock.name:
            shutil.copy2(lock.parent / name, scratch / name)
    from sscli.fix.uvlock import workspace_members

    for member in workspace_members(lock.parent):
        target = scratch / member / "pyproject.toml"
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(lock.parent / member / "pyproject.toml", target)


def _releases(client: IndexClient, name: str) -> list[str]:
    page = client.project(name)
    versions = set()
    for file in page.files:
        parsed = distribution_filename(file.filename)
        if parsed is not None and not file.is_yanked:
            versions.add(parsed[1])
    return sorted(versions)


# --- writers ------------------------------------------------------------------------------


def _requirements(
    work: Path, lock: Path, upgrades: Sequence[Upgrade], client: IndexClient, index_url: str
) -> list[str]:
    """New pins and their hashes from the index, then `uv pip compile` against the same index
    must resolve the fixed pins to themselves: a new release that needs another dependency (or
    another version of one) is refused rather than written."""
    from sscli.fix.requirements import rewrite_pins

    hashes = {u.package: _sha256s(client, u.package, u.target) for u in upgrades}
    text = rewrite_pins(read_text_limited(work), {u.package: u.target for u in upgrades}, hashes)
    atomic_write_text(work, text)
    pins = {p.name: p.version for p in load_inventory(work).packages}
    inputs = work.with_name("sscli-fix.in")
    inputs.write_text("".join(f"{name}=={version}\n" for name, version in sorted(pins.items())))
    version = f"{sys.version_info.major}.{sys.version_info.minor}"
    result = uv(
        [
            "pip",
            "compile",
            str(inputs),
            "--index-url",
            index_url,
            "--python-version",
            version,
            "--no-header",
            "--no-annotate",
            "--quiet",
            "--no-config",
        ],
        work.parent,
    )
    resolved = {}
    for line in result.splitlines():
        name, sep, pinned = line.strip().partition("==")
        if sep:
            resolved[_normal(name)] = pinned.split(";")[0].strip()
    needed = {n: v for n, v in resolved.items() if pins.get(n) != v}
    if needed:
        listed = ", ".join(f"{n}=={v}" for n, v in sorted(needed.items()))
        raise PolicyError(
            f"the fixed pins need other pins too ({listed}): nothing was written",
            hint="re-lock the project (e.g. `uv pip compile --generate-hashes`) with the new pins",
        )
    return []


def _uv_lock(
    work: Path, lock: Path, upgrades: Sequence[Upgrade], client: IndexClient, index_url: str
) -> list[str]:
    upgrade_uv_lock(work, upgrades, index_url)
    return []


def _pylock(
    work: Path, lock: Path, upgrades: Sequence[Upgrade], client: IndexClient, index_url: str
) -> list[str]:
    from sscli.fix.pylock import regenerate

    return regenerate(work, lock, upgrades, index_url)


def _poetry_lock(
    work: Path, lock: Path, upgrades: Sequence[Upgrade], client: IndexClient, index_url: str
) -> list[str]:
    poetry = shutil.which("poetry")
    if poetry is None:
        raise EnvironmentFailure(
            "poetry.lock is written by poetry, which is not installed",
            hint="install poetry, or run `poetry update "
            + " ".join(u.package for u in upgrades)
            + "` yourself",
        )
    run([poetry, "update", "--lock", *(u.package for u in upgrades)], work.parent, "poetry")
    locked = {p.name: p.version for p in load_inventory(work).packages}
    wrong = [u for u in upgrades if locked.get(u.package) != u.target]
    if wrong:
        raise PolicyError(
            "poetry update did not reach the fixed versions: "
            + ", ".join(f"{u.package} {locked.get(u.package)} (wanted {u.target})" for u in wrong),
            hint="raise the bounds in pyproject.toml",
        )
    return []


_WRITERS = {
    "requirements": _requirements,
    "uv-lock": _uv_lock,
    "poetry-lock": _poetry_lock,
    "pylock": _pylock,
}
_REFUSALS = {
    "pipfile": "run `pipenv update NAME` with the fixed versions",
    "pdm": "run `pdm update NAME` with the fixed versions",
}


def _sha256s(client: IndexClient, name: str, version: str) -> list[str]:
    digests = []
    for file in client.project(name).files:
        parsed = distribution_filename(file.filename)
        if parsed is not None and parsed[1] == version and not file.is_yanked:
            digest = file.hashes.get("sha256")
            if not digest:
                raise InputError(f"the index gives no sha256 for {file.filename}")
            digests.append(digest)
    return digests


def _normal(name: str) -> str:
    from packaging.utils import canonicalize_name

    return str(canonicalize_name(name))


def _text(path: Path) -> str:
    return read_text_limited(path) if path.exists() else ""
