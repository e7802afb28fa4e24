"""PEP 740: verify the Sigstore attestations PyPI serves for a distribution against the trusted
publisher expected to have produced it, offline (pypi-attestations and sigstore do the
cryptography; the trusted root is sigstore's bundled one, never refreshed over the network).

Publishers are named `github:OWNER/REPO[@WORKFLOW]`, `gitlab:GROUP/PROJECT[@CI_FILE_PATH]` or
`google:SERVICE_ACCOUNT_EMAIL`. Without a workflow, any workflow of that repository is accepted;
without an expected publisher at all (`None`), the publisher PyPI recorded is accepted and
reported: the attestation still has to verify for it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sscli.errors import InputError, PolicyError
from sscli.fsutil import read_bytes_limited

MAX_PROVENANCE_BYTES = 8 * 1024 * 1024


@dataclass(frozen=True)
class ExpectedPublisher:
    """The publisher a distribution's attestations must name, as `parse_publisher` reads it."""

    kind: str  # github | gitlab | google
    identity: str  # OWNER/REPO, GROUP/PROJECT or an e-mail address
    workflow: str | None = None


@dataclass(frozen=True)
class BuildExpectation:
    """What `gh attestation verify` also checks, where a PEP 740 certificate says it: the git
    ref and commit built, and that the publisher ran on the CI's own runners."""

    source_ref: str | None = None
    source_digest: str | None = None
    deny_self_hosted_runners: bool = False

    def __bool__(self) -> bool:
        return bool(self.source_ref or self.source_digest or self.deny_self_hosted_runners)


@dataclass(frozen=True)
class PypiVerification:
    """A PEP 740 attestation that verified: for which publisher, of what predicate type."""

    publisher: str  # as verified
    predicate_type: str
    matched: tuple[str, ...] = ()  # the build fields checked, all matched


def parse_publisher(spec: str) -> ExpectedPublisher:
    kind, sep, rest = spec.partition(":")
    identity, _, workflow = (rest, "", "") if kind == "google" else rest.partition("@")
    if not sep or kind not in ("github", "gitlab", "google") or not identity:
        raise InputError(
            f"unknown publisher {spec!r}",
            field="--publisher",
            hint="github:OWNER/REPO[@WORKFLOW], gitlab:GROUP/PROJECT[@CI_FILE] or google:EMAIL",
        )
    if kind in ("github", "gitlab") and identity.count("/") < 1:
        raise InputError(f"{kind} publishers are OWNER/REPO, got {identity!r}", field="--publisher")
    return ExpectedPublisher(kind, identity, workflow or None)


def _bundles(data: bytes, origin: str) -> list[tuple[Any, list[Any]]]:
    """(publisher, attestations) pairs from a PEP 740 provenance object, a single attestation,
    or a Sigstore bundle."""
    from pypi_attestations import Attestation, Provenance

    try:
        document = json.loads(data)
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise InputError(f"not valid JSON: {exc}", path=origin) from exc
    try:
        if isinstance(document, dict) and "attestation_bundles" in document:
            provenance = Provenance.model_validate(document)
            return [(b.publisher, list(b.attestations)) for b in provenance.attestation_bundles]
        if isinstance(document, dict) and "envelope" in document:
            return [(None, [Attestation.model_validate(document)])]
        if isinstance(document, dict) and "mediaType" in document:
            from sigstore.models import Bundle

            return [(None, [Attestation.from_bundle(Bundle.from_json(data))])]
    except InputError:
        raise
    except Exception as exc:  # pydantic and sigstore raise their own types for hostile JSON
        raise InputError(f"not a PEP 740 attestation: {exc}", path=origin) from exc
    raise InputError("not a PEP 740 provenance, attestation or Sigstore bundle", path=origin)


