"""Publish vetted vault files to an index the organization already runs (devpi, Artifactory,
Nexus, pypiserver) with twine and its credential conventions (`TWINE_USERNAME`,
`TWINE_PASSWORD`, `~/.pypirc` with `--repository`).

An index may let an upload replace a file (devpi's volatile indexes do, and the legacy upload API
has no condition to prevent it), so the index is read first: a file it already holds with the
same sha256 is skipped, one with other bytes under the name is a conflict and nothing is
uploaded. After the upload the index is read again, and a file it does not serve with our sha256
(someone uploaded in between) is reported as a conflict too."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from sscli.errors import EnvironmentFailure, InputError, PolicyError, UsageError
from sscli.index.client import IndexClient
from sscli.vault.store import Vault, VaultEntry, copy_out

_TWINE_TIMEOUT = 900


@dataclass
class Published:
    """What a publish did: the files uploaded, and those the index already held."""

    uploaded: list[str] = field(default_factory=list)
    present: list[str] = field(default_factory=list)


def upload_url(to: str | None, repository: str | None, config_file: Path | None) -> str:
    """The upload URL: `--to`, else the `repository` section of ~/.pypirc (as twine reads it)."""
    if to:
        return to
    if not repository:
        raise UsageError("give --to URL or --repository NAME (a section of ~/.pypirc)")
    try:
        from twine.utils import get_repository_from_config
    except ImportError:
        raise EnvironmentFailure(
            "publishing needs twine", hint="pip install 'sscli[publish]'"
        ) from None
    default = str(Path("~/.pypirc").expanduser())
    try:
        found = get_repository_from_config(str(config_file or default), repository)
    except Exception as exc:  # twine raises its own InvalidConfiguration and friends
        raise InputError(
            f"no repository {repository!r} in {config_file or default}: {exc}"
        ) from exc
    return str(found["repository"])


def classify(
    entries: list[VaultEntry], index: IndexClient
) -> tuple[list[VaultEntry], list[VaultEntry], list[str]]:
    """(to upload, already there with the same sha256, conflicts) from what the index lists."""
    missing, present, conflicts = [], [], []
    pages: dict[str, dict[str, str | None]] = {}
    for entry in entries:
        if entry.project not in pages:
            pages[entry.project] = _listed(index, entry.project)
        listed = pages[entry.project]
        if entry.filename not in listed:
            missing.append(entry)
        elif listed[entry.filename] == entry.sha256:
            present.append(entry)
        else:
            conflicts.append(
                f"{entry.filename}: the index holds sha256 {listed[entry.filename] or 'unknown'}, "
                f"the vault {entry.sha256}"
            )
    return missing, present, conflicts


def _listed(index: IndexClient, project: str) -> dict[str, str | None]:
    try:
        page = index.project(project)
    except InputError:  # not on the index yet
        return {}
    return {f.filename: f.hashes.get("sha256") for f in page.files}


def publish(
    vault: Vault,
    entries: list[VaultEntry],
    index: IndexClient,
    *,
    to: str,
    repository: str | None = None,
    config_file: Path | None = None,
) -> Published:
    """Upload the entries the index lacks; raise `PolicyError` (uploading nothing) when it holds
    any of them with other content, and after uploading when it does not serve ours."""
    missing, present, conflicts = classify(entries, index)
    if conflicts:
        raise PolicyError(
            f"the index already holds {len(conflicts)} file(s) with other content under the "
            f"same name; nothing was uploaded: {'; '.join(conflicts[:3])}",
            hint="files are write-once: bump the version, or find out who published those",
        )
    result = Published(present=[e.filename for e in present])
    if not missing:
        return result
    with tempfile.TemporaryDirectory(prefix="sscli-publish-") as directory:
        files = [copy_out(vault, entry, Path(directory)) for entry in missing]
        _twine(files, to=to, repository=repository, config_file=config_file)
    after, _, late = classify(missing, index)
    if late or after:
        lost = late + [f"{e.filename}: not on the index after the upload" for e in after]
        raise PolicyError(f"the index does not serve what was uploaded: {'; '.join(lost[:3])}")
    result.uploaded = [e.filename for e in missing]
    return result


def _twine(files: list[Path], *, to: str, repository: str | None, config_file: Path | None) -> None:
    command = [sys.executable, "-m", "twine", "upload", "--non-interactive",
               "--disable-progress-bar"]  # fmt: skip
    if repository and not config_file:
        command += ["--repository", repository]
    elif repository and config_file:
        command += ["--repository", repository, "--config-file", str(config_file)]
    else:
        command += ["--repository-url", to]
    try:
        done = subprocess.run(
            [*command, *map(str, files)], capture_output=True, text=True,
            timeout=_TWINE_TIMEOUT, env={**os.environ, "PYTHONIOENCODING": "utf-8"}, check=False,
        )  # fmt: skip
    except FileNotFoundError:
        raise EnvironmentFailure("cannot run twine", hint="pip install 'sscli[publish]'") from None
    except subprocess.TimeoutExpired:
        raise EnvironmentFailure(f"twine did not finish in {_TWINE_TIMEOUT} s") from None
    if done.returncode != 0:
        message = (done.stderr.strip() or done.stdout.strip()).splitlines()[-3:]
        if "No module named twine" in done.stderr:
            raise EnvironmentFailure("publishing needs twine", hint="pip install 'sscli[publish]'")
        raise EnvironmentFailure(f"twine upload failed: {' | '.join(message)[:500]}")
