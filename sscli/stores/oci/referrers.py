"""Referrers: the OCI 1.1 referrers API, and the referrers tag schema (`sha256-<hex>` tagging
an image index) on registries without it (CNCF Distribution 2.x, GHCR).

The tag schema is a read-modify-write of one index with no compare-and-swap in the protocol,
so two writers attaching to one subject at once can overwrite each other. `attach` writes all of
a push's referrers in one index update, then re-reads the index after a pause and merges again
whatever another writer's update dropped, a bounded number of times; when the index keeps
losing its entries it fails loudly instead of reporting success. Registries with the referrers
API index every manifest with a `subject` themselves, atomically: use one in production."""

from __future__ import annotations

import base64
import random
import time
from collections.abc import Sequence
from dataclasses import replace

from sscli.stores.oci.client import OCI_INDEX, OCI_MANIFEST, RegistryClient, RegistryError
from sscli.stores.oci.manifests import Descriptor, image_index, parse_index

ATTEMPTS = 8
EMBED_LIMIT = 32 * 1024
SETTLE_SECONDS = 0.05


def referrers_tag(digest: str) -> str:
    """The tag schema's tag for `digest`: `sha256-<hex>`."""
    algorithm, _, hexdigest = digest.partition(":")
    return f"{algorithm}-{hexdigest}"


def list_referrers(client: RegistryClient, repository: str, digest: str) -> list[Descriptor]:
    """The descriptors the registry lists as referring to `digest` (unverified claims: the
    caller checks each manifest's `subject`)."""
    what = f"{client.registry}/{repository}: referrers of {digest}"
    body = client.get_referrers(repository, digest)
    if body is None:
        served = client.get_manifest(repository, referrers_tag(digest), (OCI_INDEX,))
        if served is None:
            return []
        body = served.body
    return parse_index(body, what)


def attach(
    client: RegistryClient,
    repository: str,
    subject: str,
    referrers: Sequence[tuple[bytes, Descriptor]],
) -> None:
    """Push referrer manifests (each already carrying `subject`) and make them discoverable."""
    for body, descriptor in referrers:
        client.put_manifest(repository, descriptor.digest, body, OCI_MANIFEST)
    if client.referrers_api is None:
        client.get_referrers(repository, subject)  # learns whether the API exists
    if client.referrers_api:
        return
    # the tag schema's index is ours to write: small referrer manifests ride in it (OCI 1.1
    # `data`, checked against the digest on reading), so a verifier needs one request
    _update_tag_index(client, repository, subject, [_with_data(b, d) for b, d in referrers])


def _with_data(body: bytes, descriptor: Descriptor) -> Descriptor:
    if len(body) > EMBED_LIMIT:
        return descriptor
    return replace(descriptor, data=base64.b64encode(body).decode())


def _update_tag_index(
    client: RegistryClient, repository: str, subject: str, wanted: list[Descriptor]
) -> None:
    tag = referrers_tag(subject)
    what = f"{client.registry}/{repository}:{tag}"
    for attempt in range(ATTEMPTS):
        served = client.get_manifest(repository, tag, (OCI_INDEX,))
        listed = parse_index(served.body, what) if served is not None else []
        present = {d.digest for d in listed}
        missing = [d for d in wanted if d.digest not in present]
        if not missing:
            return  # already there, or still there when re-read after the pause
        client.put_manifest(repository, tag, image_index(listed + missing), OCI_INDEX)
        # a writer that read the index before our write may still replace it: wait, re-read
        time.sleep(SETTLE_SECONDS * (1 + attempt) * (0.5 + random.random()))  # noqa: S311
    raise RegistryError(
        f"{what}: another writer kept replacing the referrers index, dropping the "
        f"{len(wanted)} attestation(s) of this push ({ATTEMPTS} attempts)",
        hint="push again; a registry with the OCI 1.1 referrers API (Distribution 3, Zot, "
        "Harbor, ECR, ACR, Artifact Registry) indexes referrers itself, without this race",
    )
