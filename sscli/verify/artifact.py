"""Verify one artifact against a deploy policy.

Fail closed: every rule needs positive evidence. An attestation counts only if it parses, is
signed by a signer the policy trusts *for its predicate type* (meeting that signer's
threshold), and names the artifact's digest as a subject. Everything else is reported and
ignored, and a required predicate without such an attestation denies the artifact.
"""

from __future__ import annotations

import fnmatch
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from functools import cache
from glob import escape as glob_escape
from pathlib import Path
from typing import Any

from sscli.attest.dsse import Envelope, read_envelopes
from sscli.attest.predicates import validate_predicate
from sscli.attest.statement import SIGNING_KEY_ANNOTATION, Statement
from sscli.attest.verify import check_subject, verify_envelope, verify_sigstore_dsse
from sscli.errors import InputError, PolicyError
from sscli.fsutil import hash_file
from sscli.policy.deploy import KIND_TYPES, DeployPolicy, TrustedSigner
from sscli.verify.decision import Decision, RuleStatus

TYPE_KINDS = {v: k for k, v in KIND_TYPES.items()}
# A re-scan: components of an SBOM document -> (advisory id, level) of what affects them.
Rescan = Callable[[dict[str, Any]], list[tuple[str, str, str]]]


@dataclass(frozen=True)
class Rejection:
    reason: str
    unverified: bool  # no trusted signer's signature verifies (tampering when it names one)


@dataclass(frozen=True)
class Accepted:
    statement: Statement
    signer: TrustedSigner
    source: str  # file:line it came from


def find_attestations(artifact: Path, given: Sequence[Path]) -> list[Path]:
    """`<artifact>.intoto.jsonl`, `<artifact>.sigstore.json` and `<artifact>.*.sigstore.json`
    beside it, plus given files (directories: their *.intoto.jsonl and *.sigstore.json)."""
    beside = [artifact.with_name(artifact.name + s) for s in (".intoto.jsonl", ".sigstore.json")]
    found = [p for p in beside if p.is_file()]
    found += sorted(artifact.parent.glob(glob_escape(artifact.name) + ".*.sigstore.json"))
    for path in given:
        if path.is_dir():
            found += sorted(path.glob("*.intoto.jsonl")) + sorted(path.glob("*.sigstore.json"))
        elif path.is_file():
            found.append(path)
        else:
            raise InputError("no such attestation file or directory", path=path)
    return list(dict.fromkeys(found))


def verify_artifact(
    artifact: Path,
    attestations: Sequence[Path],
    policy: DeployPolicy,
    *,
    now: datetime | None = None,
    rescan: Rescan | None = None,
    dependency_attestations: Sequence[Path] = (),
) -> Decision:
    """The decision for `artifact`; never raises for a policy failure (see the rules).

    `dependency_attestations` hold the ingest records of the build's dependencies (the vault's
    attestations/ files); they are needed when the policy requires `ingest`."""
    if not artifact.is_file():
        raise InputError("no such artifact", path=artifact)
    sha256 = hash_file(artifact)["sha256"]
    decision = Decision(str(artifact), sha256)
    accepted = _accepted_statements(artifact, attestations, policy, decision)
    _check_development_keys(accepted, policy, decision)
    _check_required(accepted, policy, decision)
    if KIND_TYPES["ingest"] in policy.required_types:
        _check_dependencies(accepted, [*attestations, *dependency_attestations], policy, decision)
    _check_provenance(accepted, policy, decision)
    _check_freshness(accepted, policy, decision, now or datetime.now(tz=UTC))
    _check_subject_names(artifact, policy, decision)
    sbom = next(
        (
            a.statement.predicate
            for a in accepted
            if a.statement.predicate_type == KIND_TYPES["sbom"]
        ),
        None,
    )
    _check_vulnerabilities(sbom, policy, decision, rescan)
    _check_licenses(sbom, policy, decision)
    _apply_exceptions(decision, policy, artifact.name, (now or datetime.now(tz=UTC)).date())
    return decision


# --- attestations and signatures ----------------------------------------------------------------


