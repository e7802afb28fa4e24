"""Who signed a keyless Sigstore bundle: the Fulcio certificate's claims, read by their OIDs,
and the identity a policy expects of them (what `gh attestation verify` checks).

Fulcio records the OIDC token's claims as certificate extensions under 1.3.6.1.4.1.57264.1
(https://github.com/sigstore/fulcio/blob/main/docs/oid-info.md). The extensions from .8 on hold
a DER UTF8String; .1 to .6 hold raw bytes (deprecated, .1 still written for the issuer). Every
value is read by OID from the parsed certificate and decoded strictly; nothing is found by
searching text, and a certificate that carries an extension twice is refused.

Nothing here checks a signature or a chain: `bundle_verify` calls `match_identity` on a
certificate it has verified.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from typing import TYPE_CHECKING, Any

from sscli.errors import InputError, PolicyError, UsageError

if TYPE_CHECKING:
    from cryptography.x509 import Certificate

FULCIO_ARC = "1.3.6.1.4.1.57264.1"
GITHUB_ACTIONS_ISSUER = "https://token.actions.githubusercontent.com"
GITHUB_HOSTED = "github-hosted"
SLSA_PROVENANCE_V1 = "https://slsa.dev/provenance/v1"

# Claim name -> OID suffix under FULCIO_ARC; all DER UTF8String (Fulcio's v2 extensions).
_DER_CLAIMS: Mapping[str, int] = {
    "issuer": 8,
    "build_signer_uri": 9,
    "build_signer_digest": 10,
    "runner_environment": 11,
    "source_repository_uri": 12,
    "source_repository_digest": 13,
    "source_repository_ref": 14,
    "source_repository_identifier": 15,
    "source_repository_owner_uri": 16,
    "source_repository_owner_identifier": 17,
    "build_config_uri": 18,
    "build_config_digest": 19,
    "build_trigger": 20,
    "run_invocation_uri": 21,
    "source_repository_visibility_at_signing": 22,
}
_RAW_ISSUER = 1  # the deprecated issuer extension: the URL's bytes, not DER
_OTHERNAME_USERNAME = f"{FULCIO_ARC}.7"

_OWNER = re.compile(r"^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})\Z")
_REPO_NAME = re.compile(r"^[A-Za-z0-9._-]{1,100}\Z")
_HOST = re.compile(r"^[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+\Z")
_HEX_DIGEST = re.compile(r"^(?:[0-9a-f]{40}|[0-9a-f]{64})\Z")
_CONTROL = re.compile(r"[\x00-\x20\x7f]")


@dataclass(frozen=True)
class FulcioClaims:
    """The identity a Fulcio certificate states: its subject alternative names and the OIDC
    claims Fulcio copied into extensions (None where the certificate has none)."""

    subject: tuple[str, ...]
    issuer: str | None = None
    build_signer_uri: str | None = None
    build_signer_digest: str | None = None
    runner_environment: str | None = None
    source_repository_uri: str | None = None
    source_repository_digest: str | None = None
    source_repository_ref: str | None = None
    source_repository_identifier: str | None = None
    source_repository_owner_uri: str | None = None
    source_repository_owner_identifier: str | None = None
    build_config_uri: str | None = None
    build_config_digest: str | None = None
    build_trigger: str | None = None
    run_invocation_uri: str | None = None
    source_repository_visibility_at_signing: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """JSON form, in camelCase as sigstore-go and gh name these claims."""
        data: dict[str, Any] = {"subjectAlternativeName": list(self.subject)}
        for item in fields(self):
            value = getattr(self, item.name)
            if item.name != "subject" and value is not None:
                data[_camel(item.name)] = value
        return data


def _camel(name: str) -> str:
    head, *rest = name.split("_")
    return head + "".join(part.capitalize() for part in rest)


def read_claims(certificate: Certificate) -> FulcioClaims:
    """The claims of `certificate`, each read by its OID. A certificate with an extension twice,
    a value that is not a well-formed DER UTF8String, or two issuer extensions that disagree is
    an `InputError`: such a certificate is hostile, whoever signed it."""
    from cryptography import x509

    extensions = certificate_extensions(certificate)
    by_oid = {ext.oid.dotted_string: ext for ext in extensions}
    values: dict[str, str] = {}
    for name, suffix in _DER_CLAIMS.items():
        ext = by_oid.get(f"{FULCIO_ARC}.{suffix}")
        if ext is not None:
            values[name] = _der_utf8(_raw(ext), f"{FULCIO_ARC}.{suffix}")
    raw_issuer = by_oid.get(f"{FULCIO_ARC}.{_RAW_ISSUER}")
    if raw_issuer is not None:
        legacy = _text(_raw(raw_issuer), f"{FULCIO_ARC}.{_RAW_ISSUER}")
        if values.setdefault("issuer", legacy) != legacy:
            raise InputError(
                f"the certificate's two issuer extensions disagree ({legacy!r} and "
                f"{values['issuer']!r})"
            )
    san = by_oid.get(x509.oid.ExtensionOID.SUBJECT_ALTERNATIVE_NAME.dotted_string)
    subject = _subject_names(san.value) if san is not None else ()
    return FulcioClaims(subject=subject, **values)


def certificate_extensions(certificate: Certificate) -> Any:
    """The certificate's extensions; one that appears twice, or does not parse, makes the
    certificate hostile input (`InputError`), whichever claim it would shadow."""
    from cryptography import x509

    try:
        return certificate.extensions
    except (x509.DuplicateExtension, ValueError) as exc:
        raise InputError(f"the signing certificate's extensions are malformed: {exc}") from exc


def _raw(extension: Any) -> bytes:
    from cryptography import x509

    if not isinstance(extension.value, x509.UnrecognizedExtension):
        raise InputError(f"unexpected content in certificate extension {extension.oid}")
    return bytes(extension.value.value)


def _der_utf8(data: bytes, oid: str) -> str:
    """Strict DER: one UTF8String (tag 12) with a minimal length, nothing after it."""
    if len(data) < 2 or data[0] != 0x0C:
        raise InputError(f"certificate extension {oid} is not a DER UTF8String")
    length, start = data[1], 2
    if length & 0x80:
        count = length & 0x7F
        if count == 0 or count > 4 or len(data) < 2 + count or data[2] == 0:
            raise InputError(f"certificate extension {oid} has a malformed DER length")
        length = int.from_bytes(data[2 : 2 + count], "big")
        start = 2 + count
        if length < 0x80:
            raise InputError(f"certificate extension {oid} has a non-minimal DER length")
    if start + length != len(data):
        raise InputError(f"certificate extension {oid} has a wrong DER length")
    return _text(data[start:], oid)


def _text(data: bytes, oid: str) -> str:
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(f"certificate extension {oid} is not UTF-8") from exc
    if "\x00" in text:
        raise InputError(f"certificate extension {oid} contains a NUL character")
    return text


def _subject_names(names: Any) -> tuple[str, ...]:
    from cryptography import x509

    found: list[str] = []
    for name in names:
        if isinstance(name, x509.UniformResourceIdentifier | x509.RFC822Name):
            found.append(str(name.value))
        elif isinstance(name, x509.OtherName) and name.type_id.dotted_string == (
            _OTHERNAME_USERNAME
        ):
            found.append(_der_utf8(name.value, _OTHERNAME_USERNAME))
    return tuple(found)


# --- what a policy expects -------------------------------------------------------------------


@dataclass(frozen=True)
class IdentitySpec:
    """The signer a policy trusts, with the options of `gh attestation verify`.

    `owner`/`repo` are checked against the source repository (owner) URI extensions;
    `signer_workflow` (`[HOST/]OWNER/REPO/PATH[@REF]`) and `signer_repo` (`OWNER/REPO`, for
    reusable workflows) against the certificate's subject, the workflow that signed. Without
    either (and without an exact `identity`), the signing workflow must live in the repository
    (or owner) itself, as gh requires. GitHub owner and repository names compare without case,
    as GitHub treats them; every other value compares exactly.
    """

    issuer: str | None = None
    identity: str | None = None
    owner: str | None = None
    repo: str | None = None
    signer_workflow: str | None = None
    signer_repo: str | None = None
    signer_digest: str | None = None
    source_ref: str | None = None
    source_digest: str | None = None
    deny_self_hosted_runners: bool = False
    predicate_type: str | None = None
    host: str = "github.com"
    _github: bool = field(default=False, repr=False)

    @property
    def is_github(self) -> bool:
        """Whether GitHub Actions claims are checked (an owner, repository or signer given)."""
        return self._github

    def to_dict(self) -> dict[str, Any]:
        """The non-empty fields, in the policy's spelling (dashes)."""
        data: dict[str, Any] = {}
        for item in fields(self):
            value = getattr(self, item.name)
            if not item.name.startswith("_") and value not in (None, False):
                data[item.name.replace("_", "-")] = value
        return data


