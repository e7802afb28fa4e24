"""The files themselves: executables and shared objects in pure-Python wheels and in sdists,
content that does not match its extension, compiled .pyc blobs, Python that cannot be
analysed (parse errors, over the size limit, nested too deeply)."""

from __future__ import annotations

import re

from sscli.ingest.code import kinds
from sscli.ingest.code.context import ArchiveContext
from sscli.ingest.code.model import Phase, rule

FAMILY = "files"
RULES = (
    rule("binary-in-pure-wheel", FAMILY, "an executable or shared object in a wheel tagged "
         "pure-Python", "medium", "medium"),
    rule("binary-in-sdist", FAMILY, "an executable or shared object in an sdist (source "
         "should be source)", "medium", "medium"),
    rule("content-mismatch", FAMILY, "a file whose content is not what its extension says "
         "(an executable named .png, a zip named .txt)", "high", "high", not_installed="medium"),
    rule("pyc-blob", FAMILY, "compiled bytecode shipped instead of source", "medium", "medium"),
    rule("hidden-python-archive", FAMILY, "a zip of Python modules under a name that does not "
         "say so (fonts.dat): put on sys.path or handed to zipimport, its code runs unseen",
         "high", "medium"),
    rule("unparsable", FAMILY, "Python source this analyser's parser cannot read (newer "
         "syntax, or not Python): what it hides is not seen", "high", "medium",
         not_installed="medium"),
    rule("unparsable-python2", FAMILY, "Python 2 source (cannot run under Python 3)", "low",
         "low", not_installed=None),
    rule("unanalysed", FAMILY, "Python source too large or too deeply nested to analyse",
         "high", "medium", not_installed="medium"),
)  # fmt: skip


def scan(context: ArchiveContext) -> None:
    archive = context.archive
    for member in archive.members:
        path = member.path
        phase = context.phases.get(path, Phase.RUNTIME)
        kind, name = kinds.sniff(member.data[: kinds_head()])
        lower = path.lower()
        if kind == kinds.EXECUTABLE:
            if not _binary_name(lower) and not _script_place(path):
                context.add(
                    "content-mismatch",
                    path,
                    0,
                    phase,
                    f"{name} executable named {PathName(path)}",
                    "",
                )
            elif archive.kind == "sdist":
                context.add("binary-in-sdist", path, 0, phase, f"{name} binary in the sdist", "")
            elif context.pure:
                context.add(
                    "binary-in-pure-wheel",
                    path,
                    0,
                    phase,
                    f"{name} binary in a pure-Python wheel",
                    "",
                )
        elif name == "zip" and _zipped_python(member.data) and not lower.endswith(_ZIP_NAMES):
            context.add(
                "hidden-python-archive",
                path,
                0,
                phase,
                f"zip of Python modules named {PathName(path)}",
                "",
            )
        elif kind in (kinds.PYC, kinds.ARCHIVE) and (
            kinds.expected_text(path) or kinds.expected_image(path)
        ):
            context.add(
                "content-mismatch", path, 0, phase, f"{name} content named {PathName(path)}", ""
            )
        elif kind == kinds.PYC or lower.endswith((".pyc", ".pyo")):
            context.add("pyc-blob", path, 0, phase, "compiled bytecode", "")
        elif kinds.expected_image(path) and kind == kinds.TEXT and member.size > 0:
            context.add("content-mismatch", path, 0, phase, f"text named {PathName(path)}", "")


# names that say "a zip" (Python's own, and formats built on zip)
_ZIP_NAMES = (".zip", ".egg", ".whl", ".pyz", ".pyzw", ".jar", ".war", ".apk", ".xpi", ".nupkg",
              ".docx", ".xlsx", ".pptx", ".odt", ".ods", ".odp", ".epub", ".kmz", ".3mf",
              ".npz", ".vsix", ".crx", ".aar", ".ipynb.zip")  # fmt: skip


def _zipped_python(head: bytes) -> bool:
    """A zip whose first member (named in the local header at its start) is Python."""
    if len(head) < 30 or not head.startswith(b"PK\x03\x04"):
        return False
    length = int.from_bytes(head[26:28], "little")
    first = head[30 : 30 + length].decode("utf-8", "replace").lower()
    return first.endswith((".py", ".pyc", ".pyw")) or first.endswith("__init__.py")


def kinds_head() -> int:
    return 64


def _binary_name(lower: str) -> bool:
    """A name a binary may carry: .so, .dll... and versioned shared objects (libx.so.26)."""
    return lower.endswith(kinds.BINARY_SUFFIXES) or bool(_VERSIONED.search(lower))


_VERSIONED = re.compile(r"\.(so|dylib)(\.[0-9]+)+$")


def _script_place(path: str) -> bool:
    return ".data/scripts/" in path


class PathName(str):
    def __new__(cls, path: str) -> PathName:
        return super().__new__(cls, path.rsplit("/", 1)[-1])
