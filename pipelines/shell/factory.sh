#!/usr/bin/env sh
# The factory for any CI system (or a laptop): run it from the project to build.
#   SSCLI_DEPLOY_POLICY=policies/deploy.yaml sh factory.sh [PROJECT] [OUT]
# Runs pipelines/factory.yaml (what `make demo` and CI run) with CI's settings. Signs with a key
# file when SSCLI_KEY is set (a CI secret, with its public key beside it as SSCLI_KEY.pub: the
# factory's layout names it), else with a key made for the run and keyless with the CI's
# ambient OIDC credential (Sigstore). SSCLI_BUILDER_ID names the builder in the provenance.
# Exit status: the deploy gate's (0 allow, 1 deny, 2 bad input, 3 environment).
set -eu
project=${1:-.}
out=${2:-sscli-out}
here=$(cd "$(dirname "$0")/../.." && pwd)
: "${SSCLI_DEPLOY_POLICY:?set SSCLI_DEPLOY_POLICY to the deploy gate policy}"

if [ -n "${SSCLI_KEY:-}" ]; then
    set -- --var "key=$SSCLI_KEY" --var ephemeral_key=false --var keyless=false
else
    set -- --var 'key={state}/ephemeral-key.pem' --var ephemeral_key=true --var keyless=true
fi
sscli pipeline run "$here/pipelines/factory.yaml" --project "$project" --out "$out" "$@" \
    --var development=false --var "deploy=$SSCLI_DEPLOY_POLICY" \
    --var "builder=${SSCLI_BUILDER_ID:-https://sscli.dev/builders/local}" \
    --var "osv=${SSCLI_OSV_SOURCE:-https://osv-vulnerabilities.storage.googleapis.com/PyPI/all.zip}"
exec sscli verify artifact "$out"/dist/*.whl --policy "$SSCLI_DEPLOY_POLICY" \
    --db "$out/.sscli/vulndb/osv.sqlite" --format json -o "$out/verify.json"
