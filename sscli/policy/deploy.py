"""The `deploy:` section of a policy: who is trusted to sign which predicates, what must be
attested, and what the attestations must say for an artifact to be deployed."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from sscli.errors import InputError
from sscli.keyrefs import kms_scheme
from sscli.policy.model import NameSelection, name_selection, policy_duration
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
# An SBOM is CycloneDX or SPDX: the in-toto attestation spec's SPDX type (cosign writes the bare
# URI, GitHub's attest-sbom the versioned one) and its SPDX 3 form.
SPDX_TYPES = (
    "https://spdx.dev/Document",
    "https://spdx.dev/Document/v2.3",
    "https://spdx.dev/Document/v3.0",
)
KIND_ALL_TYPES = {kind: frozenset({uri}) for kind, uri in KIND_TYPES.items()}
KIND_ALL_TYPES["sbom"] = frozenset({KIND_TYPES["sbom"], *SPDX_TYPES})


def kind_of(predicate_type: str) -> str | None:
    """The policy's kind (provenance, sbom, vulns, ingest) of a predicate type, or None."""
    return next((k for k, types in KIND_ALL_TYPES.items() if predicate_type in types), None)


SOURCE_KINDS = frozenset({"source", "source-scan"})


@dataclass(frozen=True)
class SigstoreIdentity:
    """A keyless signer, with the checks of `gh attestation verify` (the policy spells them as
    gh's options: `signer-workflow`, `source-ref`, ...). `sscli.verify.signers` turns it into
    the `IdentitySpec` the bundle verifier matches certificates against."""

    identity: str | None = None  # the certificate's SAN, or a pattern of it (sscli.policy.patterns)
    issuer: str | None = None  # the OIDC issuer (default with owner/repo: GitHub Actions')
    owner: str | None = None
    repo: str | None = None
    signer_workflow: str | None = None
    signer_repo: str | None = None
    signer_digest: str | None = None
    source_ref: str | None = None
    source_digest: str | None = None
    deny_self_hosted_runners: bool = False
    hostname: str | None = None
    predicate_type: str | None = None  # the one type this identity may sign (gh's option)

    @property
    def label(self) -> str:
        """How messages name this identity."""
        return self.identity or f"github:{self.repo or self.owner}"


@dataclass(frozen=True)
class TrustedSigner:
    """A signer the gate trusts for some predicate types: its keys or Sigstore identities."""

    name: str  # unique within the policy
    predicate_types: frozenset[str]
    keys: tuple[Path | str, ...] = ()  # PEM files, or KMS/HSM key URIs (str)
    threshold: int = 1
    sigstore: tuple[SigstoreIdentity, ...] = ()
    development: bool = False


@dataclass(frozen=True)
class ProvenanceRules:
    """What a trusted provenance statement must say about the build (builder, source, sandbox)."""

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
    """A waiver of one deploy rule, for one subject or all, with a reason and an expiry date."""

    rule: str
    reason: str
    expires: date
    subject: str | None = None


@dataclass(frozen=True)
class DeployPolicy:
    """The deploy gate's rules: trusted signers, required attestations and what each must say."""

    signers: tuple[TrustedSigner, ...]
    required_types: tuple[str, ...]
    allow_development_keys: bool = False
    provenance: ProvenanceRules = field(default_factory=ProvenanceRules)
    max_age: timedelta | None = None
    subject_names: tuple[str, ...] = ()
    rescan: bool = True
    fail_on: str = "high"
    unscannable: str = "warn"  # SBOM components the re-scan cannot judge: allow | warn | deny
    vex: tuple[Path, ...] = ()
    licenses_allow: frozenset[str] = frozenset()
    licenses_deny: frozenset[str] = frozenset()
    licenses_unknown: str = "warn"
    exceptions: tuple[DeployException, ...] = ()
    # Sigstore trusted roots (trusted_root.json, or the JSON Lines `gh attestation trusted-root`
    # prints), relative to the policy file; none: the roots `sscli trust update` cached
    trusted_roots: tuple[Path, ...] = ()
    source: Path | None = None  # the policy file, for errors that name it
    # build dependencies whose ingest record must say the wheel was built here from its sdist
    built_from_source: NameSelection = field(default_factory=NameSelection)
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
    if (
        "built_from_source" in section.get("dependencies", {})
        and "ingest" not in section["require"]
    ):
        raise InputError(
            "deploy.dependencies.built_from_source is checked on the ingest records: add "
            "ingest to deploy.require",
            path=path,
            field="deploy.dependencies",
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
        max_age=(
            policy_duration(section["max_age"], path=path, field="deploy.max_age")
            if "max_age" in section
            else None
        ),
        subject_names=tuple(section.get("subject_names", ())),
        rescan=vulns.get("rescan", True),
        fail_on=vulns.get("fail_on", "high"),
        unscannable=vulns.get("unscannable", "warn"),
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
        trusted_roots=tuple(base / r for r in _as_list(section.get("trusted_root", ()))),
        source=path,
        built_from_source=name_selection(section.get("dependencies", {}).get("built_from_source")),
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


def _as_list(value: str | list[str] | tuple[()]) -> list[str]:
    return [value] if isinstance(value, str) else list(value)


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
        predicate_types=frozenset(t for k in raw["predicates"] for t in KIND_ALL_TYPES[k]),
        keys=keys,
        threshold=threshold,
        sigstore=tuple(_sigstore_identity(i) for i in raw.get("sigstore", ())),
        development=raw.get("development", False),
    )


_IDENTITY_FIELDS = {
    "identity": "identity",
    "cert-identity": "identity",  # gh's spellings (the schema allows one of each pair)
    "issuer": "issuer",
    "cert-oidc-issuer": "issuer",
    "owner": "owner",
    "repo": "repo",
    "signer-workflow": "signer_workflow",
    "signer-repo": "signer_repo",
    "signer-digest": "signer_digest",
    "source-ref": "source_ref",
    "source-digest": "source_digest",
    "deny-self-hosted-runners": "deny_self_hosted_runners",
    "hostname": "hostname",
    "predicate-type": "predicate_type",
}


def _sigstore_identity(raw: dict[str, Any]) -> SigstoreIdentity:
    return SigstoreIdentity(
        **{name: raw[key] for key, name in _IDENTITY_FIELDS.items() if key in raw}
    )


def _check_patterns(section: dict[str, Any], path: Path | None) -> None:
    fields: list[tuple[str, str]] = []
    for i, signer in enumerate(section["signers"]):
        for j, identity in enumerate(signer.get("sigstore", ())):
            for key in ("identity", "cert-identity"):
                if key in identity:
                    fields.append((f"deploy.signers[{i}].sigstore[{j}].{key}", identity[key]))
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
