"""sscli's stand-ins for packaging functions that a scan would otherwise import packaging's
tag and marker machinery for, against packaging itself: the same results for real names (every
package name in the shared OSV snapshot) and hostile ones, the same marker environment."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

from packaging.markers import default_environment as packaging_environment
from packaging.utils import canonicalize_name

from sscli.inventory.markers import default_environment
from sscli.inventory.model import canonical_name
from tests.vulndb.snapshot import SNAPSHOT

_ODD = ["", "-", "--", "a--b", "A__B..C", "._-", "Foo.Bar_baz-Qux", "x-_-.-y", "İstanbul", "ß",
        "a" * 300, "Ǆ", "\u017ftuff", "\u212aelvin", "zope.interface", "ZOPE___INTERFACE", "-leading", "trailing."]  # fmt: skip


def test_canonical_name_is_packagings(shared_data: Path) -> None:
    names = set(_ODD)
    with zipfile.ZipFile(shared_data / SNAPSHOT) as archive:
        for member in archive.namelist():
            for affected in json.loads(archive.read(member)).get("affected", []):
                name = affected.get("package", {}).get("name")
                names.update((name, name.upper(), name.replace("-", "_.")))
    assert len(names) > 1_500
    assert all(canonical_name(n) == canonicalize_name(n) for n in names)


def test_default_environment_is_packagings() -> None:
    assert default_environment() == packaging_environment()
