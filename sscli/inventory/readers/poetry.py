"""poetry.lock (lock-version 1.x and 2.x)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from packaging.markers import InvalidMarker, Marker

from sscli.errors import InputError
from sscli.inventory.model import Artifact, Inventory, Location, Package, Problem, normalize_name
from sscli.inventory.readers._common import (
    array,
    artifact_from_url,
    canonical_version,
    load_toml,
    parse_hash,
    string,
    table,
)
from sscli.inventory.readers.interface import Reader, ReadOptions


class PoetryLockReader(Reader):
    kind = "poetry-lock"
    description = "Poetry lock file (poetry.lock)"

    def matches(self, path: Path) -> bool:
        return path.name == "poetry.lock"

    def read(self, path: Path, options: ReadOptions) -> Inventory:
        document = load_toml(path)
        metadata = table(document.get("metadata", {}), path=path, field="metadata")
        legacy_files = table(metadata.get("files", {}), path=path, field="metadata.files")
        entries = array(document.get("package"), path=path, field="package")
        if not entries and "metadata" not in document:
            raise InputError("no [[package]] or [metadata] table: not a poetry.lock", path=path)
        packages: list[Package] = []
        problems: list[Problem] = []
        names: set[str] = set()
        raw_packages = []
        for number, raw in enumerate(entries):
            where = f"package[{number}]"
            entry = table(raw, path=path, field=where)
            display = string(entry.get("name"), path=path, field=f"{where}.name")
            assert display is not None
            names.add(normalize_name(display))
            raw_packages.append((where, display, entry))
        for where, display, entry in raw_packages:
            name = normalize_name(display)
            source = entry.get("source")
            if isinstance(source, dict) and source.get("type") in (
                "directory",
                "file",
                "git",
                "url",
            ):
                problems.append(
                    Problem(
                        f"{name} comes from a {source['type']} source, not an index",
                        Location(str(path)),
                        name,
                    )
                )
                continue
            version_text = string(entry.get("version"), path=path, field=f"{where}.version")
            assert version_text is not None
            files = entry.get("files")
            if files is None:
                files = legacy_files.get(display, legacy_files.get(name, []))
            artifacts = tuple(
                _file(f, path, f"{where}.files[{n}]")
                for n, f in enumerate(array(files, path=path, field=f"{where}.files"))
            )
            dependencies = _dependencies(entry, options, path=path, where=where)
            index_url = source.get("url") if isinstance(source, dict) else None
            packages.append(
                Package(
                    name=name,
                    version=canonical_version(version_text, path=path, field=f"{where}.version"),
                    display_name=display if display != name else None,
                    artifacts=artifacts,
                    dependencies=tuple(d for d in dependencies if d in names),
                    description=string(
                        entry.get("description"),
                        path=path,
                        field=f"{where}.description",
                        required=False,
                    )
                    or None,
                    index_url=index_url if isinstance(index_url, str) else None,
                    location=Location(str(path)),
                )
            )
        return Inventory(
            packages=tuple(packages),
            source_kind=self.kind,
            source_path=str(path),
            problems=tuple(problems),
        )


def _description(entry: Any, path: Path, where: str) -> str | None:
    text = string(entry.get("description"), path=path, field=f"{where}.description", required=False)
    return text or None


def _file(raw: object, path: Path, field: str) -> Artifact:
    entry = table(raw, path=path, field=field)
    filename = string(entry.get("file"), path=path, field=f"{field}.file")
    text = string(entry.get("hash"), path=path, field=f"{field}.hash")
    assert text is not None
    algorithm, digest = parse_hash(text, path=path, field=f"{field}.hash")
    url = string(entry.get("url"), path=path, field=f"{field}.url", required=False)
    return artifact_from_url(url, {algorithm: digest}, entry.get("size"), filename)


def _dependencies(entry: Any, options: ReadOptions, *, path: Path, where: str) -> list[str]:
    deps = table(entry.get("dependencies", {}), path=path, field=f"{where}.dependencies")
    result: list[str] = []
    for name, constraint in deps.items():
        specs = constraint if isinstance(constraint, list) else [constraint]
        active = False
        for spec in specs:
            if isinstance(spec, dict) and spec.get("optional"):
                continue
            markers = spec.get("markers") if isinstance(spec, dict) else None
            if isinstance(markers, str):
                try:
                    if not Marker(markers).evaluate({**options.environment, "extra": ""}):
                        continue
                except InvalidMarker as exc:
                    raise InputError(
                        f"invalid marker {markers!r}",
                        path=path,
                        field=f"{where}.dependencies.{name}",
                    ) from exc
            active = True
        if active:
            result.append(normalize_name(name))
    return result
