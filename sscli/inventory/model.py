"""The hub model: every reader produces an `Inventory`, every consumer takes one.

Frozen dataclasses, so an Inventory can be shared between stages without defensive copies.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from enum import StrEnum

TYPE_CHECKING = False  # typing's, without importing typing (see sscli/__init__.py)
if TYPE_CHECKING:
    from packaging.version import Version

# PEP 508's names are ASCII: re.ASCII, or IGNORECASE lets [A-Z] take the long s, the Kelvin sign
# and dotted capitals ("\u017fetuptools" is not setuptools to the index, to a typosquat check
# or to pip); \Z, as $ also matches before a final newline.
_VALID_NAME = re.compile(r"^([A-Z0-9]|[A-Z0-9][A-Z0-9._-]*[A-Z0-9])\Z", re.IGNORECASE | re.ASCII)


def normalize_name(name: str) -> str:
    """PEP 503 normalized project name. A name PEP 508 does not allow (slashes, spaces, empty)
    is an `InputError`: names become paths in the vault."""
    if type(name) is str:
        known = _NORMALIZED.get(name)
        if known is not None:  # a lock names each package twice or more (entry, dependencies)
            return known
    if not isinstance(name, str) or not _VALID_NAME.match(name):
        from sscli.errors import InputError

        raise InputError(f"invalid project name {str(name)[:100]!r}")
    normalized = canonical_name(name)
    if type(name) is str and len(_NORMALIZED) < 1 << 16:
        _NORMALIZED[name] = normalized
    return normalized


_NORMALIZED: dict[str, str] = {}  # valid names only


def canonical_name(name: str) -> str:
    """`packaging.utils.canonicalize_name(name)`, step for step (a test compares them), without
    importing packaging.utils: it imports packaging.tags, and with it logging, platform and
    subprocess, for a scan that reads no tag."""
    value = name.lower().replace("_", "-").replace(".", "-")
    while "--" in value:
        value = value.replace("--", "-")
    return value


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


_PLAIN_NAME = re.compile(r"[0-9a-z.-]+")
_PLAIN_VERSION = re.compile(r"[0-9a-z.]+")


def pypi_purl(
    name: str, version: str | None, *, qualifiers: Mapping[str, str] | None = None
) -> str:
    """A `pkg:pypi/...` package URL (names normalized as the purl spec asks for PyPI)."""
    normalized = normalize_name(name)
    plain = (
        version is not None
        and _PLAIN_NAME.fullmatch(normalized)
        and _PLAIN_VERSION.fullmatch(version)
    )
    if plain and not qualifiers:
        # what PackageURL writes for these characters, without its per-part normalization
        return f"pkg:pypi/{normalized}@{version}"
    from packageurl import PackageURL  # here: it imports inspect, and plain pins need none

    return PackageURL(
        type="pypi",
        name=normalized,
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
    """A link about a package: its homepage, repository, documentation, ..."""

    type: RefType
    url: str
    comment: str | None = None


@dataclass(frozen=True)
class Location:
    """Where a package was declared: a file and, when known, its 1-based line."""

    path: str
    line: int | None = None


class OriginKind(StrEnum):
    """Where a package comes from when it is not a release on an index."""

    GIT = "git"  # a VCS checkout (uv, poetry, pdm, Pipfile.lock, pylock `vcs`)
    URL = "url"  # a direct archive URL
    PATH = "path"  # a local archive or directory outside the project
    WORKSPACE = "workspace"  # a member of the project's own workspace (or the project itself)


@dataclass(frozen=True)
class Origin:
    """A non-index source. `url` never carries credentials; `path` is relative to the project."""

    kind: OriginKind
    url: str | None = None
    commit: str | None = None
    ref: str | None = None
    subdirectory: str | None = None
    path: str | None = None
    editable: bool = False

    @property
    def vcs_url(self) -> str | None:
        """The purl `vcs_url` form: `git+https://host/repo@commit`."""
        if self.kind is not OriginKind.GIT or not self.url:
            return None
        url = self.url if self.url.startswith("git+") else f"git+{self.url}"
        revision = self.commit or self.ref
        return f"{url}@{revision}" if revision else url

    def describe(self) -> str:
        if self.kind is OriginKind.GIT:
            return f"a git source ({self.vcs_url})"
        if self.kind is OriginKind.URL:
            return f"a direct URL ({self.url})"
        if self.kind is OriginKind.WORKSPACE:
            return f"the project's workspace ({self.path or '.'})"
        return f"a local path ({self.path})"


def strip_credentials(url: str) -> str:
    """`url` without a `user:password@` part: SBOMs and reports must not leak tokens."""
    from urllib.parse import urlsplit, urlunsplit

    if "@" not in url:
        return url
    try:
        parts = urlsplit(url)
    except ValueError:
        return url
    if "@" not in parts.netloc:
        return url
    host = parts.netloc.rsplit("@", 1)[1]
    return urlunsplit((parts.scheme, host, parts.path, parts.query, parts.fragment))


class Scope(StrEnum):
    """CycloneDX component scope: required by the runtime, or brought by a group or extra."""

    REQUIRED = "required"
    OPTIONAL = "optional"


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
    origin: Origin | None = None  # set when it does not come from an index
    scope: Scope | None = None

    def __post_init__(self) -> None:
        if self.name != normalize_name(self.name):
            raise ValueError(f"package name {self.name!r} is not normalized")

    @property
    def key(self) -> str:
        """Identity within an inventory: `name==version` (or just the name)."""
        # Read several times a package: kept beside the fields (a frozen instance's never
        # change), not in a cached_property, whose first read takes a lock.
        key: str | None = self.__dict__.get("_key")
        if key is None:
            key = self.__dict__["_key"] = (
                f"{self.name}=={self.version}" if self.version else self.name
            )
        return key

    @property
    def package_url(self) -> str:
        if self.purl:
            return self.purl
        origin = self.origin
        if origin is not None and origin.kind in (OriginKind.PATH, OriginKind.WORKSPACE):
            from packageurl import PackageURL

            return PackageURL(type="generic", name=self.name, version=self.version).to_string()
        qualifiers: dict[str, str] = {}
        if origin is not None and origin.vcs_url:
            qualifiers["vcs_url"] = origin.vcs_url
        elif origin is not None and origin.kind is OriginKind.URL and origin.url:
            qualifiers["download_url"] = origin.url
        return pypi_purl(self.display_name or self.name, self.version, qualifiers=qualifiers)

    @property
    def from_index(self) -> bool:
        """True when the package is a release on a package index (and so can be scanned)."""
        if self.origin is not None:
            return False
        if self.purl is None:
            return True
        from packageurl import PackageURL

        try:
            parsed = PackageURL.from_string(self.purl)
        except ValueError:
            return False
        qualifiers = parsed.qualifiers if isinstance(parsed.qualifiers, dict) else {}
        return parsed.type == "pypi" and not {"vcs_url", "download_url"} & set(qualifiers)

    @property
    def parsed_version(self) -> Version | None:
        if self.version is None:
            return None
        try:
            from packaging.version import Version

            return Version(self.version)
        except ValueError:  # InvalidVersion, or more digits than int() takes
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
    # True when the packages are declared ranges (a project without a lock), not pinned versions
    unresolved: bool = False

    def __post_init__(self) -> None:
        seen: set[str] = set()
        for package in self.packages:
            if package.key in seen:
                raise ValueError(f"duplicate package {package.key}")
            seen.add(package.key)

    def index_releases(self) -> tuple[Inventory, tuple[Package, ...]]:
        """(this inventory with only the packages that come from an index, the others). A git,
        URL or path package must never be fetched from an index by its name: another project
        may own that name there."""
        from dataclasses import replace

        kept = tuple(p for p in self.packages if p.from_index)
        left = tuple(p for p in self.packages if not p.from_index)
        return replace(self, packages=kept), left

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
