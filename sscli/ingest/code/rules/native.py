"""Native code: shared libraries loaded with ctypes or cffi from the package's own files."""

from __future__ import annotations

from collections.abc import Iterator

from sscli.ingest.code import vocabulary as v
from sscli.ingest.code.flow import Event
from sscli.ingest.code.model import rule

FAMILY = "native"
RULES = (
    rule("native-load-bundled", FAMILY, "loads a shared library shipped in a pure-Python wheel "
         "or an sdist (ctypes, cffi)", "high", "medium"),
    rule("native-load", FAMILY, "loads a shared library from a computed path", "low", None,
         not_installed=None),
)  # fmt: skip


def judge(event: Event, context: object) -> Iterator[tuple[str, str]]:
    if event.kind != "native":
        return
    bundled: frozenset[str] = getattr(context, "bundled_binaries", frozenset())
    pure = getattr(context, "pure", False)
    names = {s.rsplit("/", 1)[-1] for s in event.strings}
    ships = bool(bundled) and (v.BUNDLED in event.labels or bool(names & bundled))
    if ships and pure:
        yield "native-load-bundled", f"{event.callee} of a library the archive ships"
    elif event.labels & {v.DECODED, v.NETWORK, v.FILEDATA}:
        yield "native-load-bundled", f"{event.callee} of decoded or downloaded data"
    else:
        yield "native-load", event.callee
