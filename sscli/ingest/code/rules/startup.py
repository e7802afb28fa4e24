"""Start-up code: .pth lines that are executed (`import ...` lines) at every interpreter start;
what they run is analysed as start-up code by the other families."""

from __future__ import annotations

from sscli.ingest.code.model import rule

FAMILY = "startup"
RULES = (
    rule("pth-exec", FAMILY, "a .pth file with an executable line (run at every interpreter "
         "start)", "low", "low"),
)  # fmt: skip
