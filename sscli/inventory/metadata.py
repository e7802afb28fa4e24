"""Core metadata (METADATA / PKG-INFO) to `Package`, without executing anything."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from packaging.markers import UndefinedEnvironmentName
from packaging.requirements import InvalidRequirement, Requirement
from packaging.version import Version

from sscli.errors import InputError
from sscli.inventory.licenses import resolve_licenses
from sscli.inventory.model import ExternalRef, Package, RefType, normalize_name

MAX_METADATA_BYTES = 4 * 1024 * 1024

_URL_LABELS: dict[str, RefType] = {
    "homepage": RefType.WEBSITE,
    "home": RefType.WEBSITE,
    "source": RefType.VCS,
    "sourcecode": RefType.VCS,
    "repository": RefType.VCS,
    "code": RefType.VCS,
    "github": RefType.VCS,
    "gitlab": RefType.VCS,
    "documentation": RefType.DOCUMENTATION,
    "docs": RefType.DOCUMENTATION,
    "issues": RefType.ISSUE_TRACKER,
    "issuetracker": RefType.ISSUE_TRACKER,
    "tracker": RefType.ISSUE_TRACKER,
    "bugtracker": RefType.ISSUE_TRACKER,
    "bugs": RefType.ISSUE_TRACKER,
    "changelog": RefType.RELEASE_NOTES,
    "changes": RefType.RELEASE_NOTES,
    "releasenotes": RefType.RELEASE_NOTES,
}
_VCS_HOSTS = re.compile(
    r"^https?://(www\.)?(github\.com|gitlab\.com|bitbucket\.org|codeberg\.org)/"
)


@dataclass(frozen=True)
class CoreMetadata:
    """A distribution's core metadata, read: the package it describes and what it requires."""

    name: str
    version: str
    package: Package  # name, version, licenses, people, urls; no artifacts or dependencies
    requires_dist: tuple[Requirement, ...]


def parse_core_metadata(data: bytes, *, origin: str) -> CoreMetadata:
    """Parse METADATA/PKG-INFO bytes. Malformed content is an `InputError` naming `origin`."""
    if len(data) > MAX_METADATA_BYTES:
        raise InputError("metadata file is larger than 4 MiB", path=origin)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"metadata is not valid UTF-8 (byte offset {exc.start})", path=origin
        ) from exc
    from packaging.metadata import parse_email  # lazy: it imports email (~25 ms)

    raw, _unparsed = parse_email(text)
    name = raw.get("name")
    version_text = raw.get("version")
    if not name:
        raise InputError("metadata has no Name", path=origin, field="Name")
    if not version_text:
        raise InputError("metadata has no Version", path=origin, field="Version")
    try:
        version = str(Version(version_text))
    except ValueError as exc:  # InvalidVersion, or more digits than int() takes
        raise InputError(
            f"invalid version {version_text!r} (not PEP 440)", path=origin, field="Version"
        ) from exc
    requirements = []
    for line in raw.get("requires_dist", []):
        try:
            requirements.append(Requirement(line))
        except InvalidRequirement as exc:
            raise InputError(f"invalid Requires-Dist {line!r}: {exc}", path=origin) from exc
    expression, names = resolve_licenses(
        raw.get("license_expression"), raw.get("license"), raw.get("classifiers", [])
    )
    package = Package(
        name=normalize_name(name),
        version=version,
        display_name=name if name != normalize_name(name) else None,
        license_expression=expression,
        license_names=names,
        author=_person(raw.get("author"), raw.get("author_email")),
        supplier=_person(raw.get("maintainer"), raw.get("maintainer_email")),
        description=_one_line(raw.get("summary")),
        external_refs=_external_refs(raw.get("home_page"), raw.get("project_urls", {})),
    )
    return CoreMetadata(name, version, package, tuple(requirements))


def _one_line(text: str | None) -> str | None:
    if not text:
        return None
    return " ".join(text.split())[:1000] or None


def _person(name: str | None, email: str | None) -> str | None:
    parts = [p.strip() for p in (name, email) if p and p.strip() and p.strip() != "UNKNOWN"]
    if not parts:
        return None
    return _one_line(" ".join(parts) if len(parts) == 1 or parts[0] in parts[1] else parts[0])


def _external_refs(
    home_page: str | None, project_urls: Mapping[str, str]
) -> tuple[ExternalRef, ...]:
    refs: list[ExternalRef] = []
    if home_page and home_page.startswith(("http://", "https://")):
        refs.append(ExternalRef(RefType.WEBSITE, home_page.strip()))
    for label, raw_url in project_urls.items():
        url = raw_url.strip()
        if not url.startswith(("http://", "https://")):
            continue
        key = re.sub(r"[^a-z]", "", label.lower())
        kind = _URL_LABELS.get(key)
        if kind is None:
            kind = RefType.VCS if _VCS_HOSTS.match(url) else RefType.OTHER
        refs.append(ExternalRef(kind, url, comment=label.strip() or None))
    unique = {(ref.type, ref.url): ref for ref in refs}
    return tuple(unique.values())


def active_dependencies(
    requirements: tuple[Requirement, ...],
    environment: Mapping[str, str],
    extras: frozenset[str] = frozenset(),
) -> tuple[str, ...]:
    """Names required in `environment` (markers evaluated; `extra` markers against `extras`)."""
    names: dict[str, None] = {}
    for requirement in requirements:
        if requirement.marker is not None:
            try:
                candidates = extras or frozenset({""})
                if not any(
                    requirement.marker.evaluate({**environment, "extra": extra})
                    for extra in candidates
                ):
                    continue
            except UndefinedEnvironmentName:
                continue
        names[normalize_name(requirement.name)] = None
    return tuple(names)
