"""One `sscli fix` run: scan the lock, plan the upgrades, write them with the lock's own tool
into a scratch copy, re-scan the result, and only then (unless it is a dry run) replace the
lock atomically."""

from __future__ import annotations

import difflib
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from pathlib import Path

from sscli.errors import EnvironmentFailure, InputError, PolicyError
from sscli.fix.plan import Left, Plan, Upgrade, counts, plan_upgrades
from sscli.fsutil import atomic_write_text, read_text_limited
from sscli.index.client import IndexClient, IndexSettings
from sscli.inventory import load_inventory, reader_for
from sscli.inventory.load import project_lock
from sscli.inventory.model import distribution_filename
from sscli.scan import scan_inventory
from sscli.scan.services.interface import VulnerabilityService
from sscli.scan.severity import Level

_UV_TIMEOUT = 600


@dataclass(frozen=True)
class FixResult:
    path: Path
    kind: str  # the lock's reader: requirements, uv-lock, ...
    plan: Plan
    diff: str  # unified diff of the lock ("" when nothing changes)
    written: bool
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
            f"sscli fix writes uv.lock, poetry.lock and hashed requirements files; {lock.name} "
            f"is read as {reader_for(lock).description}",
            path=lock,
            hint=_REFUSALS.get(kind),
        )
    report = scan_inventory(load_inventory(lock), service)
    client = IndexClient(IndexSettings.from_environment(index_url))
    plan = plan_upgrades(
        report, service, lambda name: _releases(client, name), threshold=threshold, ignored=ignored
    )
    before = read_text_limited(lock)
    with tempfile.TemporaryDirectory(prefix="sscli-fix-") as scratch:
        work = Path(scratch) / lock.name
        _copy_project(lock, Path(scratch))
        if plan.upgrades:
            _WRITERS[kind](work, plan.upgrades, client, index_url)
        after = read_text_limited(work)
        fixed = scan_inventory(load_inventory(work), service)
    remaining = tuple(
        Left(f.package, f.version, f.advisory_id, f.severity.level.value, _reason(f.package, plan))
        for f in fixed.active
        if counts(f, threshold, ignored)
    )
    diff = "".join(
        difflib.unified_diff(
            before.splitlines(keepends=True),
            after.splitlines(keepends=True),
            f"a/{lock.name}",
            f"b/{lock.name}",
        )
    )
    written = bool(diff) and not dry_run
    if written:
        atomic_write_text(lock, after)
    return FixResult(lock, kind, plan, diff, written, remaining)


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
    """The lock and what its tool needs beside it (pyproject.toml)."""
    shutil.copy2(lock, scratch / lock.name)
    for name in ("pyproject.toml", "poetry.toml", "uv.toml"):
        if (lock.parent / name).is_file():
            shutil.copy2(lock.parent / name, scratch / name)


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
    work: Path, upgrades: Sequence[Upgrade], client: IndexClient, index_url: str
) -> None:
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
    result = _uv(
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


def _uv_lock(work: Path, upgrades: Sequence[Upgrade], client: IndexClient, index_url: str) -> None:
    """`uv lock --upgrade-package NAME==VERSION` against the index; offline resolution (which
    could answer from a stale cache) is refused."""
    if os.environ.get("UV_OFFLINE", "").lower() in ("1", "true", "yes"):
        raise InputError("UV_OFFLINE is set: sscli fix resolves against the index only")
    args = ["lock", "--index-url", _lock_spelling(work, index_url), "--no-config"]
    for upgrade in upgrades:
        args += ["--upgrade-package", f"{upgrade.package}=={upgrade.target}"]
    _uv(args, work.parent)
    locked = {p.name: p.version for p in load_inventory(work).packages}
    wrong = [u for u in upgrades if locked.get(u.package) != u.target]
    if wrong:
        listed = ", ".join(f"{u.package} {locked.get(u.package)}" for u in wrong)
        raise PolicyError(
            f"uv lock did not reach the fixed versions ({listed}): the project's constraints "
            "hold them back; nothing was written",
            hint="raise the bound in pyproject.toml and run sscli fix again",
        )


def _lock_spelling(lock: Path, index_url: str) -> str:
    """`index_url` as uv.lock already spells it (`https://pypi.org/simple` and `.../simple/` are
    one index to the user, two to uv, which would rewrite every package's `source` line)."""
    import tomllib

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


def _poetry_lock(
    work: Path, upgrades: Sequence[Upgrade], client: IndexClient, index_url: str
) -> None:
    poetry = shutil.which("poetry")
    if poetry is None:
        raise EnvironmentFailure(
            "poetry.lock is written by poetry, which is not installed",
            hint="install poetry, or run `poetry update "
            + " ".join(u.package for u in upgrades)
            + "` yourself",
        )
    _run([poetry, "update", "--lock", *(u.package for u in upgrades)], work.parent, "poetry")
    locked = {p.name: p.version for p in load_inventory(work).packages}
    wrong = [u for u in upgrades if locked.get(u.package) != u.target]
    if wrong:
        raise PolicyError(
            "poetry update did not reach the fixed versions: "
            + ", ".join(f"{u.package} {locked.get(u.package)} (wanted {u.target})" for u in wrong),
            hint="raise the bounds in pyproject.toml",
        )


_WRITERS = {"requirements": _requirements, "uv-lock": _uv_lock, "poetry-lock": _poetry_lock}
_REFUSALS = {
    "pylock": "pylock.toml is an export: fix the lock it was exported from (uv.lock: "
    "`sscli fix uv.lock`, then `uv export --format pylock.toml -o pylock.toml`)",
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


def _uv(args: list[str], cwd: Path) -> str:
    uv = shutil.which("uv") or str(Path(sys.executable).with_name("uv"))
    if not Path(uv).is_file():
        raise EnvironmentFailure("uv is not installed", hint="pip install uv")
    return _run([uv, *args], cwd, "uv")


def _run(argv: list[str], cwd: Path, tool: str) -> str:
    try:
        done = subprocess.run(
            argv, cwd=cwd, capture_output=True, text=True, timeout=_UV_TIMEOUT, check=False
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise EnvironmentFailure(f"{tool} failed to run: {exc}") from exc
    if done.returncode != 0:
        tail = " ".join(done.stderr.strip().splitlines()[-3:])[:600]
        raise PolicyError(f"{tool} could not apply the fix: {tail}; nothing was written")
    return done.stdout