def identity_spec(
    *,
    issuer: str | None = None,
    identity: str | None = None,
    owner: str | None = None,
    repo: str | None = None,
    signer_workflow: str | None = None,
    signer_repo: str | None = None,
    signer_digest: str | None = None,
    source_ref: str | None = None,
    source_digest: str | None = None,
    deny_self_hosted_runners: bool = False,
    predicate_type: str | None = None,
    host: str | None = None,
) -> IdentitySpec:
    """A validated `IdentitySpec` (malformed values are a `UsageError` naming the option).

    GitHub options (owner, repo, signer, source) imply the GitHub Actions issuer of `host`
    unless `issuer` is given, and (for attestations) SLSA provenance v1 unless
    `predicate_type` is given: the defaults of `gh attestation verify`. Without them, `issuer`
    and `identity` are both needed: an identity means something only with the issuer that
    vouched for it.
    """
    host = (host or "github.com").lower()
    if not _HOST.match(host):
        raise UsageError(f"not a host name: {host!r}", field="--hostname")
    github = any(
        (owner, repo, signer_workflow, signer_repo, signer_digest, source_ref, source_digest)
    ) or bool(deny_self_hosted_runners)
    if repo is not None:
        repo_owner = _owner_repo(repo, "--repo")[0]
        if owner is not None and owner.lower() != repo_owner.lower():
            raise UsageError(f"--owner {owner} is not the owner of --repo {repo}")
        owner = owner or repo_owner
    if owner is not None and not _OWNER.match(owner):
        raise UsageError(f"not a GitHub owner name: {owner!r}", field="--owner")
    if github and owner is None:
        raise UsageError("GitHub identity checks need --owner or --repo (as gh does)")
    if signer_repo is not None:
        _owner_repo(signer_repo, "--signer-repo")
    if signer_workflow is not None:
        _signer_workflow_prefix(signer_workflow, host)
    if source_ref is not None and (
        not source_ref.startswith("refs/") or _CONTROL.search(source_ref)
    ):
        raise UsageError(
            f"not a full git ref: {source_ref!r}",
            field="--source-ref",
            hint="give the full ref, e.g. refs/heads/main or refs/tags/v1.0",
        )
    for value, option in ((source_digest, "--source-digest"), (signer_digest, "--signer-digest")):
        if value is not None and not _HEX_DIGEST.match(value):
            raise UsageError(f"not a git commit digest: {value!r}", field=option)
    if github and issuer is None:
        issuer = _github_issuer(host)
    if not issuer:
        raise UsageError(
            "a keyless bundle is verified against the OIDC issuer that vouched for the signer",
            hint="give --cert-oidc-issuer (and --cert-identity), or --owner/--repo for GitHub",
        )
    if not github and not identity:
        raise UsageError(
            "give the signer's identity: --cert-identity, or --owner/--repo for GitHub Actions"
        )
    return IdentitySpec(
        issuer=issuer,
        identity=identity,
        owner=owner,
        repo=repo,
        signer_workflow=signer_workflow,
        signer_repo=signer_repo,
        signer_digest=signer_digest,
        source_ref=source_ref,
        source_digest=source_digest,
        deny_self_hosted_runners=deny_self_hosted_runners,
        predicate_type=predicate_type,
        host=host,
        _github=github,
    )


