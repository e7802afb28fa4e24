"""Upload times from a metadata source, for indexes that serve none (pypiserver, devpi and most
private mirrors have no PEP 700 `upload-time`).

The source is a Warehouse-style JSON API, PyPI's by default: `<base><project>/json` lists every
file of every release with its sha256 and upload time. A time is only taken for the very file
the index served: same filename *and* same sha256. A mirror's file that differs from PyPI's (a
rebuild, a substitution) gets no age from PyPI, so a release-age policy refuses it.

Upload times never change once a file exists, so answers are cached under the state directory
(`cache/metadata/<project>.json`) and fetched again only for a file the cache does not know.
"""

from __future__ import annotations

import json
import threading
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any
from urllib.parse import quote

from sscli.errors import EnvironmentFailure, SscliError
from sscli.fsutil import atomic_write_text, read_text_limited
from sscli.index.client import IndexClient, IndexSettings, redact
from sscli.inventory.model import normalize_name

PYPI_JSON = "https://pypi.org/pypi/"
_MAX_DOCUMENT = 64 * 1024 * 1024  # the project JSON of a project with thousands of files


@dataclass(frozen=True)
class UploadTime:
    """When a file was uploaded, and where that was read (a URL), or why it is unknown."""

    time: datetime | None
    source: str
    reason: str = ""


class MetadataSource:
    """Upload times by (project, filename, sha256), from `<base><project>/json`, cached."""

    def __init__(self, base_url: str, cache_dir: Path | None, settings: IndexSettings) -> None:
        self.base_url = base_url if base_url.endswith("/") else base_url + "/"
        self._cache_dir = cache_dir
        # no SSCLI_INDEX_* credentials: they belong to the download index, not to PyPI
        self._client = IndexClient(
            IndexSettings.from_environment(self.base_url, settings.max_bytes),
            environment_credentials=False,
        )
        self._lock = threading.Lock()
        self._known: dict[str, dict[str, dict[str, str]]] = {}
        self._asked: set[str] = set()
        self._down: str | None = None  # why the source is unreachable, once it was

    def upload_time(self, project: str, filename: str, sha256: str) -> UploadTime:
        """The upload time of exactly this file, or an unknown time with the reason."""
        name = normalize_name(project)
        url = f"{redact(self.base_url)}{quote(name)}/json"
        with self._lock:
            files = self._known.get(name) or self._cached(name)
            if filename not in files and name not in self._asked:
                self._asked.add(name)  # once a run: a new upload does not appear meanwhile
                if self._down is not None:
                    return UploadTime(None, url, self._down)
                try:
                    files = self._fetch(name, url)
                except EnvironmentFailure as exc:  # unreachable: not asked again this run
                    self._down = f"{url}: {exc.message}"
                    return UploadTime(None, url, self._down)
                except SscliError as exc:
                    return UploadTime(None, url, f"{url}: {exc.message}")
            self._known[name] = files
        entry = files.get(filename)
        if entry is None:
            return UploadTime(None, url, f"{url} does not list {filename}")
        if entry.get("sha256") != sha256:
            return UploadTime(
                None,
                url,
                f"{filename} differs from the file {url} lists (sha256 {entry.get('sha256')})",
            )
        return UploadTime(_parse_timestamp(entry["upload_time"]), url)

    def _fetch(self, name: str, url: str) -> dict[str, dict[str, str]]:
        from sscli.errors import InputError

        body = self._client.fetch_if_present(url, limit=_MAX_DOCUMENT)
        if body is None:
            raise InputError("no such project there (404)")
        try:
            document = json.loads(body)
        except (json.JSONDecodeError, UnicodeDecodeError) as exc:
            raise InputError(f"not valid JSON ({exc})") from exc
        files = project_files(document)
        if self._cache_dir is not None:
            atomic_write_text(
                self._cache_dir / f"{name}.json",
                json.dumps({"url": url, "files": files}, indent=0, sort_keys=True) + "\n",
            )
        return files

    def _cached(self, name: str) -> dict[str, dict[str, str]]:
        if self._cache_dir is None:
            return {}
        path = self._cache_dir / f"{name}.json"
        try:
            document = json.loads(read_text_limited(path, _MAX_DOCUMENT))
            files = document["files"]
        except (OSError, SscliError, ValueError, KeyError, TypeError):
            return {}  # absent or unreadable: fetched again
        valid = isinstance(files, dict) and all(
            isinstance(v, dict) and isinstance(v.get("upload_time"), str) for v in files.values()
        )
        return files if valid else {}


def project_files(document: Any) -> dict[str, dict[str, str]]:
    """filename -> {sha256, upload_time} of every file in a Warehouse project JSON document
    (`releases`, or `urls` alone as the per-version document has it)."""
    from sscli.errors import InputError

    if not isinstance(document, dict):
        raise InputError("not a project JSON document")
    releases = document.get("releases")
    groups = list(releases.values()) if isinstance(releases, dict) else [document.get("urls")]
    files: dict[str, dict[str, str]] = {}
    for group in groups:
        for item in group if isinstance(group, list) else []:
            if not isinstance(item, dict) or not isinstance(item.get("filename"), str):
                continue
            digests = item.get("digests") if isinstance(item.get("digests"), dict) else {}
            uploaded = item.get("upload_time_iso_8601") or item.get("upload_time")
            sha256 = digests.get("sha256") if digests else None
            if isinstance(uploaded, str) and isinstance(sha256, str):
                if _parse_timestamp(uploaded) is None:
                    continue
                files[item["filename"]] = {"sha256": sha256.lower(), "upload_time": uploaded}
    return files


def _parse_timestamp(text: str) -> datetime | None:
    """The index's timestamp parser (imported when a time is read: it brings an HTML parser)."""
    from sscli.index.simple import parse_timestamp

    return parse_timestamp(text)
