"""pylock.toml (PEP 751)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from packaging.markers import InvalidMarker, Marker

from sscli.errors import InputError
from sscli.inventory.model import Artifact, Inventory, Location, Package, Problem, normalize_name
from sscli.inventory.readers._common import (
    array,
    artifact_from_url,
    canonical_version,
    check_hash,
    load_toml,
    string,
    table,
)
from sscli.inventory.readers.interface import Reader, ReadOptions

_NAME = re.compile(r"^pylock\.([^.]+\.)?toml$")


class PylockReader(Reader):
    kind = "pylock"
    description = "PEP 751 lock file (pylock.toml)"

    def matches(self, path: Path) -> bool:
        return bool(_NAME.match(path.name))

    def read(self, path: Path, options: ReadOptions) -> Inventory:
        document = load_toml(path)
        lock_version = document.get("lock-version")
        if not isinstance(lock_version, str) or not lock_version.startswith("1."):
            raise InputError(
                f"unsupported lock-version {lock_version!r} (sscli reads 1.x)",
                path=path,
                field="lock-version",
            )
        packages: list[Package] = []
        problems: list[Problem] = []
        for number, raw in enumerate(array(document.get("packages"), path=path, field="packages")):
            where = f"packages[{number}]"
            entry = table(raw, path=path, field=where)
            if not _marker_holds(entry, options, path=path, field=f"{where}.marker"):
                continue
            package = _package(entry, path=path, where=where, problems=problems)
            if package is not None:
                packages.append(package)
        return Inventory(
            packages=tuple(packages),
            source_kind=self.kind,
            source_path=str(path),
            problems=tuple(problems),
        )


def _marker_holds(entry: Any, options: ReadOptions, *, path: Path, field: str) -> bool:
    text = string(entry.get("marker"), path=path, field=field, required=False)
    if text is None:
        return True
    try:
        return Marker(text).evaluate({**options.environment, "extra": ""})
    except InvalidMarker as exc:
        raise InputError(f"invalid marker {text!r}", path=path, field=field) from exc


def _package(entry: Any, *, path: Path, where: str, problems: list[Problem]) -> Package | None:
    display = string(entry.get("name"), path=path, field=f"{where}.name")
    assert display is not None
    name = normalize_name(display)
    version_text = string(entry.get("version"), path=path, field=f"{where}.version", required=False)
    if version_text is None:
        directory = entry.get("directory")
        if isinstance(directory, dict) and directory.get("path") in (".", "./"):
            return None  # the locked project itself, described by its pyproject.toml
        kind = next((k for k in ("vcs", "directory", "archive") if k in entry), "no version")
        problems.append(
            Problem(f"{name} is a {kind} source without a version", Location(str(path)), name)
        )
        return None
    version = canonical_version(version_text, path=path, field=f"{where}.version")
    artifacts: list[Artifact] = []
    sdist = entry.get("sdist")
    if sdist is not None:
        artifacts.append(
            _file(table(sdist, path=path, field=f"{where}.sdist"), path, f"{where}.sdist")
        )
    for number, wheel in enumerate(array(entry.get("wheels"), path=path, field=f"{where}.wheels")):
        field = f"{where}.wheels[{number}]"
        artifacts.append(_file(table(wheel, path=path, field=field), path, field))
    if "archive" in entry:
        archive = table(entry["archive"], path=path, field=f"{where}.archive")
        artifacts.append(_file(archive, path, f"{where}.archive"))
    dependencies = tuple(
        normalize_name(str(table(dep, path=path, field=f"{where}.dependencies").get("name", "")))
        for dep in array(entry.get("dependencies"), path=path, field=f"{where}.dependencies")
    )
    return Package(
        name=name,
        version=version,
        display_name=display if display != name else None,
        artifacts=tuple(artifacts),
        dependencies=tuple(d for d in dependencies if d),
        index_url=string(entry.get("index"), path=path, field=f"{where}.index", required=False),
        location=Location(str(path)),
    )


def _file(entry: Any, path: Path, field: str) -> Artifact:
    url = string(entry.get("url"), path=path, field=f"{field}.url", required=False)
    local = string(entry.get("path"), path=path, field=f"{field}.path", required=False)
    hashes_table = table(entry.get("hashes", {}), path=path, field=f"{field}.hashes")
    if not hashes_table:
        raise InputError("a file entry needs at least one hash", path=path, field=f"{field}.hashes")
    hashes = dict(
        check_hash(algorithm, digest, path=path, field=f"{field}.hashes.{algorithm}")
        for algorithm, digest in hashes_table.items()
    )
    filename = string(entry.get("name"), path=path, field=f"{field}.name", required=False)
    return artifact_from_url(url or local, hashes, entry.get("size"), filename)
