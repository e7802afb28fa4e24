"""Where evidence and vault files live beyond one directory: OCI registries (`oci://`),
S3-compatible buckets (`s3://`) and existing package indexes (`https://`). sscli runs no server
of its own; each backend speaks the protocol of a system the organization already operates, and
treats everything it reads back from it as hostile (bounded sizes, digests checked)."""
