"""The finding model every backend produces and every renderer consumes."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from functools import cached_property

from sscli.inventory import Location
from sscli.scan.severity import Level, Severity


class Status(StrEnum):
    """VEX status of a finding (OpenVEX names)."""

    AFFECTED = "affected"
    NOT_AFFECTED = "not_affected"
    FIXED = "fixed"
    UNDER_INVESTIGATION = "under_investigation"

    @property
    def suppresses(self) -> bool:
        return self in (Status.NOT_AFFECTED, Status.FIXED)


@dataclass(frozen=True)
class VexAssessment:
    """Why a VEX document changed a finding's status."""

    status: Status
    source: str  # the VEX file
    justification: str | None = None
    detail: str | None = None


@dataclass(frozen=True, init=False)
class Finding:
    """One advisory affecting one package at one version.

    A scan builds tens of thousands of these, so `__init__` fills the instance's dict in one
    call instead of the dataclass's one frozen `object.__setattr__` per field (twice as fast);
    the instance is as frozen, compared and hashed as any dataclass."""

    advisory_id: str
    aliases: tuple[str, ...]
    summary: str
    severity: Severity
    package: str  # PEP 503 normalized
    version: str
    purl: str
    location: Location | None
    fixed_versions: tuple[str, ...]
    smallest_fix: str | None
    references: tuple[str, ...] = ()
    published: str | None = None
    modified: str | None = None
    vex: VexAssessment | None = None

    def __init__(  # noqa: PLR0917 - the dataclass's fields, in their order
        self,
        advisory_id: str,
        aliases: tuple[str, ...],
        summary: str,
        severity: Severity,
        package: str,
        version: str,
        purl: str,
        location: Location | None,
        fixed_versions: tuple[str, ...],
        smallest_fix: str | None,
        references: tuple[str, ...] = (),
        published: str | None = None,
        modified: str | None = None,
        vex: VexAssessment | None = None,
    ) -> None:
        self.__dict__.update(
            advisory_id=advisory_id,
            aliases=aliases,
            summary=summary,
            severity=severity,
            package=package,
            version=version,
            purl=purl,
            location=location,
            fixed_versions=fixed_versions,
            smallest_fix=smallest_fix,
            references=references,
            published=published,
            modified=modified,
            vex=vex,
        )

    @property
    def status(self) -> Status:
        return self.vex.status if self.vex else Status.AFFECTED

    @property
    def suppressed(self) -> bool:
        return self.status.suppresses

    @property
    def ids(self) -> frozenset[str]:
        """The advisory id and its aliases."""
        return frozenset((self.advisory_id, *self.aliases))


@dataclass(frozen=True)
class SkippedPackage:
    """A package that could not be checked, and why."""

    name: str
    version: str | None
    reason: str


@dataclass(frozen=True)
class DatabaseInfo:
    """The vulnerability data a scan used (for reports and the in-toto predicate)."""

    uri: str
    version: str | None = None
    last_update: datetime | None = None


@dataclass(frozen=True)
class ScanReport:
    """Everything one scan found, including what it suppressed and what it skipped."""

    findings: tuple[Finding, ...]
    scanned: int
    service: str
    database: DatabaseInfo
    started: datetime
    finished: datetime
    input_path: str | None = None
    skipped: tuple[SkippedPackage, ...] = ()
    warnings: tuple[str, ...] = field(default_factory=tuple)

    @cached_property
    def active(self) -> tuple[Finding, ...]:
        """Findings not suppressed by VEX."""
        return tuple(f for f in self.findings if f.vex is None or not f.vex.status.suppresses)

    @cached_property
    def suppressed(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.vex is not None and f.vex.status.suppresses)

    def over_threshold(self, threshold: Level | None) -> tuple[Finding, ...]:
        """Active findings at or above `threshold`; None means any finding, of any level."""
        if threshold is None:
            return self.active
        return tuple(f for f in self.active if f.severity.level.rank >= threshold.rank)
