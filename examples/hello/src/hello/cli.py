import click
from rich.console import Console


@click.command()
@click.argument("name", default="world")
def main(name: str) -> None:
    """Greet NAME."""
    Console().print(f"[bold green]Hello, {name}![/]")


if __name__ == "__main__":
    main()
