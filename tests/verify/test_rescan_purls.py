"""The gate's re-scan reads plain `pkg:pypi` purls without packageurl: packageurl is the
oracle for every purl the quick reading takes, and for those it must leave to packageurl."""

from __future__ import annotations

import itertools

import pytest
from packageurl import PackageURL

from sscli.verify import rescan

NAMES = ["requests", "a", "a.b", "a-b", "a..b", "a--b", "zope.interface", "x1", "1x", "django",
         "A", "a_b", "-a", "a-", ".a", "a.", "é", "a b", "a%2Fb", "a/b", "ns/a", ""]  # fmt: skip
VERSIONS = ["1.0", "2.19.1", "1.0rc1", "1.0.post1", "1!2.0", "1.0+local", "1.0-1", "v1", "1..0",
            ".1", "1.", "1.0a", "", "1.0%2B1", "1.0?x=1", "1.0#sub", "01.0"]  # fmt: skip


@pytest.mark.parametrize(("name", "version"), list(itertools.product(NAMES, VERSIONS)))
def test_plain_purls_read_as_packageurl_reads_them(name: str, version: str) -> None:
    purl = f"pkg:pypi/{name}@{version}"
    if rescan._PLAIN_PYPI.match(purl) is None:
        return  # left to packageurl itself
    parsed = PackageURL.from_string(purl)
    qualifiers = parsed.qualifiers if isinstance(parsed.qualifiers, dict) else {}
    assert (parsed.type, parsed.name, parsed.version, qualifiers, parsed.namespace) == (
        "pypi", *rescan._purl_parts(purl)[1:3], {}, None
    )  # fmt: skip


def test_what_is_not_plain_goes_to_packageurl() -> None:
    for purl in ["pkg:pypi/a@1.0?vcs_url=git%2Bhttps://x", "pkg:PyPI/A_B@1.0", "pkg:npm/a@1",
                 "pkg:pypi/a@1.0\n", "pkg:pypi/a@1.0#x"]:  # fmt: skip
        assert rescan._PLAIN_PYPI.match(purl) is None, purl
    assert rescan._purl_parts("pkg:PyPI/A_B@1.0")[:3] == ("pypi", "a-b", "1.0")
    assert rescan._purl_parts("pkg:pypi/a@1.0?vcs_url=git%2Bhttps://x")[3] == "git+https://x"
