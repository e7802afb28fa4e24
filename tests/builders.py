"""Build real wheels, sdists and lock files for tests, including hostile ones."""

from __future__ import annotations

import base64
import hashlib
import io
import tarfile
import zipfile
from collections.abc import Iterable
from pathlib import Path


def metadata_text(
    name: str,
    version: str,
    *,
    requires: Iterable[str] = (),
    license_expression: str | None = None,
    license_field: str | None = None,
    classifiers: Iterable[str] = (),
    summary: str = "A test package",
    author: str | None = "Test Author",
    author_email: str | None = "author@example.org",
    urls: Iterable[tuple[str, str]] = (),
    home_page: str | None = None,
) -> str:
    lines = ["Metadata-Version: 2.4", f"Name: {name}", f"Version: {version}", f"Summary: {summary}"]
    if author:
        lines.append(f"Author: {author}")
    if author_email:
        lines.append(f"Author-email: {author_email}")
    if home_page:
        lines.append(f"Home-page: {home_page}")
    if license_expression:
        lines.append(f"License-Expression: {license_expression}")
    if license_field:
        lines.append(f"License: {license_field}")
    lines += [f"Classifier: {c}" for c in classifiers]
    lines += [f"Project-URL: {label}, {url}" for label, url in urls]
    lines += [f"Requires-Dist: {r}" for r in requires]
    return "\n".join(lines) + "\n\n"


def _record_line(name: str, data: bytes) -> str:
    digest = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()
    return f"{name},sha256={digest},{len(data)}"


def build_wheel(
    directory: Path,
    name: str,
    version: str,
    *,
    metadata: str | bytes | None = None,
    extra_members: Iterable[tuple[str, bytes]] = (),
    dist_info_name: str | None = None,
    **metadata_options: object,
) -> Path:
    """A pure-Python wheel with a correct RECORD (unless the members make it wrong)."""
    distribution = name.replace("-", "_")
    dist_info = f"{dist_info_name or distribution}-{version}.dist-info"
    meta = metadata if metadata is not None else metadata_text(name, version, **metadata_options)  # type: ignore[arg-type]
    meta_bytes = meta.encode() if isinstance(meta, str) else meta
    members: list[tuple[str, bytes]] = [
        (f"{distribution}/__init__.py", f'__version__ = "{version}"\n'.encode()),
        (f"{dist_info}/METADATA", meta_bytes),
        (
            f"{dist_info}/WHEEL",
            b"Wheel-Version: 1.0\nGenerator: sscli-tests\nRoot-Is-Purelib: true\nTag: py3-none-any\n",
        ),
        *extra_members,
    ]
    record = "\n".join(_record_line(n, d) for n, d in members) + f"\n{dist_info}/RECORD,,\n"
    members.append((f"{dist_info}/RECORD", record.encode()))
    path = directory / f"{distribution}-{version}-py3-none-any.whl"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for member, data in members:
            info = zipfile.ZipInfo(member, date_time=(2024, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, data)
    return path


def build_sdist(
    directory: Path,
    name: str,
    version: str,
    *,
    metadata: str | bytes | None = None,
    extra: Iterable[tarfile.TarInfo | tuple[str, bytes]] = (),
    **metadata_options: object,
) -> Path:
    """A .tar.gz sdist with PKG-INFO and a pyproject.toml; `extra` adds (hostile) members."""
    base = f"{name.replace('-', '_')}-{version}"
    meta = metadata if metadata is not None else metadata_text(name, version, **metadata_options)  # type: ignore[arg-type]
    meta_bytes = meta.encode() if isinstance(meta, str) else meta
    path = directory / f"{base}.tar.gz"
    with tarfile.open(path, "w:gz") as archive:
        for member, data in [
            (f"{base}/PKG-INFO", meta_bytes),
            (f"{base}/pyproject.toml", b"[project]\n"),
        ]:
            info = tarfile.TarInfo(member)
            info.size = len(data)
            archive.addfile(info, io.BytesIO(data))
        for item in extra:
            if isinstance(item, tarfile.TarInfo):
                archive.addfile(item)
            else:
                info = tarfile.TarInfo(item[0])
                info.size = len(item[1])
                archive.addfile(info, io.BytesIO(item[1]))
    return path


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()