def _accepted_statements(
    artifact: Path, files: Sequence[Path], policy: DeployPolicy, decision: Decision
) -> list[Accepted]:
    if not files:
        decision.add(
            "attestations",
            RuleStatus.FAIL,
            "no attestations found (none beside the artifact, none given)",
        )
        return []
    envelopes: list[tuple[str, Envelope]] = []
    bundles: list[Path] = []
    problems: list[str] = []
    for path in files:
        if path.name.endswith(".sigstore.json"):
            bundles.append(path)
            continue
        try:
            envelopes += [
                (f"{path.name}:{n}", e) for n, e in enumerate(read_envelopes(path), start=1)
            ]
        except InputError as exc:
            problems.append(f"malformed attestation: {exc.message}")
    if problems:
        decision.add("attestations", RuleStatus.FAIL, "; ".join(problems))
        return []
    decision.add(
        "attestations", RuleStatus.PASS, f"{len(envelopes) + len(bundles)} attestation(s) read"
    )
    accepted: list[Accepted] = []
    rejected: list[str] = []
    tampered: list[str] = []
    trusted_keyids = {str(_load_key(k).keyid) for s in policy.signers for k in s.keys}
    for source, envelope in envelopes:
        result = _accept_envelope(envelope, artifact, policy)
        if isinstance(result, Rejection):
            rejected.append(f"{source}: {result.reason}")
            if result.unverified and trusted_keyids & {s.keyid for s in envelope.signatures}:
                tampered.append(f"{source}: {result.reason}")
        else:
            accepted.append(Accepted(result[0], result[1], source))
    for bundle in bundles:
        outcome = _accept_bundle(bundle, artifact, policy)
        if isinstance(outcome, str):
            rejected.append(f"{bundle.name}: {outcome}")
        else:
            accepted.append(Accepted(outcome[0], outcome[1], bundle.name))
    if tampered:
        decision.add(
            "signatures",
            RuleStatus.FAIL,
            "an attestation names a trusted key but does not verify "
            f"(tampered?): {'; '.join(tampered[:5])}",
        )
    elif accepted:
        kinds = sorted(
            {
                TYPE_KINDS.get(a.statement.predicate_type, a.statement.predicate_type)
                for a in accepted
            }
        )
        note = f"; ignored {len(rejected)}: {'; '.join(rejected[:5])}" if rejected else ""
        decision.add(
            "signatures",
            RuleStatus.PASS,
            f"trusted and about this artifact: {', '.join(kinds)}{note}",
        )
    else:
        decision.add(
            "signatures",
            RuleStatus.FAIL,
            "no attestation is signed by a trusted signer for this artifact: "
            + ("; ".join(rejected[:8]) or "none"),
        )
    return accepted


def _accept_envelope(
    envelope: Envelope, artifact: Path, policy: DeployPolicy
) -> tuple[Statement, TrustedSigner] | Rejection:
    reasons = []
    verified_by_someone = False
    for signer in policy.signers:
        if not signer.keys:
            continue
        try:
            verified = verify_envelope(envelope, _keys(signer.keys), signer.threshold)
        except (PolicyError, InputError) as exc:
            reasons.append(f"{signer.name}: {exc.message}")
            continue
        verified_by_someone = True
        statement = verified.statement
        if statement.predicate_type not in signer.predicate_types:
            reasons.append(f"signer {signer.name} is not trusted for {statement.predicate_type}")
            continue
        try:
            check_subject(statement, artifact)
        except PolicyError:
            return Rejection("signed, but for another artifact (no subject has this digest)", False)
        try:
            validate_predicate(statement.predicate_type, dict(statement.predicate))
        except InputError as exc:
            return Rejection(f"signed, but its predicate is malformed: {exc.message}", False)
        return statement, signer
    return Rejection("; ".join(reasons) or "no trusted signer", not verified_by_someone)


