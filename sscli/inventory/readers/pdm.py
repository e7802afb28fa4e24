"""pdm.lock (lock_version 4.x), read as `pdm sync` installs it.

PDM names both optional-dependency extras and dependency groups "groups"; the runtime is the
`default` group, `--extra E` and `--group G` add theirs (all of them are in `[metadata]
groups`). A locked package is installed when one of its `groups` is selected and its `marker`
holds for the target (the `inherit_metadata` strategy every current lock has). Entries that
differ only by extras (`hishel[httpx]`) are one component. Edges are the locked packages named
by each package's `dependencies` whose markers hold.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from packaging.requirements import InvalidRequirement, Requirement
from packaging.utils import canonicalize_name

from sscli.errors import InputError
from sscli.inventory.model import (
    Artifact,
    Inventory,
    Origin,
    OriginKind,
    Package,
    Scope,
    normalize_name,
    strip_credentials,
)
from sscli.inventory.readers import detect
from sscli.inventory.readers._common import (
    array,
    artifact_from_url,
    canonical_version,
    load_toml,
    local_path,
    parse_hash,
    string,
    table,
)
from sscli.inventory.readers.interface import Reader, ReadOptions

RUNTIME = "default"


@dataclass
class _Entry:
    """One package of a pdm.lock, with the groups it belongs to and what it requires."""

    package: Package
    groups: frozenset[str]
    marker: str | None
    requirements: list[Requirement] = field(default_factory=list)


class PdmLockReader(Reader):
    kind = "pdm"
    description = "PDM lock file (pdm.lock)"

    def matches(self, path: Path) -> bool:
        return detect.pdm_name(path)

    def sniff(self, head: str) -> bool:
        return detect.pdm_head(head)

    def read(self, path: Path, options: ReadOptions) -> Inventory:
        document = load_toml(path)
        metadata = table(document.get("metadata", {}), path=path, field="metadata")
        lock_version = metadata.get("lock_version")
        if not isinstance(lock_version, str) or not lock_version.startswith("4."):
            raise InputError(
                f"unsupported lock_version {lock_version!r} (sscli reads 4.x)",
                path=path,
                field="metadata.lock_version",
            )
        strategy = array(metadata.get("strategy"), path=path, field="metadata.strategy")
        if "inherit_metadata" not in strategy:
            raise InputError(
                "this pdm.lock has no per-package groups (strategy without inherit_metadata)",
                path=path,
                hint="re-lock with a current PDM (`pdm lock --strategy inherit_metadata`)",
            )
        groups = frozenset(
            canonicalize_name(str(g))
            for g in array(metadata.get("groups"), path=path, field="metadata.groups")
        )
        declared = groups - {RUNTIME}
        selection = options.selection
        selection.check_known(groups=declared, extras=declared, where=path)
        wanted = {RUNTIME} | selection.wanted_groups(declared) | selection.wanted_extras(declared)
        entries = self._entries(document, path, options)
        chosen: dict[str, _Entry] = {}
        for entry in entries:
            if not entry.groups & wanted:
                continue
            if not any(
                s.holds(entry.marker, where="marker", path=path) for s in selection.scopes()
            ):
                continue
            known = chosen.get(entry.package.key)
            if known is None:
                chosen[entry.package.key] = entry
            else:
                known.requirements += entry.requirements
                artifacts = _unique(known.package.artifacts + entry.package.artifacts)
                known.package = replace(known.package, artifacts=artifacts)
                known.groups |= entry.groups
        return Inventory(
            packages=tuple(_finish(chosen, selection)),
            source_kind=self.kind,
            source_path=str(path),
        )

    def _entries(self, document: Any, path: Path, options: ReadOptions) -> list[_Entry]:
        entries = []
        for number, raw in enumerate(array(document.get("package"), path=path, field="package")):
            where = f"package[{number}]"
            entry = table(raw, path=path, field=where)
            display = string(entry.get("name"), path=path, field=f"{where}.name")
            assert display is not None
            name = normalize_name(display)
            version_text = string(
                entry.get("version"), path=path, field=f"{where}.version", required=False
            )
            requirements = []
            for n, text in enumerate(
                array(entry.get("dependencies"), path=path, field=f"{where}.dependencies")
            ):
                try:
                    requirements.append(Requirement(str(text)))
                except InvalidRequirement as exc:
                    raise InputError(
                        f"invalid dependency {str(text)[:200]!r}",
                        path=path,
                        field=f"{where}.dependencies[{n}]",
                    ) from exc
            package = Package(
                name=name,
                version=canonical_version(version_text, path=path, field=f"{where}.version")
                if version_text
                else None,
                display_name=display if display != name else None,
                artifacts=tuple(
                    _file(f, path, f"{where}.files[{n}]")
                    for n, f in enumerate(
                        array(entry.get("files"), path=path, field=f"{where}.files")
                    )
                ),
                description=string(
                    entry.get("summary"), path=path, field=f"{where}.summary", required=False
                )
                or None,
                location=options.location(path),
                origin=_origin(entry, path, where),
            )
            entries.append(
                _Entry(
                    package,
                    frozenset(
                        canonicalize_name(str(g))
                        for g in array(entry.get("groups"), path=path, field=f"{where}.groups")
                    ),
                    string(entry.get("marker"), path=path, field=f"{where}.marker", required=False),
                    requirements,
                )
            )
        return entries


def _unique(artifacts: tuple[Artifact, ...]) -> tuple[Artifact, ...]:
    seen: dict[tuple[object, ...], Artifact] = {}
    for artifact in artifacts:
        seen.setdefault((artifact.filename, *sorted(artifact.hashes.items())), artifact)
    return tuple(seen.values())


def _finish(chosen: dict[str, _Entry], selection: Any) -> list[Package]:
    by_name: dict[str, list[str]] = {}
    for key, entry in chosen.items():
        by_name.setdefault(entry.package.name, []).append(key)
    packages = []
    for _key, entry in sorted(chosen.items()):
        dependencies: dict[str, None] = {}
        for requirement in entry.requirements:
            target = normalize_name(requirement.name)
            marker = str(requirement.marker) if requirement.marker else None
            if target == entry.package.name or target not in by_name:
                continue
            if not any(s.holds(marker) for s in selection.scopes()):
                continue
            for candidate in by_name[target]:
                version = chosen[candidate].package.version
                if version is None or requirement.specifier.contains(version, prereleases=True):
                    dependencies[candidate if len(by_name[target]) > 1 else target] = None
        package = replace(entry.package, dependencies=tuple(dependencies))
        if selection.universal and entry.marker:
            package = replace(package, properties=(("sscli:marker", entry.marker),))
        if not selection.runtime_only:
            package = replace(
                package, scope=Scope.REQUIRED if RUNTIME in entry.groups else Scope.OPTIONAL
            )
        packages.append(package)
    return packages


def _origin(entry: Any, path: Path, where: str) -> Origin | None:
    git = string(entry.get("git"), path=path, field=f"{where}.git", required=False)
    if git:
        revision = string(
            entry.get("revision"), path=path, field=f"{where}.revision", required=False
        )
        ref = string(entry.get("ref"), path=path, field=f"{where}.ref", required=False)
        subdirectory = string(
            entry.get("subdirectory"), path=path, field=f"{where}.subdirectory", required=False
        )
        return Origin(
            OriginKind.GIT,
            url=strip_credentials(git),
            commit=revision,
            ref=ref,
            subdirectory=subdirectory,
        )
    url = string(entry.get("url"), path=path, field=f"{where}.url", required=False)
    if url:
        return Origin(OriginKind.URL, url=strip_credentials(url))
    local = string(entry.get("path"), path=path, field=f"{where}.path", required=False)
    if local:
        return Origin(
            OriginKind.PATH, path=local_path(local), editable=entry.get("editable") is True
        )
    return None


def _file(raw: object, path: Path, field: str) -> Artifact:
    entry = table(raw, path=path, field=field)
    text = string(entry.get("hash"), path=path, field=f"{field}.hash")
    assert text is not None
    algorithm, digest = parse_hash(text, path=path, field=f"{field}.hash")
    filename = string(entry.get("file"), path=path, field=f"{field}.file", required=False)
    url = string(entry.get("url"), path=path, field=f"{field}.url", required=False)
    return artifact_from_url(
        strip_credentials(url) if url else None, {algorithm: digest}, None, filename
    )
