"""The build's dependencies and the ingest records that vouch for them.

The trusted provenance lists what the build used (`resolvedDependencies`). Apart from the
source checkout (a git digest naming the provenance's own source), every one of them must be a
vault file: it has a sha256 (vault files are addressed by it), and a trusted ingest record is
about that sha256. A record vouches only when it is signed by a signer trusted for ingest
records, is a valid ingest predicate, says `allow`, is about the file its predicate names, and
obeys the freshness rules (`max_age`, nothing from the future). Everything else fails closed.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from sscli.attest.dsse import Envelope, read_envelopes
from sscli.attest.predicates import validate_predicate
from sscli.attest.verify import CHECKED_ALGORITHMS
from sscli.errors import InputError
from sscli.policy.deploy import KIND_TYPES, DeployPolicy
from sscli.verify.evidence import Accepted, Authenticated, Rejection, authenticate
from sscli.verify.signers import KeySigner
from sscli.verify.timing import age_problem, statement_time

INGEST = KIND_TYPES["ingest"]
_GIT_DIGESTS = frozenset({"gitCommit", "gitTree"})


@dataclass(frozen=True)
class Dependency:
    """A dependency that a trusted provenance statement lists, with its digests."""

    name: str
    digests: dict[str, str]
    source: str  # the provenance statement that lists it

    @property
    def sha256(self) -> str | None:
        value = self.digests.get("sha256")
        return value if isinstance(value, str) else None


@dataclass
class DependencyEvidence:
    """The dependencies the provenance lists, and what the ingest records say about them."""

    needed: list[Dependency] = field(default_factory=list)
    unmatchable: list[Dependency] = field(default_factory=list)  # no sha256: not a vault file
    vouching: dict[str, list[Authenticated]] = field(default_factory=dict)  # sha256 -> records
    refused: dict[str, list[str]] = field(default_factory=dict)  # sha256 -> why records do not
    unreadable: list[tuple[str, str]] = field(default_factory=list)  # (message, file)

    def missing(self) -> list[Dependency]:
        return [d for d in self.needed if d.sha256 not in self.vouching]

    def records_used(self) -> list[Authenticated]:
        """The records the decision rests on (one per needed file's digest)."""
        return [r for d in self.needed for r in self.vouching.get(d.sha256 or "", [])]


def listed_dependencies(
    provenances: Iterable[Accepted],
) -> tuple[list[Dependency], list[Dependency]]:
    """(vault files the trusted provenances list, dependencies no vault file can match)."""
    needed: dict[str, Dependency] = {}
    unmatchable: list[Dependency] = []
    for item in provenances:
        predicate = item.statement.predicate
        definition = predicate.get("buildDefinition", {})
        source = _source(definition)
        for raw in definition.get("resolvedDependencies", []) or []:
            if not isinstance(raw, dict) or _is_source_checkout(raw, source):
                continue
            digest = raw.get("digest")
            digests = (
                {str(k): str(v) for k, v in digest.items()} if isinstance(digest, dict) else {}
            )
            name = str(raw.get("name") or raw.get("uri") or "(unnamed)")
            dependency = Dependency(name, digests, item.source)
            if dependency.sha256 is None:
                unmatchable.append(dependency)
            else:
                needed.setdefault(dependency.sha256, dependency)
    return list(needed.values()), unmatchable


def _source(definition: Any) -> dict[str, Any]:
    external = definition.get("externalParameters", {}) if isinstance(definition, dict) else {}
    source = external.get("source", {}) if isinstance(external, dict) else {}
    return source if isinstance(source, dict) else {}


def _is_source_checkout(dependency: dict[str, Any], source: dict[str, Any]) -> bool:
    """The provenance's own source commit: only git digests, naming the source's repository
    (and commit, when the source says one)."""
    digests = dependency.get("digest")
    if not isinstance(digests, dict) or not digests or set(digests) - _GIT_DIGESTS:
        return False
    uri = source.get("uri")
    if dependency.get("uri") != (uri if uri else "git"):
        return False
    commit = source.get("commit")
    return not commit or digests.get("gitCommit") == commit


def dependency_evidence(
    provenances: Iterable[Accepted],
    *,
    envelopes: Sequence[tuple[str, Envelope]],
    record_sources: Sequence[Path],
    signers: Sequence[KeySigner],
    policy: DeployPolicy,
    now: datetime,
) -> DependencyEvidence:
    """Match what the provenances list against the ingest records among `envelopes` (the
    artifact's attestation files, read already) and in `record_sources`: record files, or
    directories of `<sha256>.intoto.jsonl` records (a vault's `attestations/`), of which only
    the needed files' records are read."""
    needed, unmatchable = listed_dependencies(provenances)
    evidence = DependencyEvidence(needed, unmatchable)
    ingest_signers = [s for s in signers if INGEST in s.signer.predicate_types]
    candidates = list(envelopes)
    for source in record_sources:
        paths = (
            [source / f"{d.sha256}.intoto.jsonl" for d in needed] if source.is_dir() else [source]
        )
        for path in paths:
            if source.is_dir() and not (path.exists() or path.is_symlink()):
                continue
            try:
                lines = read_envelopes(path)
            except InputError as exc:
                evidence.unreadable.append((exc.message, str(path)))
                continue
            candidates += [(f"{path.name}:{n}", e) for n, e in enumerate(lines, 1)]
    wanted = {d.sha256: d for d in needed if d.sha256 is not None}
    for where, envelope in candidates:
        _judge_record(
            evidence, envelope, where, signers=ingest_signers, wanted=wanted, policy=policy, now=now
        )
    return evidence


def _conflicts(first: Mapping[str, Any], second: Mapping[str, Any]) -> list[str]:
    """The checked algorithms (sha256, sha384, sha512) both digest sets list with different
    values: two descriptions of one file must agree on every digest they share."""
    return [a for a in CHECKED_ALGORITHMS if a in first and a in second and first[a] != second[a]]


def _judge_record(
    evidence: DependencyEvidence,
    envelope: Envelope,
    where: str,
    *,
    signers: Sequence[KeySigner],
    wanted: Mapping[str, Dependency],
    policy: DeployPolicy,
    now: datetime,
) -> None:
    outcome = authenticate(envelope, signers, where, predicate_type=INGEST)
    if isinstance(outcome, Rejection):
        return  # not a trusted ingest record (the artifact's own statements, strangers' lines)
    about: dict[str, str | None] = {}  # sha256 -> why the record cannot vouch for it, or None
    for subject in outcome.statement.subjects:
        digest = subject.digest.get("sha256")
        if digest is None or digest not in wanted:
            continue
        conflicts = _conflicts(subject.digest, wanted[digest].digests)
        if conflicts:
            about[digest] = (
                f"names the file's sha256 with another {', '.join(conflicts)} than the "
                "provenance lists (not the same file)"
            )
        else:
            about.setdefault(digest, None)
    if not about:
        return
    problem = _record_problem(outcome, policy, now)
    for digest, conflict in about.items():
        if problem is None and conflict is not None:
            evidence.refused.setdefault(digest, []).append(f"{where} {conflict}")
        elif problem is None:
            if all(r.digest != outcome.digest for r in evidence.vouching.get(digest, [])):
                evidence.vouching.setdefault(digest, []).append(outcome)
        else:
            evidence.refused.setdefault(digest, []).append(f"{where} {problem}")


def _record_problem(record: Authenticated, policy: DeployPolicy, now: datetime) -> str | None:
    predicate = record.statement.predicate
    try:
        validate_predicate(INGEST, dict(predicate))
    except InputError as exc:
        return f"is a malformed ingest record ({exc.message})"
    decision = predicate["policy"]["decision"]
    if decision != "allow":
        return f"says the file was refused (decision: {decision})"
    recorded = predicate["artifact"]["digest"]
    if not any(
        s.digest.get("sha256") == recorded["sha256"] and not _conflicts(s.digest, recorded)
        for s in record.statement.subjects
    ):
        return f"records another file's digest ({recorded['sha256'][:16]}) than its subject's"
    age = age_problem(statement_time(record.statement), now, policy.max_age)
    return None if age is None else age
