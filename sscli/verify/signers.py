"""The policy's trusted signers made ready for verification, checked once before any evidence
is: keys loaded (PEM files, or from the KMS), and Sigstore identities turned into the
`IdentitySpec`s the bundle verifier matches certificates against (the checks of
`gh attestation verify`)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sscli.attest.verify import distinct_keys
from sscli.errors import InputError, UsageError
from sscli.policy.deploy import DeployPolicy, SigstoreIdentity, TrustedSigner
from sscli.policy.patterns import is_pattern

if TYPE_CHECKING:
    from sscli.attest.identity import IdentitySpec


@dataclass(frozen=True)
class KeySigner:
    """A signer trusted by public keys, with the keys loaded (PEM files, or from the KMS)."""

    signer: TrustedSigner
    keys: tuple[Any, ...]  # securesystemslib SSlibKey

    @property
    def keyids(self) -> frozenset[str]:
        return frozenset(str(key.keyid) for key in self.keys)


@dataclass(frozen=True)
class KeylessIdentity:
    """One Sigstore identity of a signer: its policy entry and the spec it is checked with.
    When the entry's `identity` is a pattern, the certificate's subject is matched against
    `pattern` first, and a spec naming that subject exactly verifies it (`with_subject`)."""

    signer: TrustedSigner
    entry: SigstoreIdentity
    spec: IdentitySpec
    pattern: str | None = None

    def with_subject(self, subject: str | None, predicate_type: str | None) -> IdentitySpec:
        """The spec for a certificate whose subject matched the pattern (or the spec itself),
        requiring the entry's `predicate-type`, else `predicate_type` (the statement's: which
        types the signer may sign is the gate's `predicates` check)."""
        wanted = self.entry.predicate_type or predicate_type
        return _spec(self.entry, subject if self.pattern else self.entry.identity, wanted)


def key_signers(policy: DeployPolicy) -> tuple[KeySigner, ...]:
    """Every signer of `policy` that trusts keys, keys loaded. A threshold that the signer's
    distinct keys cannot reach (the same key in two files, say) is an error in the policy:
    `InputError`, before anything is verified, not a failed verification later."""
    from sscli.attest.signing import load_trusted_key

    read: dict[Path | str, Any] = {}

    def load(reference: Path | str) -> Any:  # a key two signers list is read once
        if reference not in read:
            read[reference] = load_trusted_key(reference)
        return read[reference]

    loaded = []
    for index, signer in enumerate(policy.signers):
        if not signer.keys:
            continue
        keys = tuple(load(reference) for reference in signer.keys)
        distinct = distinct_keys(keys)
        if signer.threshold > distinct:
            raise InputError(
                f"signer {signer.name}: threshold {signer.threshold} exceeds its {distinct} "
                f"distinct key(s) ({len(keys)} listed): no set of signatures can reach it",
                path=policy.source,
                field=f"deploy.signers[{index}].threshold",
                hint="the same public key in two files counts once",
            )
        loaded.append(KeySigner(signer, keys))
    return tuple(loaded)


def keyless_identities(policy: DeployPolicy) -> tuple[KeylessIdentity, ...]:
    """Every Sigstore identity of `policy`'s signers as a validated spec; a value that is not
    what its gh option takes (an owner name, a full ref, a commit) is an `InputError` naming
    the policy field."""
    found = []
    for i, signer in enumerate(policy.signers):
        for j, entry in enumerate(signer.sigstore):
            pattern = entry.identity if entry.identity and is_pattern(entry.identity) else None
            try:
                spec = _spec(entry, entry.identity, None)
            except UsageError as exc:
                raise InputError(
                    f"signer {signer.name}: {exc.message}",
                    path=policy.source,
                    field=f"deploy.signers[{i}].sigstore[{j}]",
                ) from None
            found.append(KeylessIdentity(signer, entry, spec, pattern))
    return tuple(found)


def _spec(
    entry: SigstoreIdentity, identity: str | None, predicate_type: str | None
) -> IdentitySpec:
    from sscli.attest.identity import identity_spec

    return identity_spec(
        issuer=entry.issuer,
        identity=identity,
        owner=entry.owner,
        repo=entry.repo,
        signer_workflow=entry.signer_workflow,
        signer_repo=entry.signer_repo,
        signer_digest=entry.signer_digest,
        source_ref=entry.source_ref,
        source_digest=entry.source_digest,
        deny_self_hosted_runners=entry.deny_self_hosted_runners,
        predicate_type=predicate_type,
        host=entry.hostname,
    )
