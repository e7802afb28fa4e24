"""The source stage: the project's own git history and tree, before anything is built.

`verify` checks the commits a build uses (signatures by git against trust made from the policy,
refs, history continuity, contribution rules: `rules/`, one module per family) and computes the
SLSA source level proven; `scan` finds leaked secrets and code issues; `attestation` makes the
Source VSA and the scan result into in-toto Statements about the commit.
"""
