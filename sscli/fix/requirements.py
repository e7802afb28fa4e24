"""Hashed requirements files (pip-compile / `uv pip compile --generate-hashes` style) rewritten
in place: the pin's version and its `--hash` lines change, everything else (markers, other
options, `# via` comments, the file's layout) stays as it was."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from packaging.utils import canonicalize_name

from sscli.errors import InputError

_PIN = re.compile(r"^(?P<lead>\s*)(?P<name>[A-Za-z0-9][A-Za-z0-9._-]*)(?P<extras>\[[^\]]*\])?"
                  r"(?P<op>\s*==\s*)(?P<version>[^\s;\\#]+)")  # fmt: skip
_HASH_LINE = re.compile(r"^\s*--hash=\S+\s*(\\)?\s*$")


def rewrite_pins(text: str, targets: Mapping[str, str], hashes: Mapping[str, Sequence[str]]) -> str:
    """`text` with each pin of `targets` (normalized name -> new version) moved to its new
    version; a pin that carried hashes carries the new release's (`hashes`: name -> sha256s)."""
    lines = text.splitlines(keepends=True)
    out: list[str] = []
    found: set[str] = set()
    number = 0
    while number < len(lines):
        line = lines[number]
        match = _PIN.match(line)
        name = str(canonicalize_name(match.group("name"))) if match else ""
        if match is None or name not in targets:
            out.append(line)
            number += 1
            continue
        found.add(name)
        first = line[: match.start("version")] + targets[name] + line[match.end("version") :]
        block = [first]
        number += 1
        continues = first.rstrip("\r\n").rstrip().endswith("\\")
        hash_lines: list[str] = []
        while continues and number < len(lines):
            following = lines[number]
            if _HASH_LINE.match(following):
                hash_lines.append(following)
            else:
                block.append(following)
            continues = following.rstrip("\r\n").rstrip().endswith("\\")
            number += 1
        if hash_lines:
            block = _with_hashes(block, hash_lines, hashes.get(name, ()), name)
        out += block
    missing = set(targets) - found
    if missing:
        raise InputError(f"no `name==version` line pins {', '.join(sorted(missing))}")
    return "".join(out)


def _with_hashes(block: list[str], old: list[str], new: Sequence[str], name: str) -> list[str]:
    if not new:
        raise InputError(f"the index lists no sha256 for the new release of {name}")
    indent = re.match(r"^\s*", old[0]).group(0)  # type: ignore[union-attr]
    newline = "\r\n" if old[0].endswith("\r\n") else "\n"
    rest = block[1:]  # options other than --hash, kept after the hashes
    entries = [f"{indent}--hash=sha256:{digest}" for digest in sorted(new)]
    ends_with_more = bool(rest)
    hash_lines = [
        entry + (" \\" if i < len(entries) - 1 or ends_with_more else "") + newline
        for i, entry in enumerate(entries)
    ]
    first = block[0]
    if not first.rstrip("\r\n").rstrip().endswith("\\"):
        first = first.rstrip("\r\n") + " \\" + newline
    return [first, *hash_lines, *rest]
