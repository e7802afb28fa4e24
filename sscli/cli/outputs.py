"""`-o FORMAT=PATH`, repeatable, as syft takes it: several outputs from one run. A value without
a `FORMAT=` prefix is the path of `--format`'s output (`./a=b.json` for a name with `=`)."""

from collections.abc import Sequence
from pathlib import Path

from sscli.errors import UsageError


def parse_outputs(
    values: Sequence[str] | None, default: str, formats: Sequence[str]
) -> list[tuple[str, Path | None]]:
    """(format, path) pairs in the order given; path None is stdout. Without any -o: `default`
    to stdout. Two outputs to one file, or two plain paths, are usage errors."""
    outputs: list[tuple[str, Path | None]] = []
    plain = 0
    for value in values or ():
        name, sep, rest = value.partition("=")
        if sep and name in formats:
            if not rest:
                raise UsageError(f"-o {value}: no path after {name}=")
            outputs.append((name, Path(rest)))
        elif sep and "/" not in name:
            raise UsageError(
                f"-o {value}: unknown format {name!r} (one of {', '.join(formats)})",
                hint="for a file name with `=` in it, write ./NAME",
            )
        else:
            plain += 1
            outputs.append((default, Path(value)))
    if plain > 1:
        raise UsageError("-o PATH (for --format) given twice; name the others FORMAT=PATH")
    paths = [p.resolve() for _, p in outputs if p is not None]
    if len(set(paths)) != len(paths):
        raise UsageError("two outputs name the same file")
    return outputs or [(default, None)]
