"""Source policies use the policy's one pattern grammar (sscli.policy.patterns): refs as the
deploy section reads them, repository paths in its gitignore form."""

from __future__ import annotations

from pathlib import Path

import pytest

from sscli.policy.patterns import matches_any, path_matches
from tests.source.conftest import Keys, Repo


@pytest.mark.parametrize(
    ("pattern", "path", "expected"),
    [
        ("*.py", "a/b/c.py", True),  # no slash: at any depth
        ("/setup.py", "setup.py", True),
        ("/setup.py", "pkg/setup.py", False),  # anchored at the root
        ("docs/", "docs/a/b.md", True),  # a directory covers what is below it
        ("docs/", "docs", False),
        ("src/*.py", "src/a/b.py", False),  # * stays in its segment
        ("src/**/b.py", "src/x/y/b.py", True),
        ("src/**/b.py", "src/b.py", True),
        ("docs/*", "docs/user@host.md", True),  # in a file name @ is an ordinary character
        ("file?.txt", "file1.txt", True),
        ("file?.txt", "file/.txt", False),
    ],
)
def test_path_patterns_read_as_gitignore_and_codeowners_do(
    pattern: str, path: str, expected: bool
) -> None:
    assert path_matches(path, pattern) is expected


def test_ref_patterns_are_the_deploy_sections_identity_patterns() -> None:
    assert matches_any(["refs/heads/release/**"], "refs/heads/release/1/2")
    assert matches_any(["refs/tags/v*"], "refs/tags/v1.2")
    assert not matches_any(["refs/tags/v*"], "refs/tags/v1/../../heads/evil")
    # git allows @ in a branch name: * never reaches across it
    assert not matches_any(["refs/heads/*"], "refs/heads/x@refs/heads/main")


@pytest.mark.parametrize("pattern", ["refs/heads/ma?n", "refs/heads/[m]ain", "refs/heads/***"])
def test_a_ref_pattern_that_could_match_no_ref_is_refused(
    cli, tmp_path: Path, keys: Keys, pattern: str
) -> None:
    repo = Repo(tmp_path / "app", keys)
    repo.commit("first", signer=keys.alice)
    policy = tmp_path / "policy.yaml"
    policy.write_text(
        "version: 1\nsource:\n  signers:\n    - name: alice\n      emails: [alice@example.com]\n"
        f'      ssh: ["{keys.alice.line}"]\n  refs:\n    allow: ["{pattern}"]\n'
    )
    result = cli("source", "verify", repo.path, "--policy", policy, expect=2)
    assert "source.refs.allow[0]" in result.stderr and "Traceback" not in result.stderr