def _accept_bundle(
    bundle: Path, artifact: Path, policy: DeployPolicy
) -> tuple[Statement, TrustedSigner] | str:
    reasons = []
    for signer in policy.signers:
        for identity in signer.sigstore:
            for exact in _identities(bundle, identity.identity):
                try:
                    verified = verify_sigstore_dsse(bundle, identity=exact, issuer=identity.issuer)
                except (PolicyError, InputError) as exc:
                    reasons.append(f"{signer.name}: {exc.message}")
                    continue
                statement = verified.statement
                if statement is None or statement.predicate_type not in signer.predicate_types:
                    reasons.append(f"signer {signer.name} is not trusted for this predicate type")
                    continue
                try:
                    check_subject(statement, artifact)
                    validate_predicate(statement.predicate_type, dict(statement.predicate))
                except PolicyError:
                    return "signed, but for another artifact"
                except InputError as exc:
                    return f"signed, but its predicate is malformed: {exc.message}"
                return statement, signer
    return "; ".join(reasons) or "no trusted Sigstore identity"


def _identities(bundle: Path, wanted: str) -> list[str]:
    """The exact identities to verify `bundle` against: `wanted` itself, or, when it is a pattern
    (`*`, `?`, `[`), the certificate's subject alternative names that match it. The names are
    read unverified here; the verification that follows is what confirms one of them."""
    if not any(c in wanted for c in "*?["):
        return [wanted]
    from sscli.attest.bundle import read_bundle

    try:
        claimed = read_bundle(bundle).identity.split(", ")
    except InputError:
        return []
    return [name for name in claimed if fnmatch.fnmatchcase(name, wanted)]


@cache
def _load_key(reference: Path | str) -> Any:
    from sscli.attest.signing import load_trusted_key

    return load_trusted_key(reference)


def _keys(references: tuple[Path | str, ...]) -> list[Any]:
    return [_load_key(r) for r in references]


# --- rules on what the accepted statements say ---------------------------------------------------


def _check_development_keys(
    accepted: list[Accepted], policy: DeployPolicy, decision: Decision
) -> None:
    development = sorted({a.signer.name for a in accepted if _development(a)})
    if not development:
        decision.add("development_keys", RuleStatus.PASS, "no development key signed")
    elif policy.allow_development_keys:
        decision.add(
            "development_keys",
            RuleStatus.PASS,
            f"development keys allowed here: {', '.join(development)}",
        )
    else:
        decision.add(
            "development_keys",
            RuleStatus.FAIL,
            f"signed with a development key ({', '.join(development)}), which this policy refuses",
        )


def _development(accepted: Accepted) -> bool:
    """Signed with a development key: the policy says the signer is one, or the signed statement
    itself is labelled as signed with one."""
    return (
        accepted.signer.development
        or accepted.statement.annotation(SIGNING_KEY_ANNOTATION) == "development"
    )


def _check_required(accepted: list[Accepted], policy: DeployPolicy, decision: Decision) -> None:
    present = {a.statement.predicate_type for a in accepted}
    # ingest records are about the build's dependencies, not the artifact: see _check_dependencies
    about_artifact = [t for t in policy.required_types if t != KIND_TYPES["ingest"]]
    missing = [TYPE_KINDS.get(t, t) for t in about_artifact if t not in present]
    if missing:
        decision.add(
            "required", RuleStatus.FAIL, f"missing trusted attestation(s): {', '.join(missing)}"
        )
    else:
        kinds = ", ".join(TYPE_KINDS.get(t, t) for t in about_artifact)
        decision.add("required", RuleStatus.PASS, f"present: {kinds or 'nothing required'}")


