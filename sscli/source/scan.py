"""`sscli source scan`: leaked secrets (detect-secrets, with its baseline of accepted findings)
and security issues in the code (bandit, with its own configuration), in the working tree or
in a commit's tree, gated by the policy with reasoned, expiring waivers.

Neither tool is given a say over what runs: a detect-secrets baseline may only name the
library's own plugins and filters (a `file://` plugin or filter would be code from the scanned
repository), and inline suppressions (`# pragma: allowlist secret`, `# nosec`) do not hide a
finding unless the policy says so. A secret's value never leaves this module.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import stat
import tempfile
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from sscli.errors import EnvironmentFailure, InputError
from sscli.fsutil import read_bytes_limited
from sscli.policy.patterns import any_path_matches
from sscli.policy.source import ScanException, SourcePolicy
from sscli.source.git import Git, is_object_id, read_objects

MAX_FILE_BYTES = 8 * 1024 * 1024
LEVELS = ("low", "medium", "high")


@dataclass(frozen=True)
class SourceFinding:
    """A leaked secret or a code issue found by a source scan, and what the policy makes of it."""

    kind: str  # "secret" or "code"
    id: str  # the detect-secrets type or the bandit test id
    title: str
    severity: str  # low | medium | high
    confidence: str
    path: str
    line: int
    fingerprint: str
    commit: str | None = None
    status: str = "fail"  # fail | warn | baseline | waived | below-threshold | nosec
    waiver: ScanException | None = None
    note: str = ""

    @property
    def failing(self) -> bool:
        return self.status == "fail"

    def to_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "id": self.id,
            "title": self.title,
            "severity": self.severity,
            "confidence": self.confidence,
            "path": self.path,
            "line": self.line,
            "commit": self.commit,
            "status": self.status,
            "waiver": {"reason": self.waiver.reason, "expires": self.waiver.expires.isoformat()}
            if self.waiver
            else None,
        }


@dataclass
class SourceScanReport:
    """What a source scan found in one tree, with the tools that ran and what was skipped."""

    root: str
    commit: str | None
    tree: str | None
    findings: list[SourceFinding]
    files: int
    tools: list[dict[str, Any]]
    started: datetime
    finished: datetime
    skipped: list[str] = field(default_factory=list)
    history: dict[str, Any] | None = None
    warnings: list[str] = field(default_factory=list)

    @property
    def failing(self) -> list[SourceFinding]:
        return [f for f in self.findings if f.failing]

    @property
    def passed(self) -> bool:
        return not self.failing


# --- what to scan ---------------------------------------------------------------------------


def worktree_files(git: Git | None, root: Path) -> list[str]:
    """Regular files of the working tree (tracked and untracked, not ignored), relative to
    `root`; symbolic links and special files are never followed or opened."""
    if git is not None:
        out = git.run("ls-files", "-z", "--cached", "--others", "--exclude-standard").stdout
        names = sorted({n.decode("utf-8", "surrogateescape") for n in out.split(b"\0") if n})
    else:
        names = []
        for directory, dirs, found in os.walk(root):
            dirs[:] = [d for d in dirs if d != ".git"]
            names += [str((Path(directory) / f).relative_to(root)) for f in found]
        names.sort()
    return [n for n in names if _is_regular(root / n)]


def _is_regular(path: Path) -> bool:
    try:
        return stat.S_ISREG(path.lstat().st_mode)
    except OSError:
        return False


@contextlib.contextmanager
def exported_tree(git: Git, commit: str, object_format: str) -> Iterator[tuple[Path, list[str]]]:
    """The commit's tree written to a private directory: regular blobs only (symbolic links and
    submodules are not followed), every object checked against its id."""
    out = git.run("ls-tree", "-r", "-z", "--full-tree", commit).stdout
    entries = []
    for entry in out.split(b"\0"):
        meta, _, name = entry.partition(b"\t")
        mode, kind, oid = [*meta.decode("ascii", "replace").split(" "), "", "", ""][:3]
        path = name.decode("utf-8", "surrogateescape")
        regular = kind == "blob" and mode in ("100644", "100755") and is_object_id(oid)
        if regular and _safe_relative(path):
            entries.append((path, oid))
    with tempfile.TemporaryDirectory(prefix="sscli-tree-") as directory:
        root = Path(directory)
        objects = read_objects(git, [oid for _, oid in entries], object_format)
        for (path, _), obj in zip(entries, objects, strict=True):
            if obj is None:
                raise InputError(f"blob of {path} missing from the repository")
            target = root / path
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(obj.data)
        yield root, [path for path, _ in entries]


def _safe_relative(path: str) -> bool:
    parts = path.split("/")
    return bool(path) and not path.startswith("/") and ".." not in parts and "" not in parts


# --- secrets --------------------------------------------------------------------------------


def _baseline(root: Path, path: str | None) -> tuple[dict[str, Any] | None, str | None]:
    candidate = path or ".secrets.baseline"
    file = root / candidate
    if not _is_regular(file):
        if path:
            raise InputError("the secrets baseline does not exist", path=file)
        return None, None
    try:
        data = json.loads(read_bytes_limited(file, 32 * 1024 * 1024))
    except ValueError as exc:
        raise InputError(f"not a detect-secrets baseline: {exc}", path=file) from exc
    if not isinstance(data, dict) or not isinstance(data.get("results", {}), dict):
        raise InputError("not a detect-secrets baseline", path=file)
    _check_baseline_settings(data, file)
    return data, candidate


def _check_baseline_settings(data: dict[str, Any], file: Path) -> None:
    for plugin in data.get("plugins_used", []):
        if (
            not isinstance(plugin, dict)
            or "path" in plugin
            or not isinstance(plugin.get("name"), str)
        ):
            raise InputError("the baseline names a plugin outside detect-secrets", path=file)
    for item in data.get("filters_used", []):
        filter_path = item.get("path") if isinstance(item, dict) else None
        if not isinstance(filter_path, str) or not filter_path.startswith(
            "detect_secrets.filters."
        ):
            raise InputError(
                f"the baseline names a filter outside detect-secrets: {filter_path!r}", path=file
            )
        if filter_path.startswith(
            ("detect_secrets.filters.wordlist", "detect_secrets.filters.gibberish")
        ):
            raise InputError(
                f"the baseline's {filter_path} filter reads files: not supported", path=file
            )


def scan_secrets(
    root: Path, files: Sequence[str], baseline_path: str | None
) -> tuple[list[SourceFinding], dict[str, Any]]:
    """detect-secrets over `files` (relative to `root`); baseline entries come back with status
    baseline (unless audited as real secrets)."""
    from detect_secrets.__version__ import VERSION
    from detect_secrets.core.secrets_collection import SecretsCollection
    from detect_secrets.settings import transient_settings

    baseline, baseline_name = _baseline(root, baseline_path)
    config: dict[str, Any] = {
        "plugins_used": (baseline or {}).get("plugins_used") or _all_plugins()
    }
    if baseline and "filters_used" in baseline:
        config["filters_used"] = baseline["filters_used"]
    accepted = _accepted(baseline)
    scanned = [f for f in files if f != baseline_name and _small(root / f)]
    with transient_settings(config) as settings:
        settings.disable_filters("detect_secrets.filters.allowlist.is_line_allowlisted")
        collection = SecretsCollection(root=str(root))
        collection.scan_files(*scanned, num_processors=min(os.cpu_count() or 1, 4))
        secrets = [
            (name, s)
            for name, found in collection.data.items()
            for s in found
            if not is_hash_noise(name, s.type)
        ]
    findings = [
        _secret_finding(name, secret, "baseline" if _key(name, secret) in accepted else "fail")
        for name, secret in secrets
    ]
    tool = {"name": "detect-secrets", "version": VERSION, "config": baseline_name}
    tool["configSha256"] = _sha256(root / baseline_name) if baseline_name else None
    return findings, tool


# Lock files are lists of hashes: detect-secrets skips the ones it knows by name
# (filters.heuristic.is_lock_file: poetry.lock, Pipfile.lock, ...), a list that predates
# pylock.toml (PEP 751), uv.lock and pdm.lock. In those, only the entropy detectors are silenced
# (each hash is a "high entropy string"): a credential in an index URL is still found.
_HASH_LISTS = ("uv.lock", "pdm.lock", "pylock.toml")
_ENTROPY_TYPES = frozenset({"Hex High Entropy String", "Base64 High Entropy String"})


def is_hash_noise(name: str, secret_type: str) -> bool:
    """Whether a finding is a hash in a Python lock file (`pylock.toml`, `pylock.NAME.toml`,
    `uv.lock`, `pdm.lock`) rather than a secret."""
    base = name.rsplit("/", 1)[-1]
    lock = base in _HASH_LISTS or (base.startswith("pylock.") and base.endswith(".toml"))
    return lock and secret_type in _ENTROPY_TYPES


def _key(name: str, secret: Any) -> tuple[str, str, str]:
    return (name, secret.secret_hash, secret.type)


def _secret_finding(
    name: str, secret: Any, status: str, commit: str | None = None
) -> SourceFinding:
    """A detect-secrets finding without its value (only the type, place and hash survive)."""
    return SourceFinding(
        kind="secret",
        id=secret.type,
        title=f"{secret.type} (value redacted)" + (", added in history" if commit else ""),
        severity="high",
        confidence="high",
        path=name,
        line=secret.line_number or 0,
        fingerprint=_fingerprint("secret", secret.type, name, secret.secret_hash),
        commit=commit,
        status=status,
    )


def _all_plugins() -> list[dict[str, str]]:
    from detect_secrets.core.plugins.util import get_mapping_from_secret_type_to_class

    plugins: list[type] = list(get_mapping_from_secret_type_to_class().values())
    return [{"name": plugin.__name__} for plugin in plugins]


def _accepted(baseline: dict[str, Any] | None) -> set[tuple[str, str, str]]:
    accepted = set()
    for name, items in (baseline or {}).get("results", {}).items():
        for item in items if isinstance(items, list) else ():
            if isinstance(item, dict) and item.get("is_secret") is not True:
                accepted.add((name, str(item.get("hashed_secret")), str(item.get("type"))))
    return accepted


def _small(path: Path) -> bool:
    try:
        return path.lstat().st_size <= MAX_FILE_BYTES
    except OSError:
        return False


def _fingerprint(*parts: str) -> str:
    return hashlib.sha256("\0".join(parts).encode("utf-8", "surrogateescape")).hexdigest()


def _sha256(path: Path) -> str:
    return hashlib.sha256(read_bytes_limited(path, 64 * 1024 * 1024)).hexdigest()


# --- code -------------------------------------------------------------------------------------


def scan_code(
    root: Path, files: Sequence[str], config: str | None
) -> tuple[list[SourceFinding], dict[str, Any]]:
    """bandit over the Python files among `files`, with bandit's own configuration file (a
    path in the scanned tree); `# nosec` lines are found but marked, not dropped."""
    import logging

    import bandit
    from bandit.core import config as bandit_config
    from bandit.core import manager as bandit_manager

    logging.getLogger("bandit").setLevel(logging.ERROR)
    config_file = root / config if config else None
    if config_file is not None and not _is_regular(config_file):
        raise InputError("the bandit configuration does not exist", path=config_file)
    try:
        conf = bandit_config.BanditConfig(str(config_file) if config_file else None)
    except Exception as exc:  # bandit raises its own ConfigError and tomllib/yaml errors
        raise InputError(f"bandit cannot read its configuration: {exc}", path=config_file) from exc
    excluded = [str(d).strip("/") for d in (conf.get_option("exclude_dirs") or [])]
    python = [
        f
        for f in files
        if f.endswith(".py")
        and _small(root / f)
        and not any_path_matches(f, [f"{d}/" for d in excluded])
    ]
    manager = bandit_manager.BanditManager(conf, "file", ignore_nosec=True, quiet=True)
    manager.discover_files([str(root / f) for f in python], recursive=False)
    manager.run_tests()
    findings = []
    for issue in manager.get_issue_list(sev_level="LOW", conf_level="LOW"):
        relative = os.path.relpath(issue.fname, root)
        findings.append(
            SourceFinding(
                kind="code",
                id=issue.test_id,
                title=issue.text,
                severity=issue.severity.lower(),
                confidence=issue.confidence.lower(),
                path=relative,
                line=issue.lineno if isinstance(issue.lineno, int) else 0,
                fingerprint=_fingerprint("code", issue.test_id, relative, issue.get_code(1) or ""),
                note="# nosec" if _has_nosec(root / relative, issue.lineno) else "",
            )
        )
    tool = {"name": "bandit", "version": bandit.__version__, "config": config}
    tool["configSha256"] = _sha256(config_file) if config_file else None
    return findings, tool


def _has_nosec(path: Path, line: Any) -> bool:
    from bandit.core.manager import NOSEC_COMMENT

    if not isinstance(line, int) or line < 1:
        return False
    try:
        text = read_bytes_limited(path, MAX_FILE_BYTES).decode("utf-8", "replace").splitlines()
    except InputError:
        return False
    return line <= len(text) and bool(NOSEC_COMMENT.search(text[line - 1]))


# --- the policy's verdict ---------------------------------------------------------------------


def judge(
    findings: Sequence[SourceFinding], policy: SourcePolicy, today: date | None = None
) -> list[SourceFinding]:
    """Each finding with the status the policy gives it."""
    today = today or datetime.now(tz=UTC).date()
    return [_judge(f, policy, today) for f in findings]


def _judge(finding: SourceFinding, policy: SourcePolicy, today: date) -> SourceFinding:
    if finding.status == "baseline":
        return finding
    if finding.kind == "secret":
        status = "fail" if policy.secrets == "deny" else "warn"
    else:
        counts = _at_least(finding.severity, policy.code_fail_on) and _at_least(
            finding.confidence, policy.code_confidence
        )
        status = "fail" if counts else "below-threshold"
        if finding.note == "# nosec" and policy.honor_nosec:
            status = "nosec"
    if status != "fail":
        return replace(finding, status=status)
    rule = "secrets" if finding.kind == "secret" else "code"
    for waiver in policy.exceptions:
        if waiver.rule in (rule, finding.id) and any_path_matches(finding.path, waiver.paths):
            if waiver.is_expired(today):
                return replace(finding, note=f"waiver expired on {waiver.expires}")
            return replace(finding, status="waived", waiver=waiver)
    return replace(finding, status="fail")


def _at_least(level: str, threshold: str) -> bool:
    if threshold == "none":
        return False
    return LEVELS.index(level) >= LEVELS.index(threshold)


def history_secrets(
    git: Git, rev_args: Sequence[str], limit: int, baseline: dict[str, Any] | None = None
) -> list[SourceFinding]:
    """Secrets added by the commits `rev_args` select (each commit's diff to its first parent),
    so that a key committed and deleted later is still found."""
    import secrets as random

    from detect_secrets.core.secrets_collection import SecretsCollection
    from detect_secrets.settings import transient_settings

    marker = f"sscli-commit-{random.token_hex(16)} "
    args = ["log", "-p", "--no-textconv", "--no-ext-diff", "--no-color", "--no-renames", "-U0"]
    args += ["--diff-merges=first-parent", f"--format={marker}%H", f"--max-count={limit}"]
    text = git.run(*args, *rev_args, "--").stdout.decode("utf-8", "surrogateescape")
    accepted = _accepted(baseline)
    config = {"plugins_used": _all_plugins()}
    findings = []
    with transient_settings(config) as settings:
        # the files of a past commit are not on disk: the file filter would drop them all
        settings.disable_filters(
            "detect_secrets.filters.allowlist.is_line_allowlisted",
            "detect_secrets.filters.common.is_invalid_file",
        )
        for chunk in text.split(marker)[1:]:
            commit, _, diff = chunk.partition("\n")
            if not diff.strip():
                continue
            collection = SecretsCollection()
            try:
                collection.scan_diff(diff)
            except Exception as exc:  # unidiff's parse errors on unusual diffs
                raise InputError(f"cannot read the diff of {commit.strip()}: {exc}") from exc
            for name, found in collection.data.items():
                for secret in found:
                    if is_hash_noise(name, secret.type):
                        continue
                    status = "baseline" if _key(name, secret) in accepted else "fail"
                    findings.append(_secret_finding(name, secret, status, commit.strip()))
    return findings


def scan_tree(root: Path, files: Sequence[str], policy: SourcePolicy) -> SourceScanReport:
    """Secrets and code findings of `files` under `root`, judged by `policy`."""
    started = datetime.now(tz=UTC)
    findings: list[SourceFinding] = []
    tools = []
    # bandit is single-threaded: it runs beside detect-secrets' worker processes, not after them
    code_scan = _code_scan_beside(root, files, policy.code_config)
    if policy.secrets != "allow":
        secrets, tool = scan_secrets(root, files, policy.secrets_baseline)
        findings += secrets
        tools.append(tool)
    code, tool = code_scan()
    findings += code
    tools.append(tool)
    findings.sort(key=lambda f: (f.path, f.line, f.kind, f.id))
    return SourceScanReport(
        root=str(root),
        commit=None,
        tree=None,
        findings=judge(findings, policy),
        files=len(files),
        tools=tools,
        started=started,
        finished=datetime.now(tz=UTC),
        skipped=[f for f in files if not _small(root / f)],
    )


CodeScan = tuple[list[SourceFinding], dict[str, Any]]


def _code_scan_beside(
    root: Path, files: Sequence[str], config: str | None
) -> Callable[[], CodeScan]:
    """Start bandit over `files` in a forked child (when there is a second core and fork) and
    return how to collect its result; else a function that runs it here. The child is forked
    before detect-secrets starts its pool, from a process with no other threads."""
    import multiprocessing

    if (os.cpu_count() or 1) < 2 or "fork" not in multiprocessing.get_all_start_methods():
        return lambda: scan_code(root, files, config)
    context = multiprocessing.get_context("fork")
    receiver, sender = context.Pipe(duplex=False)
    child = context.Process(target=_code_child, args=(sender, root, list(files), config))
    child.daemon = True
    child.start()
    sender.close()

    def collect() -> CodeScan:
        try:
            kind, payload = receiver.recv()
        except EOFError:
            raise EnvironmentFailure(
                f"the code scan (bandit) ended without a result (exit {child.exitcode})"
            ) from None
        finally:
            receiver.close()
            child.join()
        if kind == "input-error":
            raise InputError(payload)
        if kind == "error":
            raise EnvironmentFailure(f"the code scan (bandit) failed: {payload}")
        result: CodeScan = payload
        return result

    return collect


def _code_child(sender: Any, root: Path, files: list[str], config: str | None) -> None:
    try:
        sender.send(("ok", scan_code(root, files, config)))
    except InputError as exc:
        sender.send(("input-error", exc.message))
    except Exception as exc:  # the parent reports it: a child has no one else to tell
        sender.send(("error", f"{type(exc).__name__}: {exc}"))
    finally:
        sender.close()
