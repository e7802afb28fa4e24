"""`sscli fix`: raise each vulnerable pin to the smallest release that fixes every finding at or
above a level, written back into the project's own lock format by its own tool (uv, poetry; a
pylock.toml by uv or pip, whichever wrote it) or, for hashed requirements files, in place with
the new release's hashes from the index."""

from sscli.fix.plan import Left, Plan, Upgrade, plan_upgrades
from sscli.fix.run import FixResult, fix_lock

__all__ = ["FixResult", "Left", "Plan", "Upgrade", "fix_lock", "plan_upgrades"]