def _check_dependencies(
    accepted: list[Accepted], files: Sequence[Path], policy: DeployPolicy, decision: Decision
) -> None:
    """Every vault file the trusted provenance says the build used has a trusted ingest record
    (a signed statement of the ingest type whose subject is that file's sha256)."""
    needed: dict[str, str] = {}
    for item in accepted:
        if item.statement.predicate_type != KIND_TYPES["provenance"]:
            continue
        definition = item.statement.predicate.get("buildDefinition", {})
        for dependency in (
            definition.get("resolvedDependencies", []) if isinstance(definition, dict) else []
        ):
            digest = (
                dependency.get("digest", {}).get("sha256") if isinstance(dependency, dict) else None
            )
            if isinstance(digest, str) and "gitCommit" not in dependency.get("digest", {}):
                needed[digest] = str(dependency.get("name") or dependency.get("uri") or digest)
    if not needed:
        decision.add(
            "dependencies", RuleStatus.FAIL, "no trusted provenance lists the build's dependencies"
        )
        return
    vetted = _ingested_digests(files, policy)
    missing = [
        name
        for digest, name in sorted(needed.items(), key=lambda kv: kv[1])
        if digest not in vetted
    ]
    if missing:
        decision.add(
            "dependencies",
            RuleStatus.FAIL,
            f"no trusted ingest record for: {', '.join(missing[:8])}",
        )
    else:
        decision.add(
            "dependencies",
            RuleStatus.PASS,
            f"all {len(needed)} build dependencies have trusted ingest records",
        )


def _ingested_digests(files: Sequence[Path], policy: DeployPolicy) -> set[str]:
    """sha256 digests that trusted ingest records vouch for."""
    signers = [s for s in policy.signers if KIND_TYPES["ingest"] in s.predicate_types and s.keys]
    digests: set[str] = set()
    for path in files:
        if not path.name.endswith(".intoto.jsonl"):
            continue
        try:
            envelopes = read_envelopes(path)
        except InputError:
            continue  # reported by the attestations rule when it is one of the artifact's
        for envelope in envelopes:
            for signer in signers:
                try:
                    statement = verify_envelope(
                        envelope, _keys(signer.keys), signer.threshold
                    ).statement
                except (PolicyError, InputError):
                    continue
                if statement.predicate_type == KIND_TYPES["ingest"]:
                    digests.update(
                        str(s.digest["sha256"]) for s in statement.subjects if "sha256" in s.digest
                    )
                break
    return digests


def _matches(value: Any, patterns: tuple[str, ...]) -> bool:
    return isinstance(value, str) and any(fnmatch.fnmatchcase(value, p) for p in patterns)


def _check_provenance(accepted: list[Accepted], policy: DeployPolicy, decision: Decision) -> None:
    provenances = [a for a in accepted if a.statement.predicate_type == KIND_TYPES["provenance"]]
    if not provenances:
        decision.add(
            "provenance",
            RuleStatus.SKIP
            if KIND_TYPES["provenance"] not in policy.required_types
            else RuleStatus.FAIL,
            "no trusted provenance to check",
        )
        return
    problems = [
        f"{a.source}: {p}"
        for a in provenances
        for p in provenance_problems(a.statement.predicate, policy)
    ]
    if problems:
        decision.add("provenance", RuleStatus.FAIL, "; ".join(problems[:8]))
    else:
        decision.add(
            "provenance",
            RuleStatus.PASS,
            f"{len(provenances)} provenance statement(s) meet the rules",
        )


def provenance_problems(predicate: Any, policy: DeployPolicy) -> list[str]:
    """What in a SLSA v1 predicate breaks the policy's provenance rules."""
    rules = policy.provenance
    try:
        definition = predicate["buildDefinition"]
        builder = predicate["runDetails"]["builder"]["id"]
        external = definition.get("externalParameters", {})
        internal = definition.get("internalParameters", {})
        source = external.get("source", {}) if isinstance(external.get("source"), dict) else {}
        byproducts = predicate["runDetails"].get("byproducts", [])
    except (KeyError, TypeError, AttributeError):
        return ["not a SLSA v1 provenance predicate"]
    problems = []
    if rules.builder_ids and not _matches(builder, rules.builder_ids):
        problems.append(f"builder {builder!r} is not trusted")
    if rules.build_types and not _matches(definition.get("buildType"), rules.build_types):
        problems.append(f"build type {definition.get('buildType')!r} is not allowed")
    if rules.source_repositories and not _matches(source.get("uri"), rules.source_repositories):
        problems.append(f"source {source.get('uri')!r} is not an allowed repository")
    if rules.source_refs and not _matches(source.get("ref"), rules.source_refs):
        problems.append(f"ref {source.get('ref')!r} is not an allowed ref")
    if not rules.allow_dirty and source.get("dirty") is not False:
        problems.append(
            "built from a working tree with uncommitted changes (or not known to be clean)"
        )
    if rules.sandboxed and internal.get("sandboxed") is not True:
        problems.append(f"not built in a sandbox (sandbox: {internal.get('sandbox')!r})")
    reproducibility: dict[str, Any] = next(
        (
            b.get("annotations", {})
            for b in byproducts
            if isinstance(b, dict) and b.get("name") == "reproducibility"
        ),
        {},
    )
    if rules.reproducible == "identical" and reproducibility.get("reproducible") is not True:
        problems.append("the build is not reproducible (identical)")
    if rules.reproducible == "equivalent" and reproducibility.get("equivalent") is not True:
        problems.append("the build is not reproducible (not even equivalent)")
    if rules.dependencies_from_vault:
        outside = [
            d.get("name") or d.get("uri")
            for d in definition.get("resolvedDependencies", [])
            if isinstance(d, dict)
            and "sha256" in d.get("digest", {})
            and d.get("annotations", {}).get("source") != "vault"
        ]
        if outside:
            problems.append(f"dependencies not from the vault: {', '.join(map(str, outside[:3]))}")
    return problems


