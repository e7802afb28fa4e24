"""The offline backend: match packages against the embedded OSV database."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sscli.inventory import Package
from sscli.scan.findings import DatabaseInfo, Finding
from sscli.scan.services.interface import ServiceResult, VulnerabilityService
from sscli.scan.severity import Severity, severity_of
from sscli.vulndb.intervals import MalformedEntry, fixed_texts, smallest_fix
from sscli.vulndb.order import text_order_key
from sscli.vulndb.store import Advisory, AffectedEntry, VulnDb


class OsvDbService(VulnerabilityService):
    """Findings from a local `VulnDb`: exact OSV range evaluation, withdrawn records ignored.

    The service is the in-memory matcher over the database, which is read-only while it is
    open: each name's affected entries are fetched once (one indexed query per batch of new
    names), each advisory once, and each distinct package's findings are built once, so a
    second query (the deploy gate re-scanning the next artifact's SBOM) costs dictionary
    look-ups for the packages it has seen."""

    name = "osv-db"

    def __init__(self, db: VulnDb) -> None:
        self._db = db
        self._entries: dict[str, list[AffectedEntry]] = {}
        self._advisories: dict[str, _Reported] = {}
        self._findings: dict[tuple[object, ...], tuple[Finding, ...]] = {}
        self._info: DatabaseInfo | None = None

    def database(self) -> DatabaseInfo:
        if self._info is None:
            status = self._db.provenance()
            self._info = DatabaseInfo(
                uri=status.source,
                version=status.imported_at.isoformat(),
                last_update=status.newest_modified,
            )
        return self._info

    def query(self, packages: Sequence[Package]) -> ServiceResult:
        new = {p.name for p in packages}.difference(self._entries)
        if new:
            found = self._db.affected_for(new)
            for name in new:
                self._entries[name] = found.get(name, [])
        findings: list[Finding] = []
        pending: list[tuple[tuple[object, ...], Package, str, list[AffectedEntry]]] = []
        for package in packages:
            candidates = self._entries[package.name]
            if not candidates:
                continue
            key: tuple[object, ...] = (
                package.name,
                package.version,
                package.display_name,
                package.purl,
                package.origin,
                package.location,
            )
            known = self._findings.get(key)
            if known is not None:
                findings += known
                continue
            order = text_order_key(package.version or "")
            assert order is not None  # the scan skips unparseable versions before asking
            hits = [e for e in candidates if e.versions.includes(order)]
            if hits:
                pending.append((key, package, order, hits))
            else:
                self._findings[key] = ()
        self._load_advisories(e.advisory_id for _, _, _, hits in pending for e in hits)
        for known_key, package, order, hits in pending:
            built = self._findings.get(known_key)  # the same package twice in one query
            if built is None:
                try:
                    built = self._build(package, order, hits)
                except MalformedEntry as exc:  # an entry's fixes, decoded on first use
                    raise self._db.damaged(f"{package.name}: {exc}") from None
                self._findings[known_key] = built
            findings += built
        return ServiceResult(tuple(findings), ())

    def _build(
        self, package: Package, order: str, hits: list[AffectedEntry]
    ) -> tuple[Finding, ...]:
        """One finding per advisory among `hits` (sorted by advisory, as the store returns
        them): the advisory's parts are shared, the package's and the fix are its own."""
        purl = package.package_url
        name, version, location = package.name, str(package.version), package.location
        built = []
        index, count = 0, len(hits)
        while index < count:
            advisory_id = hits[index].advisory_id
            end = index + 1
            while end < count and hits[end].advisory_id == advisory_id:
                end += 1
            if end == index + 1:  # one entry: its own fixes, sorted already
                versions = hits[index].versions
                fixed, fix = versions.fixed_texts, versions.first_fix_above(order)
            else:
                affected = [e.versions for e in hits[index:end]]
                fixed, fix = fixed_texts(affected), smallest_fix(order, affected)
            index = end
            advisory = self._advisories[advisory_id]
            built.append(
                Finding(
                    advisory_id,
                    advisory.aliases,
                    advisory.summary,
                    advisory.severity,
                    name,
                    version,
                    purl,
                    location,
                    fixed,
                    fix,
                    advisory.references,
                    advisory.published,
                    advisory.modified,
                )
            )
        return tuple(built)

    def _load_advisories(self, ids: Iterable[str]) -> None:
        new = set(ids).difference(self._advisories)
        if not new:
            return
        for advisory_id, advisory in self._db.advisories(new).items():
            self._advisories[advisory_id] = _Reported(
                aliases=tuple(sorted(advisory.aliases)),
                summary=_summary(advisory),
                severity=severity_of(advisory.severity, advisory.database_severity),
                references=advisory.references,
                published=advisory.published,
                modified=advisory.modified,
            )


@dataclass(frozen=True)
class _Reported:
    """What every finding of one advisory reports alike."""

    aliases: tuple[str, ...]
    summary: str
    severity: Severity
    references: tuple[str, ...]
    published: str | None
    modified: str


def _summary(advisory: Advisory) -> str:
    text = advisory.summary or advisory.details or ""
    first = " ".join(text.split())
    return first if len(first) <= 200 else first[:197] + "..."