def _github_issuer(host: str) -> str:
    if host == "github.com":
        return GITHUB_ACTIONS_ISSUER
    if host.endswith(".ghe.com"):  # GitHub Enterprise Cloud with data residency
        return f"https://token.actions.{host.removesuffix('.ghe.com')}.ghe.com"
    raise UsageError(
        f"the GitHub Actions OIDC issuer of {host} is not known",
        hint="give it with --cert-oidc-issuer (GitHub Enterprise Server: "
        f"https://{host}/_services/token)",
    )


def _owner_repo(value: str, option: str) -> tuple[str, str]:
    owner, sep, name = value.partition("/")
    if not sep or not _OWNER.match(owner) or not _REPO_NAME.match(name) or name in (".", ".."):
        raise UsageError(f"expected OWNER/REPO, got {value!r}", field=option)
    return owner, name


def _signer_workflow_prefix(value: str, host: str) -> tuple[str, str | None]:
    """(`https://HOST/OWNER/REPO/PATH@`, REF or None) for a `--signer-workflow` value."""
    workflow, _, ref = value.partition("@")
    parts = workflow.split("/")
    if parts and "." in parts[0]:  # a host first, as gh allows
        host, parts = parts[0].lower(), parts[1:]
    if (
        len(parts) < 3
        or not _OWNER.match(parts[0])
        or not _REPO_NAME.match(parts[1])
        or any(p in ("", ".", "..") for p in parts[2:])
        or _CONTROL.search(value)
    ):
        raise UsageError(
            f"expected [HOST/]OWNER/REPO/PATH/TO/WORKFLOW[@REF], got {value!r}",
            field="--signer-workflow",
        )
    prefix = f"https://{host}/{parts[0]}/{parts[1]}/{'/'.join(parts[2:])}@"
    return prefix, (ref or None)