def _statement_time(statement: Statement) -> datetime | None:
    predicate = statement.predicate
    candidates: list[Any] = []
    if statement.predicate_type == KIND_TYPES["provenance"]:
        candidates.append(predicate.get("runDetails", {}).get("metadata", {}).get("finishedOn"))
    elif statement.predicate_type == KIND_TYPES["vulns"]:
        candidates.append(predicate.get("metadata", {}).get("scanFinishedOn"))
    elif statement.predicate_type == KIND_TYPES["sbom"]:
        candidates.append(predicate.get("metadata", {}).get("timestamp"))
    elif statement.predicate_type == KIND_TYPES["ingest"]:
        candidates.append(predicate.get("ingestedOn"))
    for value in candidates:
        if isinstance(value, str):
            try:
                parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
            except ValueError:
                return None
            return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)
    return None


def _check_freshness(
    accepted: list[Accepted], policy: DeployPolicy, decision: Decision, now: datetime
) -> None:
    if policy.max_age is None:
        decision.add("freshness", RuleStatus.SKIP, "the policy sets no max_age")
        return
    problems = []
    for item in accepted:
        when = _statement_time(item.statement)
        kind = TYPE_KINDS.get(item.statement.predicate_type, item.statement.predicate_type)
        if when is None:
            problems.append(f"{kind} ({item.source}) has no time, so its age is unknown")
        elif now - when > policy.max_age:
            limit = _days(policy.max_age)
            problems.append(
                f"{kind} ({item.source}) is from {when.isoformat()}, older than {limit}"
            )
        elif when - now > timedelta(minutes=5):
            problems.append(
                f"{kind} ({item.source}) claims a time in the future ({when.isoformat()})"
            )
    if problems:
        decision.add("freshness", RuleStatus.FAIL, "; ".join(problems[:6]))
    else:
        decision.add(
            "freshness",
            RuleStatus.PASS,
            f"every attestation is younger than {_days(policy.max_age)}",
        )


def _days(delta: timedelta) -> str:
    if delta % timedelta(days=1):
        return f"{delta.total_seconds() / 3600:g}h"
    return f"{delta.days}d"


def _check_subject_names(artifact: Path, policy: DeployPolicy, decision: Decision) -> None:
    if not policy.subject_names:
        decision.add("subject", RuleStatus.SKIP, "the policy expects no particular name")
    elif _matches(artifact.name, policy.subject_names):
        decision.add("subject", RuleStatus.PASS, f"{artifact.name} is an expected name")
    else:
        decision.add("subject", RuleStatus.FAIL, f"{artifact.name} is not among the expected names")


