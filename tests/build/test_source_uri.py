"""The source URI a build's provenance records: every form of git remote (from git-clone's "GIT
URLS" section and the forms forges and CI systems really use) as an explicit URL, without the
credentials CI systems embed in them. git itself is the oracle for what the forms mean."""

from __future__ import annotations

import os
import shlex
import subprocess
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from sscli.build.provenance import source_uri
from sscli.build.source import repository_url, source_info

TOP = Path("/work/checkout")

FORMS = [
    # git-clone(1), GIT URLS
    ("ssh://host.xz/path/to/repo.git/", "ssh://host.xz/path/to/repo.git/"),
    ("ssh://user@host.xz:2222/path/to/repo.git", "ssh://user@host.xz:2222/path/to/repo.git"),
    ("git://host.xz/path/to/repo.git/", "git://host.xz/path/to/repo.git/"),
    ("http://host.xz/path/to/repo.git", "http://host.xz/path/to/repo.git"),
    ("ftps://host.xz:990/path/to/repo.git", "ftps://host.xz:990/path/to/repo.git"),
    ("host.xz:path/to/repo.git", "ssh://host.xz/path/to/repo.git"),
    ("user@host.xz:/path/to/repo.git", "ssh://user@host.xz/path/to/repo.git"),
    ("git@[2001:db8::1]:o/r.git", "ssh://git@[2001:db8::1]/o/r.git"),
    ("/srv/git/project.git", "file:///srv/git/project.git"),
    ("file:///srv/git/project.git", "file:///srv/git/project.git"),
    ("../upstream", "file:///work/upstream"),
    ("./mirror/r.git", "file:///work/checkout/mirror/r.git"),
    ("./a:b", "file:///work/checkout/a%3Ab"),  # a slash before the colon: a path, not scp
    # forges
    ("https://github.com/sscli/sscli.git", "https://github.com/sscli/sscli.git"),
    ("git@github.com:sscli/sscli.git", "ssh://git@github.com/sscli/sscli.git"),
    ("git@gitlab.com:group/sub/project.git", "ssh://git@gitlab.com/group/sub/project.git"),
    ("ssh://git@ssh.github.com:443/o/r.git", "ssh://git@ssh.github.com:443/o/r.git"),
    ("org@vs-ssh.visualstudio.com:v3/org/p/r", "ssh://org@vs-ssh.visualstudio.com/v3/org/p/r"),
    ("codecommit::us-east-1://my-repo", "codecommit::us-east-1://my-repo"),
    # credentials CI systems put in remotes: never recorded
    (
        "https://x-access-token:ghs_16C7e42F292c6912E7710c838347Ae178B4a@github.com/o/r",
        "https://github.com/o/r",
    ),
    (
        "https://gitlab-ci-token:glcbt-64_abc@gitlab.example.com/group/project.git",
        "https://gitlab.example.com/group/project.git",
    ),
    ("https://oauth2:glpat-xxxxxxxxxxxxxxxxxxxx@gitlab.com/g/p.git", "https://gitlab.com/g/p.git"),
    (
        "https://x-token-auth:ATCTT3x@bitbucket.org/team/repo.git",
        "https://bitbucket.org/team/repo.git",
    ),
    (
        "https://org@dev.azure.com/org/project/_git/repo",
        "https://dev.azure.com/org/project/_git/repo",
    ),
    (
        "https://ghp_abcdefghijklmnopqrstuvwxyz0123456789@github.com/o/r.git",
        "https://github.com/o/r.git",
    ),
    ("https://user:p%40ss@host.xz:8443/r.git", "https://host.xz:8443/r.git"),
    ("ssh://deploy:hunter2@host.xz/r.git", "ssh://deploy@host.xz/r.git"),
    ("git+https://user:secret@host.xz/r", "git+https://host.xz/r"),
]


@pytest.mark.parametrize(("remote", "expected"), FORMS)
def test_remote_forms(remote: str, expected: str) -> None:
    assert repository_url(remote, TOP) == expected


def _git(*args: str | Path, cwd: Path | None = None, env: dict[str, str] | None = None) -> str:
    done = subprocess.run(
        ["git", *map(str, args)],
        cwd=cwd,
        env={**os.environ, **(env or {})},
        capture_output=True,
        text=True,
        check=False,
    )
    return done.stdout.strip()


SSH_FORMS = [
    "host.xz:path/to/repo.git",
    "user@host.xz:/path/to/repo.git",
    "git@github.com:sscli/sscli.git",
    "ssh://user@host.xz:2222/path/to/repo.git",
    "ssh://deploy:hunter2@host.xz/r.git",
    "git@[2001:db8::1]:o/r.git",
]


@pytest.mark.parametrize("remote", SSH_FORMS)
def test_ssh_forms_reach_what_git_reaches(tmp_path: Path, remote: str) -> None:
    """git connects (through a recording ssh) to the user, host, port and path the URL names;
    the differences are the intended ones: a password after the user is dropped, and an
    scp-like relative path becomes absolute."""
    record = tmp_path / "argv"
    ssh = tmp_path / "ssh"
    ssh.write_text(f'#!/bin/sh\nprintf "%s\\n" "$@" > {shlex.quote(str(record))}\nexit 1\n')
    ssh.chmod(0o755)
    _git("ls-remote", remote, env={"GIT_SSH": str(ssh), "GIT_SSH_VARIANT": "ssh"})
    argv = record.read_text().splitlines()
    user, _, host = argv[-2].rpartition("@")
    port = argv[argv.index("-p") + 1] if "-p" in argv else None
    path = shlex.split(argv[-1])[1]
    url = urlsplit(repository_url(remote, TOP))
    assert url.scheme == "ssh" and url.password is None
    assert (url.username or "", url.hostname) == (user.partition(":")[0], host.lower())
    assert url.port == (int(port) if port else None)
    assert url.path in (path, f"/{path}")


def test_a_clone_of_a_local_path_records_a_file_uri(tmp_path: Path) -> None:
    origin = tmp_path / "origin"
    _git("init", "-q", "-b", "main", origin)
    (origin / "pyproject.toml").write_text("[project]\nname = 'x'\n")
    _git("-C", origin, "add", ".")
    _git("-C", origin, "-c", "user.name=t", "-c", "user.email=t@t", "commit", "-qm", "one")
    clone = tmp_path / "clone"
    _git("clone", "-q", origin, clone)
    info = source_info(clone)
    assert info.repository == origin.resolve().as_uri()
    assert source_uri(info) == f"git+{origin.resolve().as_uri()}@refs/heads/main"


def test_credentials_in_the_remote_never_reach_the_provenance(tmp_path: Path) -> None:
    repo = tmp_path / "repo"
    _git("init", "-q", "-b", "main", repo)
    _git("-C", repo, "remote", "add", "origin", "https://ci:s3cr3t-token@git.example.com/o/r.git")
    info = source_info(repo)
    assert info.repository == "https://git.example.com/o/r.git"
    assert "s3cr3t" not in repr(info)
