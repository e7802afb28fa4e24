"""sscli's canonicalize_name (which spares the gate packaging.tags) is packaging's."""

import pytest
from packaging.utils import canonicalize_name as packaging_canonicalize_name

from sscli.inventory.model import canonicalize_name, normalize_name

NAMES = ["Django", "oslo.concurrency", "zope_interface", "A--B__C..D", "a-_.b", "-x-", "\u017ftuff",
         "\u212aelvin", "İi", "ÄÖÜ", "", "---", "a" * 300]  # fmt: skip


@pytest.mark.parametrize("name", NAMES)
def test_it_is_packagings_canonical_name(name: str) -> None:
    assert canonicalize_name(name) == packaging_canonicalize_name(name)


@pytest.mark.parametrize("name", ["Requests", "\u017ftuff", "\u212aelvin"])
def test_normalize_name_still_accepts_what_it_accepted(name: str) -> None:
    assert normalize_name(name) == packaging_canonicalize_name(name)
