"""Real keys and real repositories for the source stage: SSH keys made by ssh-keygen, OpenPGP
keys made by gpg in a private home (one of them expired), and commits signed by git itself."""

from __future__ import annotations

import os
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest

ENV = {
    "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
    "GIT_CONFIG_GLOBAL": os.devnull,
    "GIT_CONFIG_NOSYSTEM": "1",
    "LC_ALL": "C",
}


def run(*args: str | Path, cwd: Path | None = None, env: dict[str, str] | None = None) -> str:
    done = subprocess.run(
        [str(a) for a in args],
        cwd=cwd,
        env={**ENV, **(env or {})},
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        raise AssertionError(f"{args} failed: {done.stderr}")
    return done.stdout.strip()


@dataclass(frozen=True)
class SshKey:
    private: Path
    public: Path

    @property
    def line(self) -> str:
        return " ".join(self.public.read_text().split()[:2])


@dataclass(frozen=True)
class PgpKey:
    fingerprint: str
    armored: Path
    home: Path
    faked_time: str | None = None


@dataclass(frozen=True)
class Keys:
    alice: SshKey
    bob: SshKey
    mallory: SshKey
    carol: PgpKey
    old: PgpKey  # expired since 2020-01-02
    gpg_home: Path


@pytest.fixture(scope="session")
def keys(tmp_path_factory: pytest.TempPathFactory) -> Keys:
    return make_keys(tmp_path_factory.mktemp("keys"))


def make_keys(base: Path) -> Keys:
    """Alice, Bob and Mallory's SSH keys, Carol's and an expired OpenPGP key, under `base`."""
    ssh = {}
    for name in ("alice", "bob", "mallory"):
        run("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C", name, "-f", base / name)
        ssh[name] = SshKey(base / name, base / f"{name}.pub")
    home = base / "gnupg"
    home.mkdir(mode=0o700)
    gpg_env = {"GNUPGHOME": str(home)}
    batch = ["gpg", "--batch", "--passphrase", "", "--quick-gen-key"]
    run(*batch, "Carol <carol@example.com>", "ed25519", "sign", "2y", env=gpg_env)
    fake = ["--faked-system-time", "20200101T000000"]
    run("gpg", *fake, *batch[1:], "Old <old@example.com>", "ed25519", "sign", "1d", env=gpg_env)
    pgp = {}
    for name in ("carol", "old"):
        listing = run("gpg", "--with-colons", "--list-keys", f"{name}@example.com", env=gpg_env)
        fingerprint = next(f.split(":")[9] for f in listing.splitlines() if f.startswith("fpr"))
        armored = base / f"{name}.asc"
        armored.write_text(run("gpg", "--armor", "--export", fingerprint, env=gpg_env) + "\n")
        pgp[name] = PgpKey(fingerprint, armored, home)
    old = PgpKey(pgp["old"].fingerprint, pgp["old"].armored, home, "20200101T120000")
    return Keys(ssh["alice"], ssh["bob"], ssh["mallory"], pgp["carol"], old, home)


class Repo:
    """A git repository whose commits the tests sign with real keys."""

    def __init__(self, path: Path, keys: Keys) -> None:
        self.path = path
        self.keys = keys
        path.mkdir(parents=True, exist_ok=True)
        run("git", "init", "-q", "-b", "main", path)

    def git(self, *args: str, env: dict[str, str] | None = None) -> str:
        return run("git", "-C", self.path, *args, env=env)

    def commit(
        self,
        message: str,
        *,
        files: dict[str, str] | None = None,
        signer: SshKey | PgpKey | None = None,
        author: str = "Alice <alice@example.com>",
        committer: str | None = None,
        extra: tuple[str, ...] = (),
    ) -> str:
        for name, content in (files or {"log.txt": message + "\n"}).items():
            target = self.path / name
            target.parent.mkdir(parents=True, exist_ok=True)
            before = target.read_text() if name == "log.txt" and target.exists() else ""
            target.write_text(before + content)
            self.git("add", name)
        self._commit(["-m", message, *extra], signer, author, committer)
        return self.git("rev-parse", "HEAD")

    def merge(self, branch: str, signer: SshKey | PgpKey | None, author: str) -> str:
        self._commit(["--no-ff", "-m", f"merge {branch}", branch], signer, author, None, "merge")
        return self.git("rev-parse", "HEAD")

    def _commit(
        self,
        args: list[str],
        signer: SshKey | PgpKey | None,
        author: str,
        committer: str | None,
        verb: str = "commit",
    ) -> None:
        name, _, email = (committer or author).partition(" <")
        settings = ["-c", f"user.name={name}", "-c", f"user.email={email.rstrip('>')}"]
        env: dict[str, str] = {}
        sign: list[str] = []
        if hasattr(signer, "private"):  # conftest is imported twice under importlib mode
            settings += ["-c", "gpg.format=ssh", "-c", f"user.signingkey={signer.private}"]  # type: ignore[union-attr]
            sign = ["-S"]
        elif signer is not None:
            settings += ["-c", f"user.signingkey={signer.fingerprint}"]
            env["GNUPGHOME"] = str(signer.home)
            if signer.faked_time:
                wrapper = signer.home.parent / "gpg-faked-time"
                wrapper.write_text(
                    f'#!/bin/sh\nexec gpg --faked-system-time {signer.faked_time} "$@"\n'
                )
                wrapper.chmod(0o755)
                settings += ["-c", f"gpg.program={wrapper}"]
            sign = ["-S"]
        author_args = ["--author", author] if verb == "commit" else []
        self.git(*settings, verb, "-q", *sign, *author_args, *args, env=env)


def policy_text(
    keys: Keys, extra: str = "", *, repository: str = "git+https://example.com/org/app"
) -> str:
    return f"""version: 1
source:
  repository: {repository}
  signers:
    - name: alice
      emails: [alice@example.com]
      handles: ["@alice"]
      ssh: ["{keys.alice.line}"]
    - name: bob
      emails: [bob@example.com]
      handles: ["@bob"]
      ssh: ["{keys.bob.line}"]
      paths: ["docs/"]
    - name: carol
      emails: [carol@example.com]
      openpgp:
        - fingerprint: {keys.carol.fingerprint}
          key: {keys.carol.armored}
    - name: old
      emails: [old@example.com]
      openpgp:
        - fingerprint: {keys.old.fingerprint}
          key: {keys.old.armored}
  refs:
    allow: [refs/heads/main, "refs/tags/v*"]
{extra}"""


@pytest.fixture
def write_policy(tmp_path: Path, keys: Keys):  # type: ignore[no-untyped-def]
    def write(extra: str = "", **kwargs: str) -> Path:
        path = tmp_path / "policy.yaml"
        path.write_text(policy_text(keys, extra, **kwargs))
        return path

    return write
