"""Progress bars (rich's) on stderr for the long operations, on a terminal only: in CI logs and
pipes nothing is drawn, the results say what happened."""

import contextlib
from collections.abc import Iterator

from sscli.cli.output import console, escape, plain_stderr
from sscli.progress import Progress, silent


@contextlib.contextmanager
def progress_bar(label: str, *, transfer: bool = False) -> Iterator[Progress]:
    """A bar labelled `label` for the block, fed by the `Progress` it yields (`transfer`: the
    units are bytes). Not a terminal: a `Progress` that draws nothing."""
    with progress_bars((label, transfer)) as (progress,):
        yield progress


@contextlib.contextmanager
def progress_bars(*tasks: tuple[str, bool]) -> Iterator[tuple[Progress, ...]]:
    """One bar for each (label, transfer) in one display (rich draws one display at a time),
    for the phases of one operation: a download, then an import."""
    if plain_stderr():  # nothing will be drawn: rich is not even imported
        yield tuple(silent for _ in tasks)
        return
    out = console()
    if not out.is_terminal:
        yield tuple(silent for _ in tasks)
        return
    from rich.filesize import decimal
    from rich.progress import BarColumn, SpinnerColumn, TextColumn, TimeElapsedColumn
    from rich.progress import Progress as Bar

    with Bar(
        SpinnerColumn(),
        TextColumn("{task.description}"),
        BarColumn(),
        TextColumn("{task.fields[count]}", markup=False),
        TimeElapsedColumn(),
        TextColumn("{task.fields[what]}", markup=False),
        console=out,
        transient=True,
    ) as bar:

        def feeder(label: str, transfer: bool) -> Progress:
            task = bar.add_task(escape(label), total=None, count="", what="", visible=False)

            def update(done: int, total: int | None = None, what: str = "") -> None:
                shown = decimal if transfer else str
                count = shown(done) + (f"/{shown(total)}" if total is not None else "")
                bar.update(task, completed=done, total=total, count=count, what=what, visible=True)

            return update

        yield tuple(feeder(label, transfer) for label, transfer in tasks)
