"""`require_provenance`: the file's PEP 740 provenance, as the index serves it (PEP 691 JSON's
`provenance` URL), must verify against the package's trusted publisher."""

from __future__ import annotations

from sscli.attest.pypi import parse_publisher, verify_pypi
from sscli.errors import SscliError
from sscli.index.client import IndexClient
from sscli.index.models import IndexFile
from sscli.ingest.checks import CheckResult, failed, passed


def check_provenance(
    listing: IndexFile, sha256: str, publisher: str | None, client: IndexClient
) -> tuple[CheckResult, str | None]:
    """Fail closed: no provenance served, or one that does not verify, refuses the file.
    Also the publisher that signed it (`GitHub:owner/repo`), when it verified."""
    if listing.provenance is None:
        return failed("provenance", "the index serves no PEP 740 provenance for this file"), None
    try:
        data = client.fetch(listing.provenance)
        expected = parse_publisher(publisher) if publisher else None
        result = verify_pypi(listing.filename, sha256, data, expected, origin=listing.provenance)
    except SscliError as exc:
        return failed("provenance", exc.message), None
    verified = f"PEP 740 provenance verified: published by {result.publisher}"
    return passed("provenance", verified), result.publisher
