"""The `kg` command: parses arguments and turns library errors into one-line messages."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from kg import graph as graphs
from kg import pipeline
from kg.errors import KgError


@click.group()
@click.version_option(package_name="kg")
def main() -> None:
    """Chinese social-work news articles -> an RDF knowledge graph you can query."""


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option("--out", "out_dir", default="export", show_default=True, type=click.Path(),
              help="Folder the graph is written to (graph.ttl).")
def build(paths, out_dir) -> None:
    """Extract facts from article files or folders and write OUT/graph.ttl."""
    try:
        result = pipeline.build(paths)
        path = graphs.save(result.graph, Path(out_dir) / "graph.ttl")
    except KgError as exc:
        raise click.ClickException(str(exc)) from exc
    for failure in result.failures:
        click.echo(f"skipped {failure}", err=True)
    summary = result.summary()
    click.echo(f"wrote {path}")
    click.echo(", ".join(f"{k} {v}" for k, v in summary.items()))
    if result.failures:
        sys.exit(1)


@main.command()
@click.argument("query_file", type=click.Path(exists=True, dir_okay=False))
@click.option("--graph", "graph_path", default="export/graph.ttl", show_default=True,
              type=click.Path(), help="Turtle file written by `kg build`.")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table",
              show_default=True, help="json is the W3C SPARQL 1.1 JSON results format.")
@click.option("--param", "params", multiple=True, metavar="NAME=VALUE",
              help="Bind ?NAME to a plain string literal (repeatable).")
def query(query_file, graph_path, fmt, params) -> None:
    """Run a SPARQL query file against the graph."""
    bound = {}
    for p in params:
        name, sep, value = p.partition("=")
        if not sep or not name:
            raise click.BadParameter(f"{p!r}: expected NAME=VALUE", param_hint="--param")
        bound[name.lstrip("?$")] = value
    try:
        g = graphs.load(Path(graph_path))
        text = Path(query_file).read_text(encoding="utf-8")
        result = graphs.query(g, text, bound, name=query_file)
        click.echo(graphs.format_result(result, fmt), nl=False)
    except KgError as exc:
        raise click.ClickException(str(exc)) from exc


if __name__ == "__main__":
    main()
