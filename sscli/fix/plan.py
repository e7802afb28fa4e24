"""Which release each vulnerable pin moves to: the smallest release on the index, above the pin,
that the vulnerability database says is affected by no advisory at or above the level (so a
release that fixes one advisory but brings another is passed over)."""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass

from packaging.version import Version

from sscli.inventory.model import Package
from sscli.scan.findings import Finding, ScanReport
from sscli.scan.services.interface import VulnerabilityService
from sscli.scan.severity import Level


@dataclass(frozen=True)
class Upgrade:
    """One vulnerable pin moved to a release, with the advisories it fixes."""

    package: str
    current: str
    target: str
    fixed: tuple[str, ...]  # advisory ids the upgrade fixes


@dataclass(frozen=True)
class Left:
    """A finding the fix does not remove, and why."""

    package: str
    version: str
    advisory: str
    level: str
    reason: str


@dataclass(frozen=True)
class Plan:
    """The upgrades a fix makes, and the findings no upgrade removes."""

    upgrades: tuple[Upgrade, ...]
    left: tuple[Left, ...]


def counts(finding: Finding, threshold: Level | None, ignored: Collection[str]) -> bool:
    """Whether `finding` is one the fix must remove: at or above `threshold` (None: any) and
    not ignored by any of its ids."""
    if finding.ids & set(ignored):
        return False
    return threshold is None or finding.severity.level.rank >= threshold.rank


def plan_upgrades(
    report: ScanReport,
    service: VulnerabilityService,
    releases: Callable[[str], Sequence[str]],
    *,
    threshold: Level | None,
    ignored: Collection[str] = (),
) -> Plan:
    """The upgrades that remove every counted finding of `report`, and what is left.

    `releases(name)` lists the versions the index offers (not yanked).
    """
    by_package: dict[tuple[str, str], list[Finding]] = {}
    for finding in report.active:
        if counts(finding, threshold, ignored):
            by_package.setdefault((finding.package, finding.version), []).append(finding)
    upgrades: list[Upgrade] = []
    left: list[Left] = []
    for (name, version), findings in sorted(by_package.items()):
        target = _smallest_clean(
            name,
            version,
            offered=releases(name),
            service=service,
            threshold=threshold,
            ignored=ignored,
        )
        if target is None:
            reason = (
                "no fixed version"
                if all(not f.fixed_versions for f in findings)
                else "no release on the index fixes every advisory"
            )
            left += [_left(f, reason) for f in findings]
            continue
        upgrades.append(Upgrade(name, version, target, tuple(f.advisory_id for f in findings)))
    return Plan(tuple(upgrades), tuple(left))


def _left(finding: Finding, reason: str) -> Left:
    return Left(
        finding.package, finding.version, finding.advisory_id, finding.severity.level.value, reason
    )


def _smallest_clean(
    name: str,
    version: str,
    *,
    offered: Sequence[str],
    service: VulnerabilityService,
    threshold: Level | None,
    ignored: Collection[str],
) -> str | None:
    current = Version(version)
    candidates = sorted({v for v in map(_version, offered) if v is not None and v > current})
    stable = [v for v in candidates if not v.is_prerelease] if not current.is_prerelease else []
    for candidate in stable or candidates:
        result = service.query([Package(name=name, version=str(candidate))])
        if not any(counts(f, threshold, ignored) for f in result.findings):
            return str(candidate)
    return None


def _version(text: str) -> Version | None:
    try:
        return Version(text)
    except ValueError:  # InvalidVersion, or more digits than int() takes
        return None
