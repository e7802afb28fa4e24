#!/bin/sh
# The demo's signed source history. The example project lives inside sscli's own repository,
# whose commits are not signed by a key the demo could trust, so `make demo` gives the example a
# git repository of its own: DEST/NAME, each commit signed by git itself (SSH signing,
# gpg.format=ssh) with a development SSH key made here (DEST/dev-ssh-key, ed25519, no
# passphrase: never use it for anything else), with a DCO Signed-off-by trailer, on main. A run
# commits only when the example's files changed, so the history grows like a real one and the
# factory verifies it from the tip it verified last. DEST/source-policy.yaml is the source
# policy that trusts that key for that repository.
#
#   pipelines/shell/signed-example.sh PROJECT DEST
#
# What `make demo` then verifies is real: `sscli source verify` has git check every signature
# against an allowed-signers file made from the policy, and a commit added by hand without the
# key, or an object replaced under .git, fails the factory's source-verify step.
set -eu
[ $# -eq 2 ] || { echo "usage: $0 PROJECT DEST" >&2; exit 2; }
src=$1
mkdir -p "$2"
dest=$(cd "$2" && pwd)
name=$(basename "$(cd "$src" && pwd)")
repo="$dest/$name"
key="$dest/dev-ssh-key"
email="demo@sscli.invalid"
# never the user's own git configuration (their signing key, hooks, templates)
export GIT_CONFIG_GLOBAL=/dev/null GIT_CONFIG_NOSYSTEM=1

[ -f "$key" ] || ssh-keygen -q -t ed25519 -N "" -C "sscli demo development key" -f "$key"
if [ ! -d "$repo/.git" ]; then
    git init -q -b main "$repo"
fi
git -C "$repo" config user.name "sscli demo"
git -C "$repo" config user.email "$email"
git -C "$repo" config gpg.format ssh
git -C "$repo" config user.signingkey "$key"

# the example's files as sscli's repository lists them (tracked and not ignored), else all
find "$repo" -mindepth 1 -maxdepth 1 ! -name .git -exec rm -rf {} +
if git -C "$src" rev-parse --is-inside-work-tree >/dev/null 2>&1; then
    (cd "$src" && git ls-files -z --cached --others --exclude-standard . | xargs -0 tar cf -) \
        | tar xf - -C "$repo"
else
    (cd "$src" && tar cf - --exclude=./dist --exclude=./.sscli .) | tar xf - -C "$repo"
fi
git -C "$repo" add -A
if ! git -C "$repo" rev-parse -q --verify HEAD >/dev/null || ! git -C "$repo" diff --cached --quiet; then
    origin=$(git -C "$src" rev-parse --short HEAD 2>/dev/null || echo "a directory")
    git -C "$repo" commit -q -S -s -m "$name: the example project as of sscli $origin"
fi

cat > "$dest/source-policy.yaml" <<EOF
# Written by pipelines/shell/signed-example.sh: the demo's source policy. It trusts the
# development SSH key made for the demo, for commits by $email on main.
version: 1
source:
  repository: git+file://$repo
  signers:
    - name: demo-developer
      emails: [$email]
      ssh: ["$(cut -d' ' -f1,2 "$key.pub")"]
  refs:
    allow: [refs/heads/main]
  contribution:
    dco: true
  secrets: deny
  code:
    fail_on: high
EOF
echo "signed history: $repo ($(git -C "$repo" rev-list --count HEAD) commit(s), tip $(git -C "$repo" rev-parse --short HEAD))"
