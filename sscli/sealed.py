"""Files sealed with an HMAC-SHA256 under a key of the state directory (the policy cache, the
re-ingest manifests and memos): the seal's hex on the first line, the body's exact bytes after
it. The seal covers what the file is for (`context`, such as the name it is kept under) and the
body, and is checked before anything parses the body: bytes nobody with the key wrote are never
parsed."""

from __future__ import annotations

import hashlib
import hmac


def sealed(key: bytes, context: str, body: bytes) -> bytes:
    """The file's bytes: `body` sealed for `context`."""
    return _seal(key, context, body) + b"\n" + body


def unsealed(key: bytes, context: str, data: bytes) -> bytes | None:
    """The body of `data` if `key` sealed it for `context`, else None."""
    seal, newline, body = data.partition(b"\n")
    if not newline or not hmac.compare_digest(seal, _seal(key, context, body)):
        return None
    return body


def _seal(key: bytes, context: str, body: bytes) -> bytes:
    return hmac.new(key, context.encode() + b"\0" + body, hashlib.sha256).hexdigest().encode()
