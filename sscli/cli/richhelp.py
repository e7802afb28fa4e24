"""Typer's rich help and error panels without the modules sscli never renders with.

`typer.rich_utils` imports `rich.markdown` (and with it markdown-it) for the "markdown" markup
mode, and `rich.traceback` (pygments, rich.pretty) for pretty exceptions: together most of the
cost of `sscli --help` and of every usage error. sscli uses the "rich" markup mode and disables
pretty exceptions, so neither is rendered. `install()` has `typer.rich_utils` imported with
stand-ins for the two (sscli/lazyimports.py): each stand-in class builds the real object the
first time it is used, so the help keeps Typer's look and any use of them still works.
"""

from typing import Any

from sscli.lazyimports import defer_while_importing


class _Markdown:
    """Stand-in for `rich.markdown.Markdown`: builds the real one when called."""

    def __new__(cls, *args: Any, **kwargs: Any) -> Any:
        from rich.markdown import Markdown

        return Markdown(*args, **kwargs)


class _Traceback:
    """Stand-in for `rich.traceback.Traceback`: builds the real one when called."""

    def __new__(cls, *args: Any, **kwargs: Any) -> Any:
        from rich.traceback import Traceback

        return Traceback(*args, **kwargs)

    @classmethod
    def from_exception(cls, *args: Any, **kwargs: Any) -> Any:
        from rich.traceback import Traceback

        return Traceback.from_exception(*args, **kwargs)


def install() -> None:
    """Make the first import of `typer.rich_utils` defer rich.markdown and rich.traceback."""
    defer_while_importing(
        "typer.rich_utils",
        {"rich.markdown": {"Markdown": _Markdown}, "rich.traceback": {"Traceback": _Traceback}},
    )
