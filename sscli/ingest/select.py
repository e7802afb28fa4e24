"""Which distribution files of a pinned package to ingest, for which target environments."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

from packaging.tags import Tag, compatible_tags, cpython_tags, sys_tags
from packaging.utils import InvalidWheelFilename, parse_wheel_filename

from sscli.index.models import IndexFile, ProjectPage
from sscli.inventory.model import Package, distribution_filename


@dataclass(frozen=True)
class Target:
    """Target environments: wheel tags they accept. No platforms and no Python version means
    "the lock's files" (all of them), else the running interpreter's tags."""

    platforms: tuple[str, ...] = ()
    python_version: str | None = None
    include_sdist: bool = False

    @property
    def is_explicit(self) -> bool:
        return bool(self.platforms or self.python_version)

    @cached_property
    def tags(self) -> dict[Tag, int]:
        """Accepted tags, most preferred first (tag -> rank)."""
        if not self.is_explicit:
            ordered = list(sys_tags())
        else:
            version = tuple(int(p) for p in (self.python_version or "3.11").split(".")[:2])
            platforms = list(self.platforms) or None
            ordered = [*cpython_tags(version, platforms=platforms)]
            ordered += compatible_tags(version, platforms=platforms)
        ranks: dict[Tag, int] = {}
        for rank, tag in enumerate(ordered):
            ranks.setdefault(tag, rank)
        return ranks

    def rank(self, filename: str) -> int | None:
        """How preferred a wheel is for the target (lower is better); None if not installable."""
        try:
            tags = parse_wheel_filename(filename)[3]
        except InvalidWheelFilename:
            return None
        ranks = [self.tags[tag] for tag in tags if tag in self.tags]
        return min(ranks) if ranks else None

    def accepts_wheel(self, filename: str) -> bool:
        return self.rank(filename) is not None


@dataclass(frozen=True)
class Wanted:
    """A file to ingest: its index listing and the sha256 digests the lock allows for it
    (None with --pin, when the lock has none)."""

    package: Package
    listing: IndexFile
    expected_sha256: frozenset[str] | None


def select_files(
    package: Package, page: ProjectPage, target: Target
) -> tuple[list[Wanted], str | None]:
    """(files to ingest, problem). Locked files are matched on the index by name or sha256; a
    listing without a hash, at the pinned version, is taken and must hash to one of the lock's
    digests. Unlocked packages (for --pin) take the target's best wheel, plus the sdist when
    asked or when there is no wheel."""
    # only files of this very project: an index page may list anything
    page = ProjectPage(
        page.name,
        tuple(f for f in page.files if _project_of(f.filename) == package.name),
        page.source,
    )
    pinned = [a for a in package.artifacts if a.sha256]
    if not pinned:
        candidates = [f for f in page.files if _version_of(f.filename) == package.version]
        if not candidates:
            return [], f"the index has no files for {package.name} {package.version}"
        wanted = [Wanted(package, f, None) for f in candidates]
        return _for_target(wanted, target, best_only=True), None
    chosen: dict[str, Wanted] = {}
    missing: list[str] = []
    all_digests = frozenset(a.sha256 for a in pinned if a.sha256)
    for artifact in pinned:
        listing = (page.file(artifact.filename) if artifact.filename else None) or page.by_sha256(
            artifact.sha256 or ""
        )
        if listing is not None:
            chosen[listing.filename] = Wanted(package, listing, frozenset({artifact.sha256 or ""}))
        elif artifact.filename is not None:
            missing.append(artifact.filename)
    for listing in page.files:
        if "sha256" not in listing.hashes and _version_of(listing.filename) == package.version:
            chosen.setdefault(listing.filename, Wanted(package, listing, all_digests))
    if not chosen:
        if missing:
            return [], f"none of the locked files is on the index ({', '.join(sorted(missing))})"
        return [], "the index offers no file with any of the locked hashes"
    selected = _for_target(list(chosen.values()), target)
    # A lock lists every file of a release (Poetry, uv); an index that lacks some of them (a
    # wheel-only mirror) is fine as long as what the target installs is there. Asked-for sdists
    # are not optional.
    if target.include_sdist:
        for filename in missing:
            if not filename.endswith(".whl"):
                return [], f"{filename} is not on the index"
    if not selected:
        return [], f"no locked file for this target is on the index ({', '.join(sorted(missing))})"
    return selected, None


def _for_target(wanted: list[Wanted], target: Target, *, best_only: bool = False) -> list[Wanted]:
    wheels = [w for w in wanted if w.listing.filename.endswith(".whl")]
    sdists = [w for w in wanted if not w.listing.filename.endswith(".whl")]
    if target.is_explicit or best_only:
        wheels = [w for w in wheels if target.accepts_wheel(w.listing.filename)]
    if best_only and wheels:
        wheels = [min(wheels, key=lambda w: target.rank(w.listing.filename) or 0)]
    chosen = list(wheels)
    if target.include_sdist or not wheels:
        chosen.extend(sdists)
    return chosen


def _project_of(filename: str) -> str | None:
    parsed = distribution_filename(filename)
    return parsed[0] if parsed else None


def _version_of(filename: str) -> str | None:
    parsed = distribution_filename(filename)
    return parsed[1] if parsed else None
