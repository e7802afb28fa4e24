"""python -m sscli.dataclass_methods [--check]: regenerate the generated modules (or, with
--check, list those that differ from what the current dataclasses give: exit 1)."""

from __future__ import annotations

import importlib
import pkgutil
import sys
from pathlib import Path

import sscli
from sscli import dataclass_methods

_SKIPPED = ("sscli.dataclass_methods", "sscli.schemas_compiled")  # generated code


def _record() -> dict[str, list[str]]:
    """Every dataclass method text of every sscli module, by module (imported here, fresh)."""
    dataclass_methods.recording = {}
    for info in pkgutil.walk_packages(sscli.__path__, "sscli."):
        name = info.name
        if name.endswith(".__main__") or name.startswith(_SKIPPED):
            continue
        importlib.import_module(name)
    return dataclass_methods.recording


def module_text(module: str, texts: list[str]) -> str:
    lines = [
        f'"""The methods of {module}\'s dataclasses as `dataclasses` writes them: generated, do',
        'not edit (regenerate: python -m sscli.dataclass_methods)."""',
        "# fmt: off",
        "CODE = {}",
    ]
    for text in dict.fromkeys(texts):
        lines += [text, f"CODE[{text!r}] = __create_fn__.__code__"]
    return "\n".join(lines) + "\n"


def expected() -> dict[str, str]:
    """File name -> text of every generated module."""
    files: dict[str, str] = {}
    for module, texts in _record().items():
        name = dataclass_methods.generated_name(module).removeprefix(dataclass_methods.PREFIX)
        if name in files:
            raise SystemExit(f"two modules would share the generated module {name}")
        files[f"{name}.py"] = module_text(module, texts)
    return files


def main(argv: list[str]) -> int:
    here = Path(__file__).parent
    files = expected()
    present = {path.name for path in here.glob("sscli_*.py")}
    stale = sorted(present - set(files))
    differing = sorted(
        name for name, text in files.items()
        if not (here / name).is_file() or (here / name).read_text("utf-8") != text
    )  # fmt: skip
    if "--check" in argv:
        for name in stale + differing:
            print(f"{here / name}: differs from the current dataclasses")
        return 1 if stale or differing else 0
    for name in stale:
        (here / name).unlink()
    for name in differing:
        (here / name).write_text(files[name], encoding="utf-8")
        print(f"wrote {here / name}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