def _publisher_for(expected: ExpectedPublisher | None, recorded: Any) -> Any:
    """The publisher to verify against: the expected one, completed from the recorded one only
    where the expectation leaves it open (any workflow of the repository)."""
    from pypi_attestations import GitHubPublisher, GitLabPublisher, GooglePublisher

    if expected is None:
        if recorded is None:
            raise InputError(
                "no publisher given and none recorded with the attestation", field="--publisher"
            )
        return recorded
    if expected.kind == "google":
        return GooglePublisher(email=expected.identity)
    recorded_kind = getattr(recorded, "kind", "").lower()
    workflow = expected.workflow
    if workflow is None:
        if (
            recorded_kind != expected.kind
            or getattr(recorded, "repository", None) != expected.identity
        ):
            wanted = f"{expected.kind}:{expected.identity}"
            raise PolicyError(
                f"the attestation was published by {_describe(recorded)}, not {wanted}"
            )
        workflow = recorded.workflow if expected.kind == "github" else recorded.workflow_filepath
    if expected.kind == "github":
        return GitHubPublisher(repository=expected.identity, workflow=workflow)
    return GitLabPublisher(repository=expected.identity, workflow_filepath=workflow)


def _describe(publisher: Any) -> str:
    if publisher is None:
        return "an unknown publisher"
    kind = getattr(publisher, "kind", "?")
    return f"{kind}:{getattr(publisher, 'repository', None) or getattr(publisher, 'email', '?')}"


def verify_pypi(
    filename: str,
    sha256: str,
    attestation_data: bytes,
    expected: ExpectedPublisher | None,
    *,
    origin: str,
    build: BuildExpectation | None = None,
) -> PypiVerification:
    """Verify that some attestation for the distribution `filename` with digest `sha256` was
    signed by the expected trusted publisher (and, with `build`, from that ref, commit and
    kind of runner, as its certificate's Fulcio claims say)."""
    import logging

    from pypi_attestations import AttestationError, Distribution

    logging.getLogger("sigstore").setLevel(logging.ERROR)  # offline TUF is what we asked for
    try:
        distribution = Distribution(name=filename, digest=sha256)
    except Exception as exc:  # a name that is not a distribution's
        raise InputError(f"not a distribution file name: {exc}", path=filename) from exc
    failures: list[str] = []
    for recorded, attestations in _bundles(attestation_data, origin):
        try:
            publisher = _publisher_for(expected, recorded)
        except PolicyError as exc:
            failures.append(exc.message)
            continue
        for attestation in attestations:
            try:
                predicate_type, _ = attestation.verify(publisher, distribution, offline=True)
                matched = _check_build(attestation, publisher, build)
            except AttestationError as exc:
                failures.append(str(exc).splitlines()[0][:300])
                continue
            except PolicyError as exc:
                failures.append(exc.message)
                continue
            return PypiVerification(_describe(publisher), predicate_type, matched)
    raise PolicyError(
        f"no attestation of {filename} verifies: " + ("; ".join(failures) or "none found")
    )


def _check_build(
    attestation: Any, publisher: Any, build: BuildExpectation | None
) -> tuple[str, ...]:
    """The build claims of the verified attestation's certificate (`identity`'s checks)."""
    if not build:
        return ()
    from cryptography.x509 import load_der_x509_certificate

    from sscli.attest.identity import match_build_claims

    assert build is not None
    certificate = load_der_x509_certificate(bytes(attestation.verification_material.certificate))
    hosted = "gitlab-hosted" if getattr(publisher, "kind", "") == "GitLab" else "github-hosted"
    return match_build_claims(
        certificate,
        source_ref=build.source_ref,
        source_digest=build.source_digest,
        deny_self_hosted_runners=build.deny_self_hosted_runners,
        hosted=hosted,
    ).names


def verify_pypi_file(
    dist: Path,
    attestation: Path,
    expected: ExpectedPublisher | None,
    build: BuildExpectation | None = None,
) -> PypiVerification:
    """`verify_pypi` for files on disk."""
    from sscli.fsutil import hash_file

    data = read_bytes_limited(attestation, MAX_PROVENANCE_BYTES)
    return verify_pypi(
        dist.name, hash_file(dist)["sha256"], data, expected, origin=str(attestation), build=build
    )
