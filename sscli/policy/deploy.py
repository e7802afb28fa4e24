"""The `deploy:` section of a policy: who is trusted to sign which predicates, what must be
attested, and what the attestations must say for an artifact to be deployed."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from sscli.errors import InputError
from sscli.keyrefs import kms_scheme
from sscli.policy.model import policy_duration
from sscli.policy.patterns import PatternError, validate_pattern

KIND_TYPES = {
    "provenance": "https://slsa.dev/provenance/v1",
    "sbom": "https://cyclonedx.org/bom",
    "vulns": "https://in-toto.io/attestation/vulns/v0.1",
    "ingest": "https://sscli.dev/attestation/ingest/v1",
    # about the commit the artifact was built from, not about the artifact (the `source` rule)
    "source": "https://slsa.dev/verification_summary/v1",
    "source-scan": "https://sscli.dev/attestation/source-scan/v1",
}
SOURCE_KINDS = frozenset({"source", "source-scan"})


@dataclass(frozen=True)
class SigstoreIdentity:
    identity: str  # the certificate's SAN, or a pattern of it (sscli.policy.patterns)
    issuer: str


@dataclass(frozen=True)
class TrustedSigner:
    name: str  # unique within the policy
    predicate_types: frozenset[str]
    keys: tuple[Path | str, ...] = ()  # PEM files, or KMS/HSM key URIs (str)
    threshold: int = 1
    sigstore: tuple[SigstoreIdentity, ...] = ()
    development: bool = False


@dataclass(frozen=True)
class ProvenanceRules:
    builder_ids: tuple[str, ...] = ()
    build_types: tuple[str, ...] = ()
    source_repositories: tuple[str, ...] = ()
    source_refs: tuple[str, ...] = ()
    reproducible: str = "any"  # identical | equivalent | any
    sandboxed: bool = False
    dependencies_from_vault: bool = False
    allow_dirty: bool = True


@dataclass(frozen=True)
class SourceRules:
    """`deploy.source`: the artifact's source commit needs a trusted Source VSA of at least
    `level`, about one of `repositories` (else the provenance's own), from one of
    `verifier_ids`, for one of `refs`; with `scan`, also a trusted passed source scan."""

    level: int = 1
    repositories: tuple[str, ...] = ()
    verifier_ids: tuple[str, ...] = ()
    refs: tuple[str, ...] = ()
    scan: bool = False


@dataclass(frozen=True)
class DeployException:
    rule: str
    reason: str
    expires: date
    subject: str | None = None


@dataclass(frozen=True)
class DeployPolicy:
    signers: tuple[TrustedSigner, ...]
    required_types: tuple[str, ...]
    allow_development_keys: bool = False
    provenance: ProvenanceRules = field(default_factory=ProvenanceRules)
    max_age: timedelta | None = None
    subject_names: tuple[str, ...] = ()
    rescan: bool = True
    fail_on: str = "high"
    vex: tuple[Path, ...] = ()
    licenses_allow: frozenset[str] = frozenset()
    licenses_deny: frozenset[str] = frozenset()
    licenses_unknown: str = "warn"
    exceptions: tuple[DeployException, ...] = ()
    source: Path | None = None  # the policy file, for errors that name it
    source_rules: SourceRules | None = None  # None: no source attestation is required


def deploy_from_document(section: dict[str, Any], path: Path | None) -> DeployPolicy:
    """Build the model from a schema-validated `deploy:` section; key paths are relative to the
    policy file `path`. What the schema cannot say is checked here: patterns are in the
    grammar, durations are bounded, signer names are unique, and a threshold does not exceed
    the keys listed (whether those are distinct keys is known once they are loaded)."""
    base = path.parent if path else Path()
    _check_patterns(section, path)
    signers = tuple(_signer(s, i, base, path) for i, s in enumerate(section["signers"]))
    names = [s.name for s in signers]
    if len(set(names)) != len(names):
        duplicate = next(n for n in names if names.count(n) > 1)
        raise InputError(f"two signers are named {duplicate!r}", path=path, field="deploy.signers")
    rules = section.get("provenance", {})
    vulns = section.get("vulnerabilities", {})
    licenses = section.get("licenses", {})
    return DeployPolicy(
        signers=signers,
        required_types=tuple(KIND_TYPES[k] for k in section["require"]),
        allow_development_keys=section.get("allow_development_keys", False),
        provenance=ProvenanceRules(
            builder_ids=tuple(rules.get("builder_ids", ())),
            build_types=tuple(rules.get("build_types", ())),
            source_repositories=tuple(rules.get("source_repositories", ())),
            source_refs=tuple(rules.get("source_refs", ())),
            reproducible=rules.get("reproducible", "any"),
            sandboxed=rules.get("sandboxed", False),
            dependencies_from_vault=rules.get("dependencies_from_vault", False),
            allow_dirty=rules.get("allow_dirty", True),
        ),
        max_age=(
            policy_duration(section["max_age"], path=path, field="deploy.max_age")
            if "max_age" in section
            else None
        ),
        subject_names=tuple(section.get("subject_names", ())),
        rescan=vulns.get("rescan", True),
        fail_on=vulns.get("fail_on", "high"),
        vex=tuple(base / v for v in vulns.get("vex", ())),
        licenses_allow=frozenset(licenses.get("allow", ())),
        licenses_deny=frozenset(licenses.get("deny", ())),
        licenses_unknown=licenses.get("unknown", "warn"),
        exceptions=tuple(
            DeployException(
                e["rule"], e["reason"], date.fromisoformat(e["expires"]), e.get("subject")
            )
            for e in section.get("exceptions", ())
        ),
        source=path,
        source_rules=_source_rules(section["source"]) if "source" in section else None,
    )


def _source_rules(raw: dict[str, Any]) -> SourceRules:
    return SourceRules(
        level=raw.get("level", 1),
        repositories=tuple(raw.get("repositories", ())),
        verifier_ids=tuple(raw.get("verifier_ids", ())),
        refs=tuple(raw.get("refs", ())),
        scan=raw.get("scan", False),
    )


def _signer(raw: dict[str, Any], index: int, base: Path, path: Path | None) -> TrustedSigner:
    keys = tuple(k if kms_scheme(k) else base / k for k in raw.get("keys", ()))
    threshold = raw.get("threshold", 1)
    if keys and threshold > len(keys):
        raise InputError(
            f"signer {raw['name']}: threshold {threshold} exceeds the {len(keys)} key(s) listed",
            path=path,
            field=f"deploy.signers[{index}].threshold",
        )
    return TrustedSigner(
        name=raw["name"],
        predicate_types=frozenset(KIND_TYPES[k] for k in raw["predicates"]),
        keys=keys,
        threshold=threshold,
        sigstore=tuple(
            SigstoreIdentity(i["identity"], i["issuer"]) for i in raw.get("sigstore", ())
        ),
        development=raw.get("development", False),
    )


def _check_patterns(section: dict[str, Any], path: Path | None) -> None:
    fields: list[tuple[str, str]] = []
    for i, signer in enumerate(section["signers"]):
        for j, identity in enumerate(signer.get("sigstore", ())):
            fields.append((f"deploy.signers[{i}].sigstore[{j}].identity", identity["identity"]))
    for key, values in section.get("provenance", {}).items():
        if isinstance(values, list):
            fields += [(f"deploy.provenance.{key}[{n}]", v) for n, v in enumerate(values)]
    for key, values in section.get("source", {}).items():
        if isinstance(values, list):
            fields += [(f"deploy.source.{key}[{n}]", v) for n, v in enumerate(values)]
    fields += [
        (f"deploy.subject_names[{n}]", v) for n, v in enumerate(section.get("subject_names", ()))
    ]
    for n, exception in enumerate(section.get("exceptions", ())):
        if "subject" in exception:
            fields.append((f"deploy.exceptions[{n}].subject", exception["subject"]))
    for field_name, pattern in fields:
        try:
            validate_pattern(pattern)
        except PatternError as exc:
            raise InputError(
                f"not a pattern sscli reads: {exc}", path=path, field=field_name
            ) from None
