"""The `kg` command: parses arguments and turns library errors into one-line messages."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from kg import analytics, export, pipeline, viz
from kg import graph as graphs
from kg.errors import KgError

GRAPH_HELP = "Graph file written by `kg build` (.ttl, .nt or .jsonld); repeat to load several."


def _graph_option(f):
    return click.option("--graph", "graph_paths", multiple=True, default=["export/graph.ttl"],
                        show_default=True, type=click.Path(), help=GRAPH_HELP)(f)


def _load(paths) -> "graphs.Graph":
    try:
        return graphs.load(*paths)
    except KgError as exc:
        raise click.ClickException(str(exc)) from exc


@click.group()
@click.version_option(package_name="kg")
def main() -> None:
    """Chinese social-work news articles -> an RDF knowledge graph you can query."""


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option("--out", "out_dir", default="export", show_default=True, type=click.Path(),
              help="Folder the graph, its other formats, the centrality and the page go to.")
@click.option("--max-nodes", default=300, show_default=True, type=click.IntRange(1),
              help="Nodes drawn in graph.html (the most central).")
def build(paths, out_dir, max_nodes) -> None:
    """Extract facts from article files or folders and write OUT/: graph.ttl, graph.nt,
    graph.jsonld, centrality.csv, centrality.ttl and graph.html."""
    try:
        result = pipeline.build(paths)
        written = export.write_all(result.graph, Path(out_dir), max_nodes)
    except KgError as exc:
        raise click.ClickException(str(exc)) from exc
    for failure in result.failures:
        click.echo(f"skipped {failure}", err=True)
    summary = result.summary()
    click.echo("wrote " + ", ".join(str(p) for p in written))
    click.echo(", ".join(f"{k} {v}" for k, v in summary.items()))
    if result.failures:
        sys.exit(1)


@main.command()
@click.argument("query_file", type=click.Path(exists=True, dir_okay=False))
@_graph_option
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table",
              show_default=True, help="json is the W3C SPARQL 1.1 JSON results format.")
@click.option("--param", "params", multiple=True, metavar="NAME=VALUE",
              help="Bind ?NAME to a plain string literal (repeatable).")
def query(query_file, graph_paths, fmt, params) -> None:
    """Run a SPARQL query file against the graph."""
    bound = {}
    for p in params:
        name, sep, value = p.partition("=")
        if not sep or not name:
            raise click.BadParameter(f"{p!r}: expected NAME=VALUE", param_hint="--param")
        bound[name.lstrip("?$")] = value
    try:
        g = graphs.load(*graph_paths)
        text = Path(query_file).read_text(encoding="utf-8")
        result = graphs.query(g, text, bound, name=query_file)
        click.echo(graphs.format_result(result, fmt), nl=False)
    except KgError as exc:
        raise click.ClickException(str(exc)) from exc


@main.command()
@_graph_option
@click.option("--top", default=20, show_default=True, type=click.IntRange(0),
              help="Rows to print (0: all).")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table",
              show_default=True)
@click.option("--by", type=click.Choice(analytics.MEASURES), default=None,
              help="Sort by one measure instead of the mean rank over all of them.")
@click.option("--all-types", is_flag=True, help="Rank every organisation, not only industry associations.")
def centrality(graph_paths, top, fmt, by, all_types) -> None:
    """Rank industry associations by their centrality in the network of organisations."""
    kinds = tuple(viz.TYPES) if all_types else ("association",)
    ranked = analytics.ranking(analytics.centrality(analytics.network(_load(graph_paths))), kinds, by)
    rows = analytics.rows(ranked[:top] if top else ranked)
    if fmt == "json":
        click.echo(json.dumps(rows, ensure_ascii=False, indent=1))
    elif fmt == "csv":
        click.echo(analytics.to_csv(ranked[:top] if top else ranked), nl=False)
    else:
        cols = ["rank", "organisation"] + list(analytics.MEASURES)
        click.echo(graphs.format_table(cols, [[str(r[c]) for c in cols] for r in rows]), nl=False)


@main.command("viz")
@_graph_option
@click.option("--out", default="export/graph.html", show_default=True, type=click.Path())
@click.option("--focus", default=None, metavar="LABEL",
              help="Draw only what lies within two steps of the entity with this label.")
@click.option("--max-nodes", default=300, show_default=True, type=click.IntRange(1),
              help="Keep the most central nodes; the page says when it is cut.")
def viz_command(graph_paths, out, focus, max_nodes) -> None:
    """Write the interactive page (one HTML file that works offline)."""
    try:
        result = viz.page(_load(graph_paths), max_nodes, focus)
        path = graphs.write_bytes(Path(out), result.html.encode("utf-8"))
    except KgError as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(f"wrote {path}: {result.shown} of {result.total} nodes")


@main.command("export")
@_graph_option
@click.option("--format", "fmt", type=click.Choice(list(export.FORMATS)), required=True)
@click.option("--out", default=None, type=click.Path(), help="File to write (default: standard output).")
def export_command(graph_paths, fmt, out) -> None:
    """Write the graph as Turtle, N-Triples or JSON-LD."""
    data = export.serialize(_load(graph_paths), fmt)
    if out is None:
        click.echo(data.decode("utf-8"), nl=False)
    else:
        try:
            click.echo(f"wrote {graphs.write_bytes(Path(out), data)}")
        except OSError as exc:
            raise click.ClickException(f"{out}: {exc.strerror}") from exc


if __name__ == "__main__":
    main()
