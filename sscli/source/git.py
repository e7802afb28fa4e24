"""Running git on a repository sscli does not trust.

The repository's own `.git/config` is the attacker's: it can name programs for git to run
(`core.fsmonitor`, `gpg.program`, `gpg.ssh.program`, `core.hooksPath`, diff drivers), point
signature checks at its own allowed-signers file, or lower the trust level a signature needs.
Object replacement (`refs/replace/`), grafts and a commit-graph file can make git show other
parents or other content under a commit id. So every git command here runs
- with no system or global config (`GIT_CONFIG_NOSYSTEM`, `GIT_CONFIG_GLOBAL=/dev/null`) and
  a minimal environment (no inherited `GIT_*`, no pager, no prompts);
- with command-line settings, which override the repository's, for every setting that names a
  program or a trust file, and with replace objects, grafts and the commit graph switched off;
- with revisions resolved to full object ids first (`--end-of-options`), so that no argument
  from a ref name or the user is ever read as an option.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import subprocess
import tempfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from sscli.errors import EnvironmentFailure, InputError

_OBJECT_ID = re.compile(r"^(?:[0-9a-f]{40}|[0-9a-f]{64})\Z")
DEFAULT_TIMEOUT = 600


def is_object_id(text: str) -> bool:
    return bool(_OBJECT_ID.match(text))


@cache
def _program(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        raise EnvironmentFailure(
            f"{name} is not installed",
            hint="install git, gnupg and openssh-client (Debian: apt-get install git gnupg "
            "openssh-client)",
        )
    return found


def git_version() -> str:
    done = subprocess.run(
        [_program("git"), "--version"], capture_output=True, text=True, check=False, timeout=30
    )
    return done.stdout.strip().removeprefix("git version ")


@dataclass(frozen=True)
class TrustFiles:
    """Where signature verification gets its trust from: sscli's own files, never the user's."""

    allowed_signers: Path
    revocations: Path
    gnupg_home: Path


class Git:
    """git, run hardened (see the module doc) in the repository at `path`."""

    def __init__(self, path: Path, *, trust: TrustFiles | None = None, scratch: Path) -> None:
        self.path = path
        self._trust = trust
        grafts = scratch / "no-grafts"
        self._env = {
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
            "HOME": str(scratch),
            "LC_ALL": "C",
            "LANG": "C",
            "TZ": "UTC",
            "GIT_CONFIG_NOSYSTEM": "1",
            "GIT_CONFIG_GLOBAL": os.devnull,
            "GIT_NO_REPLACE_OBJECTS": "1",
            "GIT_GRAFT_FILE": str(grafts),
            "GIT_TERMINAL_PROMPT": "0",
            "GIT_PAGER": "cat",
            "PAGER": "cat",
            "GIT_OPTIONAL_LOCKS": "0",
            "GIT_ATTR_NOSYSTEM": "1",
            "GIT_ASKPASS": "",
            "SSH_ASKPASS": "",
            "GNUPGHOME": str(trust.gnupg_home if trust else scratch / "no-gnupg"),
        }

    def _settings(self) -> list[str]:
        settings = {
            "core.fsmonitor": "false",
            "core.hooksPath": os.devnull,
            "core.commitGraph": "false",
            "core.multiPackIndex": "false",
            "core.untrackedCache": "false",
            "core.sshCommand": "false",
            "core.askPass": "",
            "credential.helper": "",
            "pack.useBitmaps": "false",
            "protocol.allow": "never",
            "log.showSignature": "false",
            "log.mailmap": "false",
            "log.showRoot": "true",
            "i18n.logOutputEncoding": "UTF-8",
            "color.ui": "false",
            "diff.external": "",
            "gpg.x509.program": "false",
            "gpg.minTrustLevel": "fully",
        }
        gpg = _program("gpg") if self._trust else "false"
        ssh_keygen = _program("ssh-keygen") if self._trust else "false"
        settings |= {
            "gpg.program": gpg,
            "gpg.openpgp.program": gpg,
            "gpg.ssh.program": ssh_keygen,
        }
        if self._trust:
            settings |= {
                "gpg.ssh.allowedSignersFile": str(self._trust.allowed_signers),
                "gpg.ssh.revocationFile": str(self._trust.revocations),
            }
        else:
            settings |= {"gpg.ssh.allowedSignersFile": os.devnull}
        return [arg for key, value in settings.items() for arg in ("-c", f"{key}={value}")]

    def argv(self, *args: str) -> list[str]:
        return [_program("git"), "--no-pager", "-C", str(self.path), *self._settings(), *args]

    def run(
        self,
        *args: str,
        check: bool = True,
        stdin: bytes | None = None,
        timeout: float = DEFAULT_TIMEOUT,
    ) -> subprocess.CompletedProcess[bytes]:
        """Run git; a failure (when `check`) is an `InputError` carrying git's message."""
        try:
            done = subprocess.run(
                self.argv(*args),
                input=stdin,
                capture_output=True,
                env=self._env,
                timeout=timeout,
                check=False,
            )
        except subprocess.TimeoutExpired as exc:
            raise EnvironmentFailure(f"git {args[0]} took longer than {timeout:.0f} s") from exc
        except OSError as exc:
            raise EnvironmentFailure(f"cannot run git: {exc}") from exc
        if check and done.returncode != 0:
            message = done.stderr.decode("utf-8", "replace").strip().splitlines()
            raise InputError(
                f"git {args[0]} failed: {message[-1] if message else f'exit {done.returncode}'}",
                path=self.path,
            )
        return done

    def stream(self, *args: str) -> Iterator[bytes]:
        """git's stdout in chunks, for output too large to hold (a long history). stderr goes
        to a file (a full pipe would block git), and git is killed if the reader stops early."""
        with tempfile.TemporaryFile() as errors:
            process = subprocess.Popen(
                self.argv(*args), stdout=subprocess.PIPE, stderr=errors, env=self._env
            )
            assert process.stdout is not None
            try:
                yield from iter(lambda: process.stdout.read(1 << 16), b"")  # type: ignore[union-attr]
            finally:
                if process.poll() is None:
                    process.kill()
                process.stdout.close()
                returncode = process.wait()
            if returncode != 0:
                errors.seek(0)
                lines = errors.read().decode("utf-8", "replace").strip().splitlines()
                last = lines[-1] if lines else f"exit {returncode}"
                raise InputError(f"git {args[0]} failed: {last}", path=self.path)

    def text(self, *args: str) -> str:
        return self.run(*args).stdout.decode("utf-8", "replace").strip()

    # --- facts about the repository ---------------------------------------------------------

    def toplevel(self) -> Path:
        done = self.run("rev-parse", "--show-toplevel", check=False)
        if done.returncode != 0:
            message = done.stderr.decode("utf-8", "replace").strip()
            if "dubious ownership" in message:
                raise InputError(
                    "git refuses this repository: it belongs to another user",
                    path=self.path,
                    hint="run sscli as the repository's owner",
                )
            raise InputError("not a git repository (or git cannot read it)", path=self.path)
        return Path(done.stdout.decode().strip())

    def object_format(self) -> str:
        return self.text("rev-parse", "--show-object-format") or "sha1"

    def is_shallow(self) -> bool:
        return self.text("rev-parse", "--is-shallow-repository") == "true"

    def resolve_commit(self, revision: str) -> str:
        """The full id of the commit `revision` names; option-like names are refused."""
        if not revision or revision.startswith("-") or "\0" in revision or "\n" in revision:
            raise InputError(f"not a revision: {revision!r}", field="--rev")
        done = self.run(
            "rev-parse", "--verify", "--quiet", "--end-of-options", f"{revision}^{{commit}}",
            check=False,
        )  # fmt: skip
        commit = done.stdout.decode("utf-8", "replace").strip()
        if done.returncode != 0 or not is_object_id(commit):
            raise InputError(f"no commit {revision!r} in the repository", path=self.path)
        return commit

    def full_ref(self, revision: str) -> str | None:
        """`refs/heads/main` for `main`, if `revision` is a ref name (else None)."""
        if revision.startswith("-"):
            return None
        done = self.run(
            "rev-parse", "--symbolic-full-name", "--end-of-options", revision, check=False
        )
        name = done.stdout.decode("utf-8", "replace").strip()
        return name if done.returncode == 0 and name.startswith("refs/") else None

    def head_ref(self) -> str | None:
        done = self.run("symbolic-ref", "-q", "HEAD", check=False)
        name = done.stdout.decode("utf-8", "replace").strip()
        return name if done.returncode == 0 and name.startswith("refs/") else None

    def is_ancestor(self, ancestor: str, descendant: str) -> bool:
        done = self.run("merge-base", "--is-ancestor", ancestor, descendant, check=False)
        if done.returncode not in (0, 1):
            raise InputError(
                f"git merge-base failed: {done.stderr.decode('utf-8', 'replace').strip()}",
                path=self.path,
            )
        return done.returncode == 0

    def tags(self) -> list[tuple[str, str]]:
        """(tag ref, commit id) of every tag, newest first."""
        out = self.text(
            "for-each-ref", "--sort=-creatordate",
            "--format=%(refname)%00%(objectname)%00%(*objectname)", "refs/tags",
        )  # fmt: skip
        tags = []
        for line in out.splitlines():
            name, obj, peeled = [*line.split("\0"), "", ""][:3]
            commit = peeled or obj
            if is_object_id(commit):
                tags.append((name, commit))
        return tags

    def remote_url(self) -> str | None:
        done = self.run("config", "--get", "remote.origin.url", check=False)
        url = done.stdout.decode("utf-8", "replace").strip()
        return url or None