# --- matching ----------------------------------------------------------------------------


@dataclass(frozen=True)
class FieldMatch:
    """One checked identity field: what was expected and what the certificate says."""

    name: str
    expected: str
    actual: str | None
    matched: bool

    def to_dict(self) -> dict[str, Any]:
        return {
            "field": self.name,
            "expected": self.expected,
            "actual": self.actual,
            "matched": self.matched,
        }


@dataclass(frozen=True)
class IdentityMatch:
    """Every field of an `IdentitySpec` that was checked, all of them matched."""

    fields: tuple[FieldMatch, ...]

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(f.name for f in self.fields)

    def to_dict(self) -> list[dict[str, Any]]:
        return [f.to_dict() for f in self.fields]


def match_identity(
    claims: FulcioClaims, spec: IdentitySpec, predicate_type: str | None = None
) -> IdentityMatch:
    """Check every field `spec` sets against `claims`, and the statement's `predicate_type`
    (None for a message signature) against the one the spec names, or SLSA provenance v1 for
    a GitHub attestation; a `PolicyError` lists every field that did not match."""
    checks = _checks(claims, spec)
    wanted = spec.predicate_type
    if wanted is None and spec.is_github and predicate_type is not None:
        wanted = SLSA_PROVENANCE_V1
    if wanted is not None:
        checks.append(_exact("predicate-type", wanted, predicate_type or "(a message signature)"))
    failed = [c for c in checks if not c.matched]
    if failed:
        raise PolicyError(
            "the signer is not the expected one: "
            + "; ".join(
                f"{c.name}: expected {c.expected}, the certificate says {c.actual or '(nothing)'}"
                for c in failed
            )
        )
    return IdentityMatch(tuple(checks))


def _checks(claims: FulcioClaims, spec: IdentitySpec) -> list[FieldMatch]:
    subject = claims.subject[0] if len(claims.subject) == 1 else None
    checks = [_exact("cert-oidc-issuer", spec.issuer or "", claims.issuer)]
    if len(claims.subject) != 1:
        checks.append(
            FieldMatch("subject", "exactly one name", ", ".join(claims.subject) or None, False)
        )
    if spec.identity is not None:
        checks.append(_exact("cert-identity", spec.identity, subject))
    if not spec.is_github:
        return checks
    base = f"https://{spec.host}"
    assert spec.owner is not None  # identity_spec requires it with GitHub options
    checks.append(_folded("owner", f"{base}/{spec.owner}", claims.source_repository_owner_uri))
    if spec.repo is not None:
        checks.append(_folded("repo", f"{base}/{spec.repo}", claims.source_repository_uri))
    if spec.signer_workflow is not None:
        prefix, ref = _signer_workflow_prefix(spec.signer_workflow, spec.host)
        checks.append(_workflow("signer-workflow", prefix, ref, subject))
    if spec.signer_repo is not None:
        checks.append(_under("signer-repo", f"{base}/{spec.signer_repo}/", subject))
    if spec.identity is None and spec.signer_workflow is None and spec.signer_repo is None:
        # gh's default: the signing workflow lives in the repository (or owner) it attests for
        home = spec.repo or spec.owner
        checks.append(_under("signer-workflow", f"{base}/{home}/", subject))
    if claims.build_signer_uri is not None or subject is not None:
        checks.append(_exact("build-signer-uri", subject or "", claims.build_signer_uri))
    if spec.signer_digest is not None:
        checks.append(_exact("signer-digest", spec.signer_digest, claims.build_signer_digest))
    checks += _build_checks(
        claims, spec.source_ref, spec.source_digest, spec.deny_self_hosted_runners, GITHUB_HOSTED
    )
    return checks


