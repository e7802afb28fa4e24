"""A pylock.toml pip wrote, locked again by `pip lock` (pip >= 25.1) with the pins raised."""

from __future__ import annotations

import importlib.util
import os
import shutil
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from packaging.version import InvalidVersion, Version

from sscli.errors import EnvironmentFailure, InputError
from sscli.fix.plan import Upgrade
from sscli.fix.tools import run
from sscli.fsutil import atomic_write_text
from sscli.inventory.model import normalize_name

_PIP_LOCK_SINCE = Version("25.1")


def lock_again(
    work: Path, lock: Path, upgrades: Sequence[Upgrade], index_url: str, document: dict[str, Any]
) -> None:
    """pip records no inputs, so they come from the lock: the local projects it locked
    (`pip lock .`: a `directory` package) are the inputs and its other pins constraints; with
    no local project, the pins themselves are the inputs. Each pin stays at its version, the
    fixed ones at their targets; pip runs isolated from its configuration, against the index,
    from the lock's directory (so the paths it writes stay relative to the lock), and refuses
    when a fixed release needs other pins."""
    pip = _pip()
    targets = {u.package: u.target for u in upgrades}
    pins: list[str] = []
    projects: list[str] = []
    packages = document.get("packages")
    for number, entry in enumerate(packages if isinstance(packages, list) else []):
        where = f"packages[{number}]"
        if not isinstance(entry, dict) or not isinstance(entry.get("name"), str):
            raise InputError("a package without a name", path=lock, field=where)
        name = normalize_name(entry["name"])
        for source in ("vcs", "archive"):
            if source in entry:
                raise InputError(
                    f"{name} comes from a {source}: pip records no input for it, and sscli fix "
                    "re-locks index packages and local projects only",
                    path=lock,
                    field=f"{where}.{source}",
                    hint="run `pip lock` again yourself with the fixed versions",
                )
        if "directory" in entry:
            projects += _local_project(entry["directory"], lock, f"{where}.directory")
            continue
        version = entry.get("version")
        if not isinstance(version, str):
            raise InputError(f"{name} has no version", path=lock, field=where)
        marker = entry.get("marker")
        suffix = f" ; {marker}" if isinstance(marker, str) and marker else ""
        pins.append(f"{name}=={targets.get(name, version)}{suffix}\n")
    listed = work.with_name("sscli-fix-pins.txt")
    listed.write_text("".join(pins))
    inputs = [*projects, "-c", str(listed)] if projects else ["-r", str(listed)]
    locked = run(
        [*pip, "lock", "--isolated", "--disable-pip-version-check", "--no-input", "--quiet",
         "--index-url", index_url, *inputs, "-o", "-"],
        lock.parent, "pip", {"PIP_CONFIG_FILE": os.devnull},
    )  # fmt: skip
    atomic_write_text(work, locked)


def _local_project(directory: object, lock: Path, field: str) -> list[str]:
    """The pip argument for a `directory` package: its path as the lock names it (relative to
    the lock), `-e` first when editable; only a project inside the lock's directory is built."""
    path = directory.get("path") if isinstance(directory, dict) else None
    if not isinstance(path, str) or not path:
        raise InputError("a directory package without a path", path=lock, field=field)
    base = lock.parent.resolve()
    target = (base / path).resolve()
    if not target.is_relative_to(base) or Path(path).is_absolute():
        raise InputError(
            f"the local project {path} is outside the lock's directory: sscli fix builds only "
            "projects inside it",
            path=lock,
            field=field,
        )
    if not target.is_dir():
        raise InputError(f"the local project {path} is not there", path=lock, field=field)
    spelled = path if path.startswith((".", "/")) else f"./{path}"
    editable = isinstance(directory, dict) and directory.get("editable") is True
    return ["-e", spelled] if editable else [spelled]


def _pip() -> list[str]:
    """pip with `pip lock` (pip >= 25.1): sscli's own, else the one on PATH."""
    if importlib.util.find_spec("pip") is not None:
        argv = [sys.executable, "-m", "pip"]
    elif found := shutil.which("pip"):
        argv = [found]
    else:
        raise EnvironmentFailure(
            "pylock.toml was written by pip, which is not installed",
            hint="install pip >= 25.1 (`pip lock`)",
        )
    reported = run([*argv, "--version"], Path.cwd(), "pip").split()
    try:
        version = Version(reported[1])
    except (IndexError, InvalidVersion):
        raise EnvironmentFailure(f"pip reports no version: {' '.join(reported)[:200]}") from None
    if version < _PIP_LOCK_SINCE:
        raise EnvironmentFailure(
            f"pylock.toml was written by `pip lock`, and this pip ({version}) has no `pip lock`",
            hint="install pip >= 25.1",
        )
    return argv
