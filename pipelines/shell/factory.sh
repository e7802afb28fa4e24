#!/usr/bin/env sh
# The factory for any CI system (or a laptop): run it from the project to build.
#   SSCLI_DEPLOY_POLICY=policies/deploy.yaml sh factory.sh [PROJECT] [OUT]
# Signs with a key file when SSCLI_KEY is set (a CI secret, with its public key beside it as
# SSCLI_KEY.pub: the factory's layout names it), else keyless with the CI's ambient
# OIDC credential (see pipelines/github/factory.yaml). Exit status: the deploy gate's (0 allow,
# 1 deny, 2 bad input, 3 environment).
set -eu
project=${1:-.}
out=${2:-sscli-out}
here=$(cd "$(dirname "$0")/../.." && pwd)
: "${SSCLI_DEPLOY_POLICY:?set SSCLI_DEPLOY_POLICY to the deploy gate policy}"

if [ -n "${SSCLI_KEY:-}" ]; then
    sscli pipeline run "$here/pipelines/factory.yaml" --project "$project" --out "$out" \
        --var "key=$SSCLI_KEY" --var "deploy=$SSCLI_DEPLOY_POLICY" \
        --var "osv=${SSCLI_OSV_SOURCE:-https://osv-vulnerabilities.storage.googleapis.com/PyPI/all.zip}"
else
    sscli pipeline run "$here/pipelines/github/factory.yaml" --project "$project" --out "$out"
fi
exec sscli verify artifact "$out"/dist/*.whl --policy "$SSCLI_DEPLOY_POLICY" \
    --db "$out/.sscli/vulndb/osv.sqlite" --format json -o "$out/verify.json"
