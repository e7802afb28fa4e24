"""An installed environment: any interpreter or venv, not only the running one.

The target interpreter is asked only for its `sys.path` and marker environment (one short,
isolated subprocess); the distributions' metadata is then read from disk by this process.
"""

from __future__ import annotations

import json
import os
import subprocess
from dataclasses import replace
from pathlib import Path
from typing import Any

from sscli.errors import EnvironmentFailure, InputError
from sscli.fsutil import read_bytes_limited, read_text_limited
from sscli.inventory.metadata import MAX_METADATA_BYTES, active_dependencies, parse_core_metadata
from sscli.inventory.model import Artifact, Inventory, Location, Package, Problem, RefType
from sscli.inventory.model import ExternalRef as Ref
from sscli.inventory.readers._common import ALLOWED_HASHES

_PROBE = """
import json, os, platform, sys
impl = sys.implementation
version = impl.version
full = f"{version.major}.{version.minor}.{version.micro}"
if version.releaselevel != "final":
    full += version.releaselevel[0] + str(version.serial)
print(json.dumps({"path": [p for p in sys.path if p], "prefix": sys.prefix, "env": {
    "implementation_name": impl.name, "implementation_version": full,
    "os_name": os.name, "platform_machine": platform.machine(),
    "platform_release": platform.release(), "platform_system": platform.system(),
    "platform_version": platform.version(),
    "python_full_version": platform.python_version(),
    "platform_python_implementation": platform.python_implementation(),
    "python_version": ".".join(platform.python_version_tuple()[:2]),
    "sys_platform": sys.platform}}))
"""


def interpreter_of(target: Path) -> Path:
    """The interpreter for `--python`: an executable, or a venv/prefix directory."""
    if target.is_dir():
        for candidate in ("bin/python3", "bin/python", "Scripts/python.exe"):
            if (target / candidate).exists():
                return target / candidate
        raise InputError("no bin/python in this directory; not a virtual environment", path=target)
    if not target.exists():
        raise InputError("interpreter not found", path=target)
    if not os.access(target, os.X_OK):
        raise InputError("not executable", path=target)
    return target


def probe_interpreter(python: Path) -> dict[str, Any]:
    """sys.path, sys.prefix and the PEP 508 marker environment of `python`."""
    try:
        result = subprocess.run(
            [str(python), "-I", "-c", _PROBE],
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
            env={"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "LC_ALL": "C.UTF-8"},
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise EnvironmentFailure(f"cannot run {python}: {exc}") from exc
    if result.returncode != 0:
        raise InputError(
            f"interpreter failed ({result.returncode}): {result.stderr.strip()[-300:]}", path=python
        )
    try:
        data: dict[str, Any] = json.loads(result.stdout)
    except json.JSONDecodeError as exc:
        raise InputError("interpreter printed no usable description", path=python) from exc
    return data


def read_environment(target: Path) -> Inventory:
    """Inventory of the distributions installed for the interpreter or venv at `target`."""
    python = interpreter_of(target)
    probe = probe_interpreter(python)
    environment: dict[str, str] = probe["env"]
    found: dict[str, tuple[Package, Any]] = {}
    problems: list[Problem] = []
    for directory in probe["path"]:
        if not Path(directory).is_dir():
            continue
        for info in sorted(Path(directory).glob("*.dist-info")) + sorted(
            Path(directory).glob("*.egg-info")
        ):
            package, requires = _read_distribution(info, problems)
            if package is not None and package.name not in found:
                found[package.name] = (package, requires)
    packages = []
    for package, requires in found.values():
        deps = active_dependencies(requires, environment)
        packages.append(replace(package, dependencies=tuple(d for d in deps if d in found)))
    return Inventory(
        packages=tuple(sorted(packages, key=lambda p: p.name)),
        source_kind="environment",
        source_path=str(python),
        problems=tuple(problems),
        marker_environment=environment,
        metadata_properties=(
            ("sscli:python", environment["python_full_version"]),
            ("sscli:platform", f"{environment['sys_platform']}-{environment['platform_machine']}"),
        ),
    )


def _read_distribution(info: Path, problems: list[Problem]) -> tuple[Package | None, Any]:
    metadata_file = info / ("METADATA" if info.suffix == ".dist-info" else "PKG-INFO")
    if not metadata_file.is_file():
        return None, ()
    try:
        metadata = parse_core_metadata(
            read_bytes_limited(metadata_file, MAX_METADATA_BYTES), origin=str(metadata_file)
        )
    except InputError as exc:
        problems.append(
            Problem(f"unreadable installed metadata: {exc.message}", Location(str(info)))
        )
        return None, ()
    artifacts, refs = _direct_url(info)
    package = replace(
        metadata.package,
        artifacts=artifacts,
        external_refs=metadata.package.external_refs + refs,
        location=Location(str(info)),
    )
    return package, metadata.requires_dist


def _direct_url(info: Path) -> tuple[tuple[Artifact, ...], tuple[Ref, ...]]:
    """Archive hashes and URL from PEP 610 direct_url.json, when the installer recorded them."""
    record = info / "direct_url.json"
    if not record.is_file():
        return (), ()
    try:
        text = read_text_limited(record, MAX_METADATA_BYTES)
    except InputError:
        return (), ()
    try:
        data = json.loads(text)
        url = data["url"]
    except (json.JSONDecodeError, KeyError, TypeError):
        return (), ()
    if not isinstance(url, str):
        return (), ()
    archive = data.get("archive_info")
    if isinstance(archive, dict):
        hashes: dict[str, str] = {}
        if isinstance(archive.get("hashes"), dict):
            hashes = {k: v for k, v in archive["hashes"].items() if k in ALLOWED_HASHES}
        elif isinstance(archive.get("hash"), str) and "=" in archive["hash"]:
            algorithm, digest = archive["hash"].split("=", 1)
            if algorithm in ALLOWED_HASHES:
                hashes = {algorithm: digest}
        filename = url.rsplit("/", 1)[-1] or None
        return (Artifact(filename=filename, hashes=hashes, url=url),), ()
    if isinstance(data.get("vcs_info"), dict):
        return (), (Ref(RefType.VCS, url, comment="installed from"),)
    return (), ()
