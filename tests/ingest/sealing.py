"""Reading and forging the state's sealed files (sscli/sealed.py) in tests: a manifest is
sealed for `manifest <its digest>`, a memo for `memo <its name>` (each the file's stem)."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

from sscli.sealed import sealed


def body_of(path: Path) -> Any:
    return json.loads(path.read_bytes().partition(b"\n")[2])


def reseal(path: Path, kind: str, body: Any, key: bytes) -> None:
    """`body` sealed with the real key, as sscli would write it."""
    path.write_bytes(sealed(key, f"{kind} {path.stem}", json.dumps(body).encode() + b"\n"))


def keep_seal(path: Path, body: Any) -> None:
    """`body` under the file's old seal."""
    seal = path.read_bytes().partition(b"\n")[0]
    path.write_bytes(seal + b"\n" + json.dumps(body).encode() + b"\n")


def unkeyed_seal(path: Path, body: Any) -> None:
    """`body` under a plain digest of it: all one can compute without the key."""
    text = json.dumps(body).encode() + b"\n"
    path.write_bytes(hashlib.sha256(text).hexdigest().encode() + b"\n" + text)
