"""The `deploy:` section of a policy: who is trusted to sign which predicates, what must be
attested, and what the attestations must say for an artifact to be deployed."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from sscli.keyrefs import kms_scheme
from sscli.policy.model import parse_duration

KIND_TYPES = {
    "provenance": "https://slsa.dev/provenance/v1",
    "sbom": "https://cyclonedx.org/bom",
    "vulns": "https://in-toto.io/attestation/vulns/v0.1",
    "ingest": "https://sscli.dev/attestation/ingest/v1",
}


@dataclass(frozen=True)
class SigstoreIdentity:
    identity: str  # a pattern of the certificate's SAN
    issuer: str


@dataclass(frozen=True)
class TrustedSigner:
    name: str
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


def deploy_from_document(section: dict[str, Any], base: Path) -> DeployPolicy:
    """Build the model from a schema-validated `deploy:` section; paths are relative to `base`
    (the policy file's directory)."""
    signers = tuple(
        TrustedSigner(
            name=s["name"],
            predicate_types=frozenset(KIND_TYPES[k] for k in s["predicates"]),
            keys=tuple(k if kms_scheme(k) else base / k for k in s.get("keys", ())),
            threshold=s.get("threshold", 1),
            sigstore=tuple(
                SigstoreIdentity(i["identity"], i["issuer"]) for i in s.get("sigstore", ())
            ),
            development=s.get("development", False),
        )
        for s in section["signers"]
    )
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
        max_age=parse_duration(section["max_age"]) if "max_age" in section else None,
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
    )
