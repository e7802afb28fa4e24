"""Where OSV records come from: an export zip, a directory of JSON/YAML files, or a URL of either.

Every source yields `(name, bytes)` pairs, one per record file; decoding and checking the record
is the importer's job. Archives are read in place, never extracted.
"""

from __future__ import annotations

import contextlib
import shutil
import tempfile
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path
from urllib.parse import unquote, urlparse

from sscli.errors import EnvironmentFailure, InputError
from sscli.fsutil import open_regular, read_bytes_limited

DEFAULT_SOURCE = "https://osv-vulnerabilities.storage.googleapis.com/PyPI/all.zip"
RECORD_SUFFIXES = (".json", ".yaml", ".yml")
MAX_RECORD_BYTES = 16 * 1024 * 1024
MAX_DOWNLOAD_BYTES = 1024 * 1024 * 1024
_TIMEOUT_SECONDS = 60.0


def iter_zip(path: Path) -> Iterator[tuple[str, bytes]]:
    """The record files of an OSV export zip; a corrupt archive is an `InputError`."""
    handle = open_regular(path)
    try:
        archive = zipfile.ZipFile(handle)
    except (zipfile.BadZipFile, OSError) as exc:
        handle.close()
        raise InputError(f"not a readable zip archive ({exc})", path=path) from exc
    with handle, archive:
        for info in archive.infolist():
            if info.is_dir() or not info.filename.lower().endswith(RECORD_SUFFIXES):
                continue
            if info.file_size > MAX_RECORD_BYTES:
                raise InputError("record larger than 16 MiB", path=f"{path}!{info.filename}")
            try:
                data = archive.read(info)
            except (zipfile.BadZipFile, OSError, EOFError, ValueError) as exc:
                raise InputError(
                    f"corrupt archive member ({exc})", path=f"{path}!{info.filename}"
                ) from exc
            yield info.filename, data


def iter_directory(path: Path) -> Iterator[tuple[str, bytes]]:
    """The `.json`/`.yaml`/`.yml` files under a directory, in a stable order."""
    for file in sorted(p for p in path.rglob("*") if p.suffix.lower() in RECORD_SUFFIXES):
        if not file.is_file():
            continue
        yield str(file.relative_to(path)), read_bytes_limited(file, MAX_RECORD_BYTES)


def iter_local(path: Path) -> Iterator[tuple[str, bytes]]:
    """Records of a local zip or directory."""
    if path.is_dir():
        yield from iter_directory(path)
    elif path.is_file():
        yield from iter_zip(path)
    else:
        raise InputError("no such file or directory", path=path)


def is_url(source: str) -> bool:
    return urlparse(source).scheme in ("http", "https", "file")


Progress = Callable[[int, int | None], None]  # (bytes so far, total bytes when known)


@contextlib.contextmanager
def local_copy(source: str, workdir: Path, progress: Progress | None = None) -> Iterator[Path]:
    """A local path for `source`: itself for paths and file: URLs, a download for http(s)."""
    parsed = urlparse(source)
    if parsed.scheme == "file":
        yield Path(unquote(parsed.path))
        return
    if parsed.scheme not in ("http", "https"):
        yield Path(source)
        return
    workdir.mkdir(parents=True, exist_ok=True)
    with tempfile.NamedTemporaryFile(dir=workdir, prefix=".download-", suffix=".zip") as handle:
        _download(source, handle, progress)
        handle.flush()
        yield Path(handle.name)


def _download(url: str, handle: object, progress: Progress | None) -> None:
    import urllib3

    pool = urllib3.PoolManager(
        timeout=urllib3.Timeout(connect=15.0, read=_TIMEOUT_SECONDS),
        retries=urllib3.Retry(total=3, backoff_factor=0.5, status_forcelist=(502, 503, 504)),
    )
    try:
        response = pool.request("GET", url, preload_content=False)
    except urllib3.exceptions.HTTPError as exc:
        raise EnvironmentFailure(
            f"cannot download {url}: {exc}",
            hint="check the network, or import a local export with `sscli db import FILE`",
        ) from exc
    try:
        if response.status != 200:
            raise EnvironmentFailure(f"cannot download {url}: HTTP {response.status}")
        total = int(response.headers.get("Content-Length") or 0) or None
        written = 0
        for chunk in response.stream(1024 * 1024):
            written += len(chunk)
            if written > MAX_DOWNLOAD_BYTES:
                raise InputError("download larger than 1 GiB", path=url)
            handle.write(chunk)  # type: ignore[attr-defined]
            if progress is not None:
                progress(written, total)
    except urllib3.exceptions.HTTPError as exc:
        raise EnvironmentFailure(f"download of {url} failed: {exc}") from exc
    finally:
        response.release_conn()


def copy_file(src: Path, dst: Path) -> None:
    shutil.copyfile(src, dst)
