"""Parse simple-index project pages: PEP 691 JSON and PEP 503 HTML (with PEP 592 yanked and
PEP 700 upload times). Pure functions: bytes in, `ProjectPage` out."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from html.parser import HTMLParser
from typing import Any
from urllib.parse import unquote, urldefrag, urljoin, urlsplit

from sscli.errors import InputError
from sscli.index.models import IndexFile, ProjectPage

JSON_CONTENT_TYPE = "application/vnd.pypi.simple.v1+json"
HTML_CONTENT_TYPE = "application/vnd.pypi.simple.v1+html"
_HASHES = ("sha256", "sha384", "sha512")


def parse_json_page(data: bytes, *, url: str, name: str) -> ProjectPage:
    """A PEP 691 project page."""
    try:
        document = json.loads(data)
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise InputError(f"index returned invalid JSON for {name}: {exc}", path=url) from exc
    if not isinstance(document, dict) or not isinstance(document.get("files"), list):
        raise InputError(f"index page for {name} has no `files` list", path=url)
    meta = document.get("meta", {})
    if not isinstance(meta, dict):
        raise InputError(f"index page for {name} has a malformed `meta`", path=url)
    version = str(meta.get("api-version", "1.0"))
    if not version.startswith("1."):
        raise InputError(f"unsupported simple API version {version}", path=url)
    files = []
    for entry in document["files"]:
        if not isinstance(entry, dict) or not isinstance(entry.get("filename"), str):
            raise InputError(f"malformed file entry for {name}", path=url)
        files.append(_json_file(entry, url))
    return ProjectPage(name=name, files=tuple(files), source=url)


def _json_file(entry: dict[str, Any], base: str) -> IndexFile:
    for key in ("url", "requires-python", "upload-time", "provenance"):
        if entry.get(key) is not None and not isinstance(entry[key], str):
            raise InputError(
                f"index entry for {entry['filename']!r}: `{key}` is not a string", path=base
            )
    if not isinstance(entry.get("url"), str):
        raise InputError(f"index entry for {entry['filename']!r} has no url", path=base)
    hashes = entry.get("hashes") if isinstance(entry.get("hashes"), dict) else {}
    yanked = entry.get("yanked", False)
    upload = entry.get("upload-time")
    size = entry.get("size")
    return IndexFile(
        filename=_safe_filename(entry["filename"], base),
        url=urljoin(base, str(entry.get("url", ""))),
        hashes={
            k: v.lower() for k, v in (hashes or {}).items() if k in _HASHES and isinstance(v, str)
        },
        requires_python=entry.get("requires-python") or None,
        yanked=(yanked if isinstance(yanked, str) else "") if yanked else None,
        upload_time=parse_timestamp(upload) if isinstance(upload, str) else None,
        size=size if isinstance(size, int) and not isinstance(size, bool) else None,
        provenance=urljoin(base, entry["provenance"])
        if isinstance(entry.get("provenance"), str)
        else None,
    )


class _Anchors(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.anchors: list[dict[str, str | None]] = []
        self.base: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "a":
            self.anchors.append(dict(attrs))
        elif tag == "base" and self.base is None:
            self.base = dict(attrs).get("href")


def parse_html_page(data: bytes, *, url: str, name: str) -> ProjectPage:
    """A PEP 503 project page: anchors whose text is the filename and whose URL fragment carries
    the hash; `data-yanked` and `data-requires-python` as PEP 592/503 say."""
    parser = _Anchors()
    try:
        parser.feed(data.decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise InputError(f"index page for {name} is not UTF-8", path=url) from exc
    base = urljoin(url, parser.base) if parser.base else url
    files = []
    for attrs in parser.anchors:
        href = attrs.get("href")
        if not href:
            continue
        target, fragment = urldefrag(urljoin(base, href))
        filename = unquote(urlsplit(target).path.rsplit("/", 1)[-1])
        hashes = {}
        algorithm, _, digest = fragment.partition("=")
        if algorithm in _HASHES and digest:
            hashes[algorithm] = digest.lower()
        yanked = attrs.get("data-yanked")
        files.append(
            IndexFile(
                filename=_safe_filename(filename, url),
                url=target,
                hashes=hashes,
                requires_python=attrs.get("data-requires-python") or None,
                yanked=yanked if yanked is not None else None,
            )
        )
    return ProjectPage(name=name, files=tuple(files), source=url)


def _safe_filename(filename: str, url: str) -> str:
    """A file name from an index must be a plain name: it becomes a path in the vault."""
    if (
        not filename
        or "/" in filename
        or "\\" in filename
        or filename in (".", "..")
        or "\x00" in filename
    ):
        raise InputError(f"index lists an unsafe file name {filename!r}", path=url)
    return filename


def parse_timestamp(text: str) -> datetime | None:
    """An ISO 8601 time (PEP 700: with Z or an offset); one without a zone is UTC, as PyPI's
    `upload_time` is (never a naive time, which cannot be compared with now)."""
    try:
        parsed = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None
    return parsed if parsed.tzinfo is not None else parsed.replace(tzinfo=UTC)
