"""sscli: a secure software factory for Python projects."""

__version__ = "0.1.0"