def _build_checks(
    claims: FulcioClaims,
    source_ref: str | None,
    source_digest: str | None,
    deny_self_hosted_runners: bool,
    hosted: str,
) -> list[FieldMatch]:
    checks = []
    if source_ref is not None:
        checks.append(_exact("source-ref", source_ref, claims.source_repository_ref))
    if source_digest is not None:
        checks.append(_exact("source-digest", source_digest, claims.source_repository_digest))
    if deny_self_hosted_runners:
        checks.append(_exact("runner-environment", hosted, claims.runner_environment))
    return checks


def match_build_claims(
    certificate: Certificate,
    *,
    source_ref: str | None = None,
    source_digest: str | None = None,
    deny_self_hosted_runners: bool = False,
    hosted: str = GITHUB_HOSTED,
) -> IdentityMatch:
    """The build checks alone (the source ref and commit built, a hosted runner), for a signer
    verified by other means, such as a PEP 740 trusted publisher; `hosted` is the CI's name for
    its own runners (`gitlab-hosted` on GitLab). A `PolicyError` lists every mismatch."""
    if source_ref is not None and (
        not source_ref.startswith("refs/") or _CONTROL.search(source_ref)
    ):
        raise UsageError(f"not a full git ref: {source_ref!r}", field="--source-ref")
    if source_digest is not None and not _HEX_DIGEST.match(source_digest):
        raise UsageError(f"not a git commit digest: {source_digest!r}", field="--source-digest")
    claims = read_claims(certificate)
    checks = _build_checks(claims, source_ref, source_digest, deny_self_hosted_runners, hosted)
    failed = [c for c in checks if not c.matched]
    if failed:
        raise PolicyError(
            "the build is not the expected one: "
            + "; ".join(f"{c.name}: expected {c.expected}, the certificate says "
                        f"{c.actual or '(nothing)'}" for c in failed)
        )  # fmt: skip
    return IdentityMatch(tuple(checks))


_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def _fold(text: str) -> str:
    """ASCII case folding, as GitHub compares names: `str.lower` would also fold the Kelvin
    sign into `k` and other look-alikes into the letters they imitate."""
    return text.translate(_ASCII_LOWER)


def _exact(name: str, expected: str, actual: str | None) -> FieldMatch:
    return FieldMatch(name, expected, actual, actual is not None and actual == expected)


def _folded(name: str, expected: str, actual: str | None) -> FieldMatch:
    matched = actual is not None and _fold(actual) == _fold(expected)
    return FieldMatch(name, expected, actual, matched)


def _under(name: str, prefix: str, actual: str | None) -> FieldMatch:
    """`actual` lies under the URL `prefix` (host, owner and repository compared without case;
    the path after them exactly)."""
    matched = actual is not None and _fold(actual[: len(prefix)]) == _fold(prefix)
    return FieldMatch(name, f"{prefix}*", actual, matched)


def _workflow(name: str, prefix: str, ref: str | None, actual: str | None) -> FieldMatch:
    """`actual` is `prefix` + a ref (any ref, or exactly `ref`), where `prefix` ends in `@`
    right after the workflow's path: `release.yml` never matches `release.yml2`."""
    owner_repo_end = prefix.index("/", prefix.index("/", len("https://") + 1) + 1)
    owner_repo_end = prefix.index("/", owner_repo_end + 1)
    matched = (
        actual is not None
        and _fold(actual[:owner_repo_end]) == _fold(prefix[:owner_repo_end])
        and actual[owner_repo_end : len(prefix)] == prefix[owner_repo_end:]
        and len(actual) > len(prefix)
        and (ref is None or actual[len(prefix) :] == ref)
    )
    return FieldMatch(name, prefix + (ref or "*"), actual, matched)
