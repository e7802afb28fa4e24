"""The canonical-version shortcut (sscli/inventory/versions.py) against packaging: a text it
takes is its own canonical form, and its order key is the one `order_key(Version(text))` gives;
on every version the shared OSV snapshot names, on their neighbours and on generated ones."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from packaging.version import Version

from sscli.errors import InputError
from sscli.inventory.readers._common import canonical_version
from sscli.inventory.versions import canonical_text
from sscli.vulndb.order import order_key, text_order_key
from tests.vulndb.snapshot import SNAPSHOT
from tests.vulndb.test_intervals import VERSIONS


def _agrees(text: str) -> bool:
    """The shortcut and packaging agree on `text` (canonical form and order key)."""
    try:
        version = Version(text)
    except ValueError:  # InvalidVersion, or more digits than int() takes
        assert canonical_text(text) is None
        assert text_order_key(text) is None
        return False
    if canonical_text(text) is not None:
        assert str(version) == text
    assert text_order_key(text) == order_key(version), text
    assert canonical_version(text, path=Path("x"), field="v") == str(version)
    return canonical_text(text) is not None


def _snapshot_texts(shared_data: Path) -> set[str]:
    texts: set[str] = set()
    with zipfile.ZipFile(shared_data / SNAPSHOT) as archive:
        for member in archive.namelist():
            for data in json.loads(archive.read(member)).get("affected", []):
                texts.update(data.get("versions", []))
                for item in data.get("ranges", []):
                    texts.update(t for e in item["events"] for t in e.values())
    return texts


def test_every_snapshot_version_and_its_neighbours(shared_data: Path) -> None:
    texts = _snapshot_texts(shared_data)
    around = {t + s for t in texts for s in ("a1", "rc0", ".post1", ".dev0", "+1", ".0", "-1")}
    odd = {"01.2", "1.02", "1.0RC1", "1.0c1", "v1.0", "1!1.0", "1.0.post", "1.0-1", " 1.0",
           "1.0 ", "1.0\n", "1..0", ".1", "1.", "", "0", "00", "1" * 21, "1" * 20, "1" * 5000,
           "1.0rc", "1.0alpha1", "1.0.rc1", "1.0rc1.post1.dev1", "1.0.dev1.post1",
           "٣.٤", "1.0a1b2", "1.0.post1.post2"}  # fmt: skip
    taken = sum(_agrees(t) for t in texts | around | odd)
    assert taken > 0.9 * len(texts)  # nearly every real version is canonical already


@settings(max_examples=3000, deadline=None)
@given(VERSIONS)
def test_generated_versions(text: str) -> None:
    _agrees(text)
    _agrees(str(Version(text)))


def test_an_invalid_version_is_still_an_input_error() -> None:
    for text in ("not a version", "1" * 5000, "1.0-"):
        with pytest.raises(InputError):
            canonical_version(text, path=Path("x"), field="v")
