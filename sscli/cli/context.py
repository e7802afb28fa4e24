"""Values the root command's global options set for the command groups."""

from pathlib import Path

STATE_DIR: Path = Path(".sscli")


def db_path(option: Path | None) -> Path:
    """The database a command works on: `--db`, else the state directory's."""
    from sscli.vulndb import default_db_path

    return option if option is not None else default_db_path(STATE_DIR)
