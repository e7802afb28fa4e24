"""OCI registries: distribution files as deterministic artifacts, attestations as referrers
(cosign's media types), the vulnerability database as a signed artifact."""
