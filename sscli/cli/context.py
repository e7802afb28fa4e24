"""Values the root command's global options set for the command groups."""

from pathlib import Path

STATE_DIR: Path = Path(".sscli")
