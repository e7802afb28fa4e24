"""Merge findings that are the same vulnerability under different ids (OSV `aliases`)."""

from __future__ import annotations

from collections.abc import Iterable

from sscli.scan.findings import Finding


def id_preference(advisory_id: str) -> tuple[int, str]:
    """Which id names a merged finding: PYSEC, then GHSA, then CVE, then the rest (as pip-audit
    prefers PYSEC, the PyPA database being the PyPI ecosystem's own)."""
    for rank, prefix in enumerate(("PYSEC-", "GHSA-", "CVE-")):
        if advisory_id.startswith(prefix):
            return (rank, advisory_id)
    return (3, advisory_id)


def merge_aliases(findings: Iterable[Finding]) -> list[Finding]:
    """One finding per vulnerability and package version: findings of the same package whose
    `{id, *aliases}` sets intersect (transitively) become one, with the union of their ids."""
    by_package: dict[tuple[str, str], list[Finding]] = {}
    for finding in findings:
        by_package.setdefault((finding.package, finding.version), []).append(finding)
    merged: list[Finding] = []
    for group in by_package.values():
        merged.extend(_merge_group(group))
    return merged


def _merge_group(findings: list[Finding]) -> list[Finding]:
    if len(findings) == 1:
        return findings
    ids = [i for f in findings for i in (f.advisory_id, *f.aliases)]
    if len(set(ids)) == len(ids):  # no id shared: nothing to merge
        return findings
    # union-find over findings, joined through any id they share
    parent = list(range(len(findings)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    owner: dict[str, int] = {}
    for index, finding in enumerate(findings):
        for advisory_id in finding.ids:
            if advisory_id in owner:
                parent[root(index)] = root(owner[advisory_id])
            else:
                owner[advisory_id] = index
    clusters: dict[int, list[Finding]] = {}
    for index, finding in enumerate(findings):
        clusters.setdefault(root(index), []).append(finding)
    return [_combine(cluster) for cluster in clusters.values()]


def _combine(cluster: list[Finding]) -> Finding:
    if len(cluster) == 1:
        return cluster[0]
    from packaging.version import Version  # here: most scans merge nothing

    primary = min(cluster, key=lambda f: id_preference(f.advisory_id))
    ids = frozenset().union(*(f.ids for f in cluster))
    fixes = {v for f in cluster for v in f.fixed_versions}
    worst = max(cluster, key=lambda f: (f.severity.level.rank, f.severity.score or 0.0))
    upgrade = [f.smallest_fix for f in cluster]
    return Finding(
        advisory_id=primary.advisory_id,
        aliases=tuple(sorted(ids - {primary.advisory_id})),
        summary=primary.summary,
        severity=worst.severity,
        package=primary.package,
        version=primary.version,
        purl=primary.purl,
        location=primary.location,
        fixed_versions=tuple(sorted(fixes, key=Version)),
        # every merged record must be fixed: the largest of their smallest fixes, unless one
        # of them has none
        smallest_fix=None if None in upgrade else max(upgrade, key=lambda v: Version(v or "0")),
        references=tuple(dict.fromkeys(r for f in cluster for r in f.references)),
        published=primary.published,
        modified=primary.modified,
    )