# --- objects, hashed ------------------------------------------------------------------------


class ObjectMismatch(Exception):
    """An object's content does not hash to its id: the object store was tampered with."""


@dataclass(frozen=True)
class GitObject:
    """An object read from the object store, its content checked against its id."""

    oid: str
    kind: str
    data: bytes


def object_id(kind: str, data: bytes, object_format: str) -> str:
    """The id git gives an object of `kind` with content `data`."""
    algorithm = hashlib.sha256 if object_format == "sha256" else hashlib.sha1
    return algorithm(f"{kind} {len(data)}".encode() + b"\0" + data).hexdigest()


def read_objects(
    git: Git, names: Sequence[str], object_format: str, *, batch: int = 2000
) -> Iterator[GitObject | None]:
    """The objects `names` (ids or `rev:path`) name, in order, each checked against its id:
    git does not re-hash what it reads, so a swapped loose object or pack entry would otherwise
    be shown under another object's id. A missing object yields None."""
    for start in range(0, len(names), batch):
        yield from _read_batch(git, names[start : start + batch], object_format)


def _read_batch(git: Git, names: Sequence[str], object_format: str) -> Iterator[GitObject | None]:
    request = b"".join(n.encode() + b"\n" for n in names)
    out = git.run("cat-file", "--batch", stdin=request).stdout
    position = 0
    for _ in names:
        end = out.index(b"\n", position)
        parts = out[position:end].decode("utf-8", "replace").split(" ")
        position = end + 1
        if len(parts) != 3 or not parts[2].isdigit():  # "<name> missing" / "ambiguous"
            yield None
            continue
        oid, kind, size = parts[0], parts[1], int(parts[2])
        data = out[position : position + size]
        position += size + 1
        if object_id(kind, data, object_format) != oid:
            raise ObjectMismatch(oid)
        yield GitObject(oid, kind, data)
