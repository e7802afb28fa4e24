"""The policy model: typed, with defaults, built from a validated policy document."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from sscli.inventory.model import normalize_name

TYPE_CHECKING = False  # typing's, without importing typing (see sscli/__init__.py)
if TYPE_CHECKING:
    from typing import Any

    from sscli.policy.deploy import DeployPolicy
    from sscli.policy.source import SourcePolicy

_UNITS = {"m": timedelta(minutes=1), "h": timedelta(hours=1), "d": timedelta(days=1),
          "w": timedelta(weeks=1)}  # fmt: skip
LEVELS = ("low", "medium", "high", "critical")


# Durations are lifetimes and ages: anything longer is a typo, and would overflow datetimes.
MAX_DURATION = timedelta(days=100 * 366)


def parse_duration(text: str) -> timedelta:
    """A duration such as 90m, 36h, 7d or 2w; at most 100 years (`ValueError` otherwise)."""
    match = re.fullmatch(r"([0-9]{1,9})([mhdw])", text)
    if match is None:
        raise ValueError(f"not a duration such as 90m, 36h, 7d or 2w: {text!r}")
    if int(match.group(1)) * _UNITS[match.group(2)] > MAX_DURATION:
        raise ValueError(f"{text} is longer than the 100 years a duration may be")
    return int(match.group(1)) * _UNITS[match.group(2)]


def policy_duration(text: str, *, path: Path | None, field: str) -> timedelta:
    """`parse_duration` for a policy field: an unusable value is an input error naming it."""
    from sscli.errors import InputError

    try:
        return parse_duration(text)
    except ValueError as exc:
        raise InputError(str(exc), path=path, field=field) from None


@dataclass(frozen=True)
class PolicyException:
    """A waiver of some rules for one package, with a reason and an expiry date."""

    package: str
    rules: frozenset[str]
    reason: str
    expires: date
    version: str | None = None

    def is_expired(self, today: date) -> bool:
        return today > self.expires

    def covers(self, package: str, version: str | None, rule: str) -> bool:
        return (
            self.package == package
            and rule in self.rules
            and (self.version is None or self.version == version)
        )


@dataclass(frozen=True)
class NameSelection:
    """`all` or a list of names in a policy (`build_from_source`): which packages it covers."""

    every: bool = False
    names: frozenset[str] = frozenset()

    def __contains__(self, name: object) -> bool:
        return self.every or (isinstance(name, str) and normalize_name(name) in self.names)

    def __bool__(self) -> bool:
        return self.every or bool(self.names)


def name_selection(value: Any) -> NameSelection:
    """A schema-validated `all | [names]` value (absent: none)."""
    if value == "all":
        return NameSelection(every=True)
    return NameSelection(names=_names(value))


@dataclass(frozen=True)
class ArchiveLimits:
    """The bounds an archive must keep to be inspected (larger: refused, not unpacked)."""

    max_file_bytes: int = 512 * 1024 * 1024
    max_uncompressed_bytes: int = 2 * 1024 * 1024 * 1024
    max_ratio: int = 100
    max_members: int = 100_000


@dataclass(frozen=True)
class CodePolicy:
    """What code-inspection findings do: refuse the file (deny) or only report (warn)."""

    deny: frozenset[str] = frozenset({"high", "critical"})
    warn: frozenset[str] = frozenset({"medium"})


@dataclass(frozen=True)
class IngestPolicy:
    """What the ingest admits: yanked or new releases, sdists, names, licenses, findings."""

    allow_yanked: bool = False
    min_age: timedelta | None = None
    allow_sdist_only: frozenset[str] = frozenset()
    typosquat: bool = True
    typosquat_distance: int = 1
    typosquat_allow: frozenset[str] = frozenset()
    malicious_names: frozenset[str] = frozenset()
    licenses_allow: frozenset[str] = frozenset()  # empty: any license not denied
    licenses_deny: frozenset[str] = frozenset()
    licenses_unknown: str = "warn"
    vulnerabilities_fail_on: str = "high"
    require_provenance: dict[str, str | None] = field(default_factory=dict)  # name -> publisher
    archive: ArchiveLimits = field(default_factory=ArchiveLimits)
    code: CodePolicy = field(default_factory=CodePolicy)
    previous_release: str = "vault"  # none | vault | index: where the layout rules look
    exceptions: tuple[PolicyException, ...] = ()
    build_from_source: NameSelection = NameSelection()


@dataclass(frozen=True)
class Policy:
    """A loaded policy: its rules, where it came from, and the digest that attestations record."""

    ingest: IngestPolicy
    deploy: DeployPolicy | None = None
    source: SourcePolicy | None = None
    name: str = "default"
    path: str | None = None
    sha256: str | None = None

    def exception_for(
        self, package: str, version: str | None, rule: str, today: date | None = None
    ) -> tuple[PolicyException | None, PolicyException | None]:
        """(a valid exception covering the rule, an expired one that would have)."""
        today = today or datetime.now(tz=UTC).date()
        valid = expired = None
        for exception in self.ingest.exceptions:
            if exception.covers(package, version, rule):
                if exception.is_expired(today):
                    expired = exception
                else:
                    valid = exception
        return valid, expired


def _names(values: Any) -> frozenset[str]:
    return frozenset(normalize_name(v) for v in values or ())


def policy_from_document(
    document: dict[str, Any], *, path: Path | None, sha256: str | None
) -> Policy:
    """Build the model from a document already validated against the policy schema."""
    ingest = document.get("ingest", {})
    typosquat = ingest.get("typosquat", {})
    licenses = ingest.get("licenses", {})
    archive = ingest.get("archive", {})
    code = ingest.get("code", {})
    code_defaults = CodePolicy()
    defaults = ArchiveLimits()
    exceptions = tuple(
        PolicyException(
            package=normalize_name(e["package"]),
            rules=frozenset(e["rules"]),
            reason=e["reason"],
            expires=date.fromisoformat(e["expires"]),
            version=e.get("version"),
        )
        for e in ingest.get("exceptions", ())
    )
    deploy = None
    if "deploy" in document:
        from sscli.policy.deploy import deploy_from_document

        deploy = deploy_from_document(document["deploy"], path)
    source = None
    if "source" in document:
        from sscli.policy.source import source_from_document

        source = source_from_document(document["source"], path.parent if path else Path())
    return Policy(
        deploy=deploy,
        source=source,
        name=document.get("name", path.stem if path else "default"),
        path=str(path) if path else None,
        sha256=sha256,
        ingest=IngestPolicy(
            allow_yanked=ingest.get("allow_yanked", False),
            min_age=(
                policy_duration(ingest["min_age"], path=path, field="ingest.min_age")
                if "min_age" in ingest
                else None
            ),
            allow_sdist_only=_names(ingest.get("allow_sdist_only")),
            typosquat=typosquat.get("enabled", True),
            typosquat_distance=typosquat.get("max_distance", 1),
            typosquat_allow=_names(typosquat.get("allow")),
            malicious_names=_names(ingest.get("malicious_names")),
            licenses_allow=frozenset(licenses.get("allow", ())),
            licenses_deny=frozenset(licenses.get("deny", ())),
            licenses_unknown=licenses.get("unknown", "warn"),
            vulnerabilities_fail_on=ingest.get("vulnerabilities", {}).get("fail_on", "high"),
            require_provenance={
                normalize_name(item if isinstance(item, str) else item["package"]): (
                    None if isinstance(item, str) else item["publisher"]
                )
                for item in ingest.get("require_provenance", ())
            },
            archive=ArchiveLimits(
                max_file_bytes=archive.get("max_file_bytes", defaults.max_file_bytes),
                max_uncompressed_bytes=archive.get(
                    "max_uncompressed_bytes", defaults.max_uncompressed_bytes
                ),
                max_ratio=archive.get("max_ratio", defaults.max_ratio),
                max_members=archive.get("max_members", defaults.max_members),
            ),
            code=CodePolicy(
                deny=frozenset(code.get("deny", code_defaults.deny)),
                warn=frozenset(code.get("warn", code_defaults.warn)),
            ),
            previous_release=ingest.get("previous_release", "vault"),
            exceptions=exceptions,
            build_from_source=name_selection(ingest.get("build_from_source")),
        ),
    )
