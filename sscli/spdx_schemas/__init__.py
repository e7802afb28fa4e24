"""The official SPDX JSON schemas sscli validates against (package data only).

spdx-2.3.schema.json: `schemas/spdx-schema.json` of github.com/spdx/spdx-spec, branch
support/2.3, commit 214f23d34ee287cb1db5b31c3d571af291e836f3 (2022-07-21), unchanged. The
specification repository is licensed CC-BY-3.0 (c) The Linux Foundation and its contributors.
"""
