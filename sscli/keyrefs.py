"""Key references: a PEM file path, or the URI of a key held by a KMS or an HSM.

Signing (`--key`), layouts (`--owner-key`) and deploy policies (`signers[].keys`) all accept
both; this is the one place that tells them apart.
"""

from __future__ import annotations

# securesystemslib URI schemes of keys held by a KMS or an HSM (the `kms` extra installs them).
KMS_SCHEMES = frozenset({"gcpkms", "awskms", "azurekms", "hsm"})


def kms_scheme(reference: str) -> str | None:
    """The KMS/HSM scheme of `reference` (`awskms` of `awskms:alias/release`), or None for a
    file path."""
    scheme, sep, _ = reference.partition(":")
    return scheme if sep and scheme in KMS_SCHEMES else None
