"""Attestations: in-toto Statements in DSSE envelopes, signed by key, KMS/HSM or Sigstore.

The public surface is small: models (`statement`, `dsse`), builders (`predicates`, `subjects`),
the verbs that record (`signing`, `links`) and the verification primitives (`verify`) that the
deploy gate composes. Each module imports cryptography, securesystemslib or sigstore only where
it needs them.
"""

from __future__ import annotations

PAYLOAD_TYPE = "application/vnd.in-toto+json"
"""The DSSE payloadType of an in-toto Statement."""
