"""`sscli inspect`: inspect local wheels and sdists as ingest does, code included, never
running it."""

from pathlib import Path
from typing import Annotated

import typer

from sscli.cli.output import TextOrJson, console, emit_json, escape


def inspect_command(
    files: Annotated[
        list[Path] | None, typer.Argument(help="Wheels (.whl) and sdists (.tar.gz, .zip).")
    ] = None,
    policy: Annotated[
        Path | None,
        typer.Option("--policy", help="Policy YAML.", show_default="the built-in policy"),
    ] = None,
    fmt: Annotated[TextOrJson, typer.Option("--format")] = TextOrJson.TEXT,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write the JSON report here.")
    ] = None,
    list_rules: Annotated[
        bool, typer.Option("--list-rules", help="List the code-inspection rules and exit.")
    ] = False,
    previous: Annotated[
        list[Path] | None,
        typer.Option(
            "--previous",
            help="An earlier release (wheel or sdist) of a FILE's project: its layout is "
            "compared with the FILE's (new .pth, modules, binaries, hooks). Repeatable.",
        ),
    ] = None,
) -> None:
    """Inspect FILES without running them: archive shape, metadata and static analysis of
    their code. Exit 1 when the policy would refuse any of them."""
    if list_rules:
        _list_rules(fmt)
        return
    from sscli.errors import InputError
    from sscli.ingest.code.report import inspect_file
    from sscli.ingest.previous import match_local
    from sscli.policy import load_policy

    if not files:
        from sscli.errors import UsageError

        raise UsageError("give at least one wheel or sdist (or --list-rules)")
    rules = load_policy(policy)
    for path in files:
        if not path.is_file():
            raise InputError("no such file", path=path)
    earlier = match_local(files, previous or [])
    verdicts = []
    for path in files:
        layout, compared = earlier.get(path, (None, None))
        verdicts.append(inspect_file(path, rules, previous=layout, compared=compared))
    if fmt is TextOrJson.JSON or output is not None:
        emit_json(
            {
                "ok": not any(v.refused for v in verdicts),
                "policy": rules.name,
                "files": [v.to_json() for v in verdicts],
            },
            output,
        )
    if fmt is TextOrJson.TEXT:
        for verdict in verdicts:
            _print(verdict)
    if any(v.refused for v in verdicts):
        raise typer.Exit(1)


def _print(verdict: object) -> None:
    from sscli.ingest.code.report import FileVerdict

    assert isinstance(verdict, FileVerdict)
    out = console()
    state = "[bold red]refused[/]" if verdict.refused else "[green]accepted[/]"
    out.print(f"{state} {escape(verdict.path)}")
    colors = {"deny": "bold red", "warn": "yellow", "waived": "cyan", "info": "dim"}
    for check in verdict.checks:
        if check.status.value in ("fail", "warn", "excepted") and not check.findings:
            out.print(f"  {escape(check.rule)}: {escape(check.message)}")
    for finding in verdict.findings:
        color = colors.get(str(finding["decision"]), "white")
        location = f"{finding['file']}:{finding['line']}" if finding["line"] else finding["file"]
        out.print(
            f"  [{color}]{finding['severity']:<6}[/] {escape(finding['rule'])} "
            f"{escape(location)} [dim]({finding['when']})[/] {escape(finding['message'])}"
        )
        if finding["snippet"]:
            out.print(f"         [dim]{escape(finding['snippet'])}[/]")


def _list_rules(fmt: TextOrJson) -> None:
    from sscli.ingest.code.model import Phase
    from sscli.ingest.code.registry import rules

    table = [
        {
            "id": r.id,
            "family": r.family,
            "title": r.title,
            "severity": {p.value: r.severity(p) for p in Phase},
        }
        for r in rules().values()
    ]
    if fmt is TextOrJson.JSON:
        emit_json(table, None)
        return
    for row in table:
        severity = row["severity"]
        assert isinstance(severity, dict)
        levels = ", ".join(f"{k} {v}" for k, v in severity.items() if v)
        console().print(
            f"[bold]{escape(row['id'])}[/] ({escape(row['family'])}): {escape(row['title'])}"
            f" [dim]{escape(levels)}[/]"
        )
