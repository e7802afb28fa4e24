"""A greeting on the terminal: the example project of sscli's factory."""

__version__ = "1.0.0"
