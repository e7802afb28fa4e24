"""`sscli pipeline run`: the whole factory from a pipeline file."""

from pathlib import Path
from typing import Annotated

import typer

from sscli.cli import context
from sscli.cli.output import console, emit_json, escape

app = typer.Typer(help="Run the whole factory from a pipeline file.", no_args_is_help=True)


@app.command("run")
def run(
    pipeline: Annotated[Path, typer.Argument(help="The pipeline file.")] = Path(
        "pipelines/factory.yaml"
    ),
    project: Annotated[Path, typer.Option("--project", help="The project to run it on.")] = Path(
        "examples/hello"
    ),
    out: Annotated[Path, typer.Option("--out", help="Where everything is written.")] = Path("out"),
    variables: Annotated[
        list[str] | None,
        typer.Option("--var", help="NAME=VALUE, overriding the file's vars (repeatable)."),
    ] = None,
    json_output: Annotated[
        bool, typer.Option("--json", help="Print the summary as JSON on stdout.")
    ] = False,
) -> None:
    """Run every step; unchanged steps are skipped and say so. Exit with the failing step's code."""
    from rich.table import Table

    from sscli.pipeline.definition import load_pipeline
    from sscli.pipeline.run import results_json, run_pipeline

    state = context.STATE_DIR if Path(".sscli") != context.STATE_DIR else out / ".sscli"
    overrides = {}
    for assignment in variables or []:
        name, sep, value = assignment.partition("=")
        if not sep or not name:
            from sscli.errors import UsageError

            raise UsageError(f"--var takes NAME=VALUE, got {assignment!r}")
        overrides[name] = value
    loaded = load_pipeline(pipeline, project=project, out=out, state=state, overrides=overrides)
    results = run_pipeline(
        loaded,
        out=out,
        state=state,
        announce=lambda line: console().print(f"[dim]>[/] {escape(line)}"),
    )
    table = Table("step", "status", "seconds", box=None)
    colors = {"ran": "green", "skipped": "cyan", "failed": "bold red"}
    for result in results:
        table.add_row(
            escape(result.name),
            f"[{colors[result.status]}]{result.status}[/]",
            f"{result.seconds:.2f}",
        )
    console().print(table)
    summary = results_json(results)
    if json_output:
        emit_json(summary, None)
    failed = next((r for r in results if r.status == "failed"), None)
    if failed is not None:
        console().print(
            f"[bold red]step {escape(failed.name)} failed[/] (exit {failed.exit_code}):"
        )
        console().print(escape(failed.reason))
        raise typer.Exit(failed.exit_code)
    report = out / "report.html"
    console().print(
        f"factory done in {summary['seconds']:.1f} s"
        + (f"; report: [bold]{escape(report)}[/]" if report.is_file() else "")
    )
