"""Whether a file holds Sigstore bundles, told by its first document's media type; apart from
`sigstore_bundle` so that telling costs the gate no bundle parser when it reads envelopes."""

BUNDLE_MEDIA_TYPE_PREFIX = b"application/vnd.dev.sigstore.bundle"


def is_bundle_data(head: bytes) -> bool:
    """Whether a file starting with `head` holds Sigstore bundles (one, or JSON Lines), told
    by the media type of its first document."""
    first = head.lstrip()
    return first.startswith(b"{") and BUNDLE_MEDIA_TYPE_PREFIX in first[:4096]
