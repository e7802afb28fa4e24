"""The hub model: every reader produces an `Inventory`, every consumer takes one.

Frozen dataclasses, so an Inventory can be shared between stages without defensive copies.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from enum import StrEnum

from packageurl import PackageURL
from packaging.utils import canonicalize_name
from packaging.version import InvalidVersion, Version

_VALID_NAME = re.compile(r"^([A-Z0-9]|[A-Z0-9][A-Z0-9._-]*[A-Z0-9])$", re.IGNORECASE)


def normalize_name(name: str) -> str:
    """PEP 503 normalized project name. A name PEP 508 does not allow (slashes, spaces, empty)
    is an `InputError`: names become paths in the vault."""
    if not isinstance(name, str) or not _VALID_NAME.match(name):
        from sscli.errors import InputError

        raise InputError(f"invalid project name {str(name)[:100]!r}")
    return canonicalize_name(name)


def distribution_filename(filename: str) -> tuple[str, str] | None:
    """(normalized project name, version) of a wheel or sdist file name, or None if it is not
    one."""
    from packaging.utils import (
        InvalidSdistFilename,
        InvalidWheelFilename,
        parse_sdist_filename,
        parse_wheel_filename,
    )

    try:
        if filename.endswith(".whl"):
            name, version, _build, _tags = parse_wheel_filename(filename)
        else:
            name, version = parse_sdist_filename(filename)
    except (InvalidWheelFilename, InvalidSdistFilename):
        return None
    return str(name), str(version)


def pypi_purl(
    name: str, version: str | None, *, qualifiers: Mapping[str, str] | None = None
) -> str:
    """A `pkg:pypi/...` package URL (names normalized as the purl spec asks for PyPI)."""
    return PackageURL(
        type="pypi",
        name=normalize_name(name),
        version=version,
        qualifiers=dict(qualifiers) if qualifiers else None,
    ).to_string()


@dataclass(frozen=True)
class Artifact:
    """One distribution file of a package: a wheel, an sdist or another archive.

    `filename` is None when only the file's hash is known (a `--hash` in requirements.txt).
    """

    filename: str | None = None
    hashes: Mapping[str, str] = field(default_factory=dict)  # algorithm -> lowercase hex
    size: int | None = None
    url: str | None = None

    @property
    def sha256(self) -> str | None:
        return self.hashes.get("sha256")

    @property
    def kind(self) -> str:
        """`wheel`, `sdist` or `other`, from the filename."""
        lower = (self.filename or "").lower()
        if lower.endswith(".whl"):
            return "wheel"
        if lower.endswith((".tar.gz", ".zip", ".tar.bz2", ".tgz")):
            return "sdist"
        return "other"


class RefType(StrEnum):
    """External reference kinds, named as CycloneDX names them."""

    WEBSITE = "website"
    VCS = "vcs"
    DOCUMENTATION = "documentation"
    ISSUE_TRACKER = "issue-tracker"
    DISTRIBUTION = "distribution"
    RELEASE_NOTES = "release-notes"
    OTHER = "other"


@dataclass(frozen=True)
class ExternalRef:
    type: RefType
    url: str
    comment: str | None = None


@dataclass(frozen=True)
class Location:
    """Where a package was declared: a file and, when known, its 1-based line."""

    path: str
    line: int | None = None


@dataclass(frozen=True)
class Package:
    """A Python distribution at one version, with everything known about it."""

    name: str  # PEP 503 normalized
    version: str | None  # PEP 440 canonical text; None only for unversioned roots
    display_name: str | None = None  # as spelled upstream, when it differs
    artifacts: tuple[Artifact, ...] = ()
    # direct dependencies: normalized names, or `name==version` where a lock holds several versions
    dependencies: tuple[str, ...] = ()
    license_expression: str | None = None  # SPDX expression
    license_names: tuple[str, ...] = ()  # licenses that map to no SPDX id
    author: str | None = None
    supplier: str | None = None
    description: str | None = None
    external_refs: tuple[ExternalRef, ...] = ()
    index_url: str | None = None
    location: Location | None = None
    purl: str | None = None  # set when it is not the plain pypi purl (e.g. read from an SBOM)
    properties: tuple[tuple[str, str], ...] = ()
    bom_ref: str | None = None  # the identifier it had in an SBOM it was read from

    def __post_init__(self) -> None:
        if self.name != normalize_name(self.name):
            raise ValueError(f"package name {self.name!r} is not normalized")

    @property
    def key(self) -> str:
        """Identity within an inventory: `name==version` (or just the name)."""
        return f"{self.name}=={self.version}" if self.version else self.name

    @property
    def package_url(self) -> str:
        return self.purl or pypi_purl(self.display_name or self.name, self.version)

    @property
    def parsed_version(self) -> Version | None:
        if self.version is None:
            return None
        try:
            return Version(self.version)
        except InvalidVersion:
            return None

    @property
    def sha256_hashes(self) -> tuple[str, ...]:
        return tuple(a.sha256 for a in self.artifacts if a.sha256)


@dataclass(frozen=True)
class Problem:
    """Something a reader could not turn into a pinned package; reported, never guessed."""

    message: str
    location: Location | None = None
    requirement: str | None = None

    def __str__(self) -> str:
        where = ""
        if self.location:
            where = self.location.path
            if self.location.line is not None:
                where += f":{self.location.line}"
            where += ": "
        return f"{where}{self.message}"


@dataclass(frozen=True)
class Inventory:
    """Packages, their dependency edges, and the root component (the project or subject).

    `packages` are the third-party components. `root` describes what the inventory is about:
    the local project, or the distribution file that was read (a root with distribution files
    is itself a component: see `components()`).
    """

    packages: tuple[Package, ...]
    root: Package | None = None
    source_kind: str = "unknown"  # the reader that produced it: requirements, uv-lock, ...
    source_path: str | None = None
    problems: tuple[Problem, ...] = ()
    metadata_properties: tuple[tuple[str, str], ...] = ()
    # the PEP 508 environment that markers were evaluated against (empty when none were)
    marker_environment: Mapping[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        seen: set[str] = set()
        for package in self.packages:
            if package.key in seen:
                raise ValueError(f"duplicate package {package.key}")
            seen.add(package.key)

    def components(self) -> Iterator[Package]:
        """Every package that exists as a distribution: the packages, plus a root that does."""
        if self.root is not None and self.root.artifacts and self.root.version:
            yield self.root
        yield from self.packages

    def by_name(self) -> dict[str, list[Package]]:
        index: dict[str, list[Package]] = {}
        for package in self.packages:
            index.setdefault(package.name, []).append(package)
        return index

    def edges(self) -> Iterator[tuple[Package, Package]]:
        """Resolved dependency edges (dependent, dependency), within this inventory."""
        index = self.by_name()
        nodes = [self.root, *self.packages] if self.root is not None else list(self.packages)
        for package in nodes:
            for dep in package.dependencies:
                name, _, version = dep.partition("==")
                for target in index.get(name, ()):
                    if not version or target.version == version:
                        yield package, target
