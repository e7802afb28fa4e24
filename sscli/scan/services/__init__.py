"""Vulnerability backends: the offline OSV database, and pip-audit's online services."""
