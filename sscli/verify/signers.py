"""The policy's trusted signers with their keys loaded, checked once before any evidence is."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sscli.attest.verify import distinct_keys
from sscli.errors import InputError
from sscli.policy.deploy import DeployPolicy, TrustedSigner


@dataclass(frozen=True)
class KeySigner:
    """A signer trusted by public keys, with the keys loaded (PEM files, or from the KMS)."""

    signer: TrustedSigner
    keys: tuple[Any, ...]  # securesystemslib SSlibKey

    @property
    def keyids(self) -> frozenset[str]:
        return frozenset(str(key.keyid) for key in self.keys)


def key_signers(policy: DeployPolicy) -> tuple[KeySigner, ...]:
    """Every signer of `policy` that trusts keys, keys loaded. A threshold that the signer's
    distinct keys cannot reach (the same key in two files, say) is an error in the policy:
    `InputError`, before anything is verified, not a failed verification later."""
    from sscli.attest.signing import load_trusted_key

    loaded = []
    for index, signer in enumerate(policy.signers):
        if not signer.keys:
            continue
        keys = tuple(load_trusted_key(reference) for reference in signer.keys)
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
