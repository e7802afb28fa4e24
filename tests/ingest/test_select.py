"""Which locked files ingest takes from an index page (sscli.ingest.select)."""

from __future__ import annotations

from sscli.index.models import IndexFile, ProjectPage
from sscli.ingest.select import Target, select_files
from sscli.inventory import Artifact, Package

WHEEL = "pluggy-1.5.0-py3-none-any.whl"
SDIST = "pluggy-1.5.0.tar.gz"


def _locked() -> Package:
    """pluggy as poetry.lock and uv.lock pin it: every file of the release, each with its hash."""
    return Package(
        name="pluggy",
        version="1.5.0",
        artifacts=(
            Artifact(WHEEL, {"sha256": "a" * 64}),
            Artifact(SDIST, {"sha256": "b" * 64}),
        ),
    )


def _page(*filenames: str) -> ProjectPage:
    digests = {WHEEL: "a" * 64, SDIST: "b" * 64}
    files = tuple(IndexFile(f, f"http://index/{f}", {"sha256": digests[f]}) for f in filenames)
    return ProjectPage("pluggy", files, "http://index/pluggy/")


def test_a_wheel_only_index_serves_a_lock_that_also_names_the_sdist() -> None:
    wanted, problem = select_files(_locked(), _page(WHEEL), Target())
    assert problem is None
    assert [w.listing.filename for w in wanted] == [WHEEL]
    assert wanted[0].expected_sha256 == frozenset({"a" * 64})


def test_an_asked_for_sdist_missing_from_the_index_is_refused() -> None:
    wanted, problem = select_files(_locked(), _page(WHEEL), Target(include_sdist=True))
    assert wanted == [] and problem == f"{SDIST} is not on the index"


def test_an_index_with_none_of_the_locked_files_names_them() -> None:
    wanted, problem = select_files(_locked(), _page(), Target())
    assert wanted == []
    assert problem == f"none of the locked files is on the index ({WHEEL}, {SDIST})"
