"""The trust git checks commit signatures against, made from the policy alone: an SSH
allowed-signers file (principal = the policy's signer name) and a private GnuPG home holding
only the policy's OpenPGP keys, each pinned by fingerprint. The user's keyring, git config and
SSH files are never read."""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from sscli.errors import EnvironmentFailure, InputError
from sscli.fsutil import read_bytes_limited
from sscli.policy.source import SourcePolicy, SshKey
from sscli.source.git import TrustFiles

MAX_KEY_FILE_BYTES = 1024 * 1024


@dataclass(frozen=True)
class Workspace:
    """A private scratch directory and the trust files inside it."""

    scratch: Path
    trust: TrustFiles


@contextlib.contextmanager
def trust_workspace(policy: SourcePolicy) -> Iterator[Workspace]:
    """A private temporary directory with the policy's trust files; removed afterwards."""
    scratch = Path(tempfile.mkdtemp(prefix="sscli-source-"))  # mode 0700
    try:
        allowed = scratch / "allowed_signers"
        allowed.write_text(allowed_signers(policy), encoding="utf-8")
        revocations = scratch / "revoked_keys"
        revocations.write_text("", encoding="utf-8")
        gnupg = scratch / "gnupg"
        gnupg.mkdir(mode=0o700)
        (gnupg / "gpg.conf").write_text("no-auto-key-retrieve\nno-greeting\n", encoding="utf-8")
        if any(signer.openpgp for signer in policy.signers):
            _import_openpgp(policy, gnupg)
        yield Workspace(scratch, TrustFiles(allowed, revocations, gnupg))
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


def allowed_signers(policy: SourcePolicy) -> str:
    """The allowed-signers file (ssh-keygen's ALLOWED SIGNERS format) of the policy's SSH keys,
    each limited to the git namespace and to its validity dates."""
    lines = []
    for signer in policy.signers:
        for key in signer.ssh:
            lines.append(f"{signer.name} {_options(key)} {key.key}")
    return "".join(line + "\n" for line in lines)


def _options(key: SshKey) -> str:
    options = ['namespaces="git"']
    if key.valid_after:
        options.append(f'valid-after="{key.valid_after:%Y%m%d}"')
    if key.valid_before:
        options.append(f'valid-before="{key.valid_before:%Y%m%d}"')
    return ",".join(options)


def _gpg(home: Path, *args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    gpg = shutil.which("gpg")
    if gpg is None:
        raise EnvironmentFailure(
            "gpg is not installed (the policy trusts OpenPGP keys)",
            hint="install gnupg (Debian: apt-get install gnupg)",
        )
    try:
        return subprocess.run(
            [gpg, "--homedir", str(home), "--batch", "--no-tty", "--quiet", *args],
            input=stdin,
            capture_output=True,
            timeout=120,
            check=False,
            env={
                "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
                "GNUPGHOME": str(home),
                "LC_ALL": "C",
            },
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise EnvironmentFailure(f"cannot run gpg: {exc}") from exc


def _import_openpgp(policy: SourcePolicy, home: Path) -> None:
    pinned: set[str] = set()
    for signer in policy.signers:
        for key in signer.openpgp:
            data = read_bytes_limited(key.key_file, MAX_KEY_FILE_BYTES)
            done = _gpg(home, "--import", stdin=data)
            if done.returncode not in (0, 2):  # 2: some keys were not imported
                raise InputError("gpg cannot import this key file", path=key.key_file)
            if key.fingerprint not in _primary_fingerprints(home):
                raise InputError(
                    f"the key file holds no key with fingerprint {key.fingerprint} "
                    f"(signer {signer.name})",
                    path=key.key_file,
                )
            pinned.add(key.fingerprint)
    ownertrust = "".join(f"{fingerprint}:6:\n" for fingerprint in sorted(pinned))
    if _gpg(home, "--import-ownertrust", stdin=ownertrust.encode()).returncode != 0:
        raise EnvironmentFailure("gpg cannot record the trust in the policy's keys")


def _primary_fingerprints(home: Path) -> set[str]:
    out = _gpg(home, "--with-colons", "--list-keys").stdout.decode("utf-8", "replace")
    fingerprints: set[str] = set()
    expect_primary = False
    for line in out.splitlines():
        fields = line.split(":")
        if fields[0] == "pub":
            expect_primary = True
        elif fields[0] == "fpr" and expect_primary and len(fields) > 9:
            fingerprints.add(fields[9].upper())
            expect_primary = False
        elif fields[0] == "sub":
            expect_primary = False
    return fingerprints
