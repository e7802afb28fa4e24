"""sscli's indented JSON writer gives exactly what json.dumps(indent=2) gives."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sscli.sbom.jsontext import pretty_json

DATA = Path(__file__).parents[1] / "data"

JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | st.text(),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(), children, max_size=4)
    ),
    max_leaves=30,
)


@given(JSON, st.booleans())
def test_any_json_value_is_written_as_json_dumps_writes_it(value: Any, ascii_only: bool) -> None:
    assert pretty_json(value, ensure_ascii=ascii_only) == json.dumps(
        value, indent=2, ensure_ascii=ascii_only
    )


@pytest.mark.parametrize(
    "path",
    [
        *sorted((DATA / "spdx").glob("*.json")),
        *sorted((DATA / "cyclonedx").glob("*.json")),
    ],
    ids=lambda p: p.name,
)
def test_real_sboms_are_written_as_json_dumps_writes_them(path: Path) -> None:
    document = json.loads(path.read_text("utf-8"))
    for ascii_only in (True, False):
        assert pretty_json(document, ensure_ascii=ascii_only) == json.dumps(
            document, indent=2, ensure_ascii=ascii_only
        )


def test_tuples_are_lists_and_other_keys_are_refused() -> None:
    assert pretty_json({"a": (1, "é")}) == json.dumps({"a": [1, "é"]}, indent=2)
    with pytest.raises(TypeError):
        pretty_json({1: "x"})


@pytest.mark.parametrize("spec", ["1.6", "1.5"])
def test_cyclonedx_text_is_what_cyclonedx_python_lib_writes(spec: str) -> None:
    """render_bom indents the library's compact output itself: the same text as the library's
    own output_as_string(indent=2)."""
    from cyclonedx.output import make_outputter
    from cyclonedx.schema import OutputFormat, SchemaVersion

    from sscli.inventory import load_inventory
    from sscli.sbom import SbomFormat, render_bom
    from sscli.sbom.build import build_bom

    bom = build_bom(load_inventory(DATA / "locks" / "mcp" / "uv.lock"), spec)
    library = make_outputter(bom, OutputFormat.JSON, SchemaVersion.from_version(spec))
    assert render_bom(bom, SbomFormat.JSON, spec) == library.output_as_string(indent=2) + "\n"
