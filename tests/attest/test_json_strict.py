"""The strict JSON reader every signed document goes through."""

from __future__ import annotations

import pytest

from sscli.attest._json import loads_strict


@pytest.mark.parametrize("text", ['{"a": NaN}', '{"a": [Infinity]}', b'{"a": -Infinity}'])
def test_nan_and_infinity_are_not_json(text: str | bytes) -> None:
    """Python's json reads them; no JSON producer writes them, and NaN equals nothing, itself
    included, so a check comparing it could never fail or never pass."""
    with pytest.raises(ValueError, match="is not JSON"):
        loads_strict(text)


def test_plain_numbers_read_as_before() -> None:
    assert loads_strict('{"a": [1, -0.5, 1e300, "NaN"]}') == {"a": [1, -0.5, 1e300, "NaN"]}
