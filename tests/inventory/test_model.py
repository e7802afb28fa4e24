"""The model's own PEP 503 normalization is packaging's (it avoids importing packaging.utils,
which imports packaging.tags and with it platform, subprocess and logging)."""

from __future__ import annotations

import random

import pytest
from packaging.utils import canonicalize_name

from sscli.errors import InputError
from sscli.inventory.model import normalize_name


def _names() -> list[str]:
    rng = random.Random(503)
    # with letters that re.IGNORECASE without re.ASCII lets [A-Z] match (the Kelvin sign,
    # long s, dotted capital I): packaging takes them, PEP 508 and the model do not
    alphabet = "aZ09._-" * 3 + "\u212a\u017f\u0130"
    names = ["Django", "oslo.concurrency", "A__b--C..d", "zope.interface", "a", "x-_.y"]
    names += ["".join(rng.choice(alphabet) for _ in range(rng.randint(1, 12))) for _ in range(3000)]
    return names


def test_normalize_name_is_packagings_canonical_name() -> None:
    checked = 0
    for name in _names():
        try:
            ours = normalize_name(name)
        except InputError:
            continue  # a name PEP 508 does not allow never reaches canonicalization
        assert ours == canonicalize_name(name), name
        checked += 1
    assert checked > 400


@pytest.mark.parametrize(
    "name",
    ["", "a/b", "a b", "-a", "a-", "\u00e9", "\u017fetuptools", "\u212aeras", "\u0130", "pip\n"],
)
def test_names_pep_508_does_not_allow_are_refused(name: str) -> None:
    with pytest.raises(InputError):
        normalize_name(name)
