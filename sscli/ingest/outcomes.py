"""What ingest reports for each file, and the checks of a package's standing: the part of an
ingest that a re-ingest answered from the manifest still runs (sscli.ingest.run for the full
path, sscli.ingest.reingest for the quick one). It imports no index client, inspection or
build module, so that the quick re-ingest does not either."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass, field, replace

from sscli.ingest.checks import CheckResult, Status, failed, passed
from sscli.ingest.manifest import Identity
from sscli.ingest.trust import check_malicious, check_sdist_only, check_typosquat
from sscli.inventory.model import Package
from sscli.policy.model import Policy
from sscli.vault.store import VaultEntry

TYPE_CHECKING = False  # typing's, without importing typing (see sscli/__init__.py)
if TYPE_CHECKING:
    from typing import Any, Protocol

    from sscli.ingest.select import Wanted
else:
    Protocol = object  # a Protocol is read by the type checker only


class VulnerabilityLookup(Protocol):
    def __call__(self, packages: Sequence[Package]) -> dict[str, list[tuple[str, str]]]:
        """Package key -> (advisory id, level) of the known vulnerabilities affecting it."""


@dataclass
class FileOutcome:
    """What the ingest did with one file of a package: stored, already vaulted, built or refused,
    and why."""

    package: Package
    filename: str
    sha256: str | None
    checks: list[CheckResult]
    status: str  # "stored", "already-vaulted", "refused"; "built", "already-built" for wheels
    entry: VaultEntry | None = None
    built: dict[str, Any] | None = None  # a wheel built here: from what, with which verdicts
    # the vault file's stat identity when sscli last hashed it (for the re-ingest manifest)
    identity: Identity | None = None

    @property
    def refused(self) -> bool:
        return self.status == "refused"

    def to_json(self) -> dict[str, Any]:
        return {
            "package": self.package.name,
            "version": self.package.version,
            "filename": self.filename,
            "sha256": self.sha256,
            "status": self.status,
            "checks": [c.to_json() for c in self.checks],
            **({"built": self.built} if self.built is not None else {}),
        }


@dataclass
class IngestReport:
    """Every file's outcome of one ingest, and the sha256s each pin was seen with."""

    outcomes: list[FileOutcome] = field(default_factory=list)
    pinned: dict[str, list[str]] = field(default_factory=dict)  # name==version -> sha256s seen

    @property
    def ok(self) -> bool:
        return not any(o.refused for o in self.outcomes)

    def vault_products(self) -> dict[str, str]:
        """In-toto products of the run: every vault file the lock resolved to, by sha256."""
        return {
            f"vault/files/{o.entry.project}/{o.entry.filename}": o.entry.sha256
            for o in self.outcomes
            if o.entry is not None and o.status != "refused"
        }

    def to_json(self) -> dict[str, Any]:
        counts: dict[str, int] = {}
        for outcome in self.outcomes:
            counts[outcome.status] = counts.get(outcome.status, 0) + 1
        return {"ok": self.ok, "counts": counts, "files": [o.to_json() for o in self.outcomes]}


@dataclass(frozen=True)
class Known:
    """Vulnerabilities looked up once for the whole inventory."""

    found: dict[str, list[tuple[str, str]]]

    def __call__(self, packages: Sequence[Package]) -> dict[str, list[tuple[str, str]]]:
        return {p.key: self.found.get(p.key, []) for p in packages}


def vaulted(
    package: Package,
    found: Sequence[tuple[VaultEntry, Identity | None]],
    policy: Policy,
    vulnerabilities: VulnerabilityLookup | None,
) -> list[FileOutcome]:
    """The outcomes of a package whose files are in the vault, vetted under this very policy:
    what can have changed since is its standing (a new advisory, a name now known to be
    malicious, an exception that waived one of its file's checks and has expired)."""
    checks = [
        apply_exceptions(c, package, policy)
        for c in package_checks(package, None, policy, vulnerabilities)
    ]
    expired = {e.filename: _expired_waivers(e, package, policy) for e, _i in found}
    refused = any(
        c.status is Status.FAIL for c in [*checks, *(c for v in expired.values() for c in v)]
    )
    in_vault = passed("hashes", "already in the vault with this sha256")
    return [
        FileOutcome(
            package,
            entry.filename,
            entry.sha256,
            # standing checks are reported as a cold run reports them (a warning is not lost)
            [in_vault, *expired[entry.filename], *checks],
            "refused" if refused else "already-vaulted",
            entry,
            identity=identity,
        )
        for entry, identity in found
    ]


def _expired_waivers(entry: VaultEntry, package: Package, policy: Policy) -> list[CheckResult]:
    """The checks of the file a policy exception waived when it was ingested and no longer
    waives (it expired, or was removed: a policy edit changes its digest, not always)."""
    out = []
    for check in entry.checks:
        if not isinstance(check, dict) or check.get("status") != Status.EXCEPTED.value:
            continue
        rule = str(check.get("rule"))
        valid, _expired = policy.exception_for(package.name, package.version, rule)
        if valid is None:
            out.append(
                failed(rule, f"{check.get('message')}; the exception that waived it has expired")
            )
    return out


def package_checks(
    package: Package,
    wanted: list[Wanted] | None,
    policy: Policy,
    vulnerabilities: VulnerabilityLookup | None,
    built_here: Collection[str] = (),
) -> list[CheckResult]:
    """Checks about the package rather than one file (`wanted` None: its files are vaulted)."""
    ingest = policy.ingest
    checks = [check_malicious(package.name, ingest), check_typosquat(package.name, ingest)]
    if wanted is not None and package.name in built_here:
        checks.append(passed("sdist_only", "its wheel is built here, in the sandbox"))
    elif wanted is not None:
        has_wheel = any(w.listing.filename.endswith(".whl") for w in wanted)
        checks.append(check_sdist_only(package.name, has_wheel, ingest))
    if vulnerabilities is not None:
        checks.append(_vulnerability_check(package, policy, vulnerabilities))
    else:
        checks.append(
            CheckResult("vulnerabilities", Status.SKIP, "no vulnerability database given")
        )
    return checks


def _vulnerability_check(
    package: Package, policy: Policy, vulnerabilities: VulnerabilityLookup
) -> CheckResult:
    from sscli.policy.model import LEVELS

    fail_on = policy.ingest.vulnerabilities_fail_on
    found = vulnerabilities([package]).get(package.key, [])
    if not found:
        return passed("vulnerabilities", "no known vulnerabilities")
    listed = ", ".join(f"{vid} ({level})" for vid, level in found[:5])
    if fail_on == "none":
        return CheckResult("vulnerabilities", Status.WARN, f"known vulnerabilities: {listed}")
    threshold = 0 if fail_on == "any" else LEVELS.index(fail_on)
    blocking = [
        v for v in found if fail_on == "any" or (v[1] in LEVELS and LEVELS.index(v[1]) >= threshold)
    ]
    if blocking:
        return failed("vulnerabilities", f"vulnerable at or above {fail_on}: {listed}")
    return CheckResult("vulnerabilities", Status.WARN, f"below {fail_on}: {listed}")


def apply_exceptions(check: CheckResult, package: Package, policy: Policy) -> CheckResult:
    if check.status is not Status.FAIL:
        return check
    valid, expired = policy.exception_for(package.name, package.version, check.rule)
    if valid is not None:
        return replace(
            check,
            status=Status.EXCEPTED,
            message=f"{check.message} (waived until {valid.expires}: {valid.reason})",
        )
    if expired is not None:
        return replace(
            check, message=f"{check.message} (the exception expired on {expired.expires})"
        )
    return check