def _check_vulnerabilities(
    sbom: Any, policy: DeployPolicy, decision: Decision, rescan: Rescan | None
) -> None:
    from sscli.policy.model import LEVELS

    if not policy.rescan:
        decision.add("vulnerabilities", RuleStatus.SKIP, "re-scan disabled by the policy")
        return
    if sbom is None:
        decision.add("vulnerabilities", RuleStatus.FAIL, "no trusted SBOM to re-scan")
        return
    if rescan is None:
        decision.add(
            "vulnerabilities", RuleStatus.FAIL, "cannot re-scan: no vulnerability database"
        )
        return
    found = rescan(sbom)
    if policy.fail_on == "none":
        blocking: list[tuple[str, str, str]] = []
    elif policy.fail_on == "any":
        blocking = found
    else:
        threshold = LEVELS.index(policy.fail_on)
        blocking = [f for f in found if f[2] in LEVELS and LEVELS.index(f[2]) >= threshold]
    if blocking:
        listed = ", ".join(f"{pkg} {vid} ({level})" for pkg, vid, level in blocking[:6])
        decision.add(
            "vulnerabilities",
            RuleStatus.FAIL,
            f"the attested SBOM now has {len(blocking)} finding(s) "
            f"at or above {policy.fail_on}: {listed}",
        )
    else:
        decision.add(
            "vulnerabilities",
            RuleStatus.PASS,
            f"re-scan of the attested SBOM: {len(found)} finding(s), "
            f"none at or above {policy.fail_on}",
        )


def _check_licenses(sbom: Any, policy: DeployPolicy, decision: Decision) -> None:
    from sscli.ingest.trust import license_allowed

    if not (policy.licenses_allow or policy.licenses_deny) and policy.licenses_unknown != "deny":
        decision.add("licenses", RuleStatus.SKIP, "the policy sets no license rules")
        return
    if sbom is None:
        decision.add("licenses", RuleStatus.FAIL, "no trusted SBOM to check licenses on")
        return
    problems = []
    from sscli.verify.rescan import components_of

    for component in components_of(sbom.get("components", []) if isinstance(sbom, dict) else []):
        expression = _component_license(component)
        name = component.get("name", "?") if isinstance(component, dict) else "?"
        if expression is None:
            if policy.licenses_unknown == "deny":
                problems.append(f"{name}: no SPDX license")
        elif not license_allowed(expression, policy.licenses_allow, policy.licenses_deny):
            problems.append(f"{name}: {expression}")
    if problems:
        decision.add("licenses", RuleStatus.FAIL, "not allowed: " + "; ".join(problems[:8]))
    else:
        decision.add("licenses", RuleStatus.PASS, "every component's license is allowed")


def _component_license(component: Any) -> str | None:
    """Every license a component declares, as one expression (several entries all apply: AND);
    None when any entry is not an SPDX id or expression."""
    licenses = component.get("licenses", []) if isinstance(component, dict) else []
    parts: list[str] = []
    for entry in licenses if isinstance(licenses, list) else []:
        license_ = entry.get("license") if isinstance(entry, dict) else None
        if isinstance(entry, dict) and isinstance(entry.get("expression"), str):
            parts.append(str(entry["expression"]))
        elif isinstance(license_, dict) and isinstance(license_.get("id"), str):
            parts.append(str(license_["id"]))
        else:
            return None
    if len(parts) > 1:
        return " AND ".join(f"({part})" for part in parts)
    return parts[0] if parts else None


def _apply_exceptions(decision: Decision, policy: DeployPolicy, name: str, today: Any) -> None:
    from sscli.verify.decision import RuleResult

    for index, rule in enumerate(decision.rules):
        if rule.status is not RuleStatus.FAIL:
            continue
        for exception in policy.exceptions:
            if exception.rule != rule.rule or (
                exception.subject and not fnmatch.fnmatchcase(name, exception.subject)
            ):
                continue
            if today > exception.expires:
                decision.rules[index] = RuleResult(
                    rule.rule,
                    RuleStatus.FAIL,
                    f"{rule.reason} (the exception expired on {exception.expires})",
                )
            else:
                decision.rules[index] = RuleResult(
                    rule.rule,
                    RuleStatus.WAIVED,
                    f"{rule.reason} (waived until {exception.expires}: {exception.reason})",
                )
            break
