"""python -m sscli.schemas_compiled: regenerate every compiled schema module."""

from __future__ import annotations

from pathlib import Path

from sscli.schemas_compiled import module_text, modules


def main() -> None:
    here = Path(__file__).parent
    for name in modules():
        (here / f"{name}.py").write_text(module_text(name), encoding="utf-8")
        print(f"wrote {here / name}.py")


if __name__ == "__main__":
    main()
