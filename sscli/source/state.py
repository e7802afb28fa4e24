"""The tips verified before, per repository and ref, under the state directory: the next run
starts from there, and a tip that is no longer an ancestor means history was rewritten."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sscli.errors import InputError
from sscli.fsutil import atomic_write_text, file_lock, read_text_limited
from sscli.source.git import is_object_id

FILE = "verified-tips.json"


def _key(repository: str, ref: str) -> str:
    return f"{repository} {ref}"


def _load(path: Path) -> dict[str, Any]:
    if not path.exists():
        return {"version": 1, "tips": {}}
    try:
        data = json.loads(read_text_limited(path, 16 * 1024 * 1024))
    except ValueError as exc:
        raise InputError(f"not valid JSON: {exc}", path=path) from exc
    if not isinstance(data, dict) or not isinstance(data.get("tips"), dict):
        raise InputError("not a record of verified tips", path=path)
    return data


def recorded_tip(state_dir: Path, repository: str, ref: str) -> str | None:
    """The tip of `ref` verified last, if any."""
    path = state_dir / "source" / FILE
    with file_lock(state_dir / "source" / ".lock", shared=True):
        entry = _load(path)["tips"].get(_key(repository, ref))
    if entry is None:
        return None
    commit = entry.get("commit") if isinstance(entry, dict) else None
    if not isinstance(commit, str) or not is_object_id(commit):
        raise InputError(f"malformed entry for {ref}", path=path)
    return commit


def record_tip(
    state_dir: Path, repository: str, ref: str, commit: str, policy_sha256: str | None
) -> None:
    """Remember `commit` as the verified tip of `ref` (atomically, under a lock)."""
    path = state_dir / "source" / FILE
    with file_lock(state_dir / "source" / ".lock"):
        data = _load(path)
        data["tips"][_key(repository, ref)] = {
            "commit": commit,
            "verified": datetime.now(tz=UTC).isoformat(timespec="seconds"),
            "policy_sha256": policy_sha256,
        }
        atomic_write_text(path, json.dumps(data, indent=2, sort_keys=True) + "\n")
