"""The `kg` command: parses arguments, calls the library, prints.

Errors are handled in one place (`_Main.invoke`): a mistake the user can fix (KgError, a
file that cannot be written) is one line naming the file or query, the problem and what to
do; anything else is reported as an internal error, with the traceback under --verbose.
"""
from __future__ import annotations

import json
import signal
import sys
import traceback
from pathlib import Path

import click

from kg import analytics, cache, export, ingest, model, network_files, parallel, pipeline, sparql, validate, viz
from kg import store as kg_store
from kg import graph as graphs
from kg.errors import KgError
from kg.merges import load as load_merges

GRAPH_HELP = "Graph file written by `kg build` (.ttl, .nt or .jsonld); repeat to load several."


class _Main(click.Group):
    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except (click.ClickException, click.exceptions.Exit, click.Abort):
            raise
        except KgError as exc:
            raise click.ClickException(_detail(exc) if _verbose(ctx) else str(exc)) from exc
        except OSError as exc:  # an export folder that cannot be written, a full disk
            where = exc.filename or "a file"
            raise click.ClickException(f"{where}: {exc.strerror or exc}; check the path, its "
                                       "permissions and free space") from exc
        except Exception as exc:
            if _verbose(ctx):
                traceback.print_exc()
            raise click.ClickException(
                f"internal error ({type(exc).__name__}: {exc}); rerun with --verbose for the "
                "traceback, and please report it with the input that caused it") from exc


def _open(graph_paths, store_target):
    return kg_store.open_graph(graph_paths, store_target)


def _verbose(ctx: click.Context) -> bool:
    return bool((ctx.find_root().params or {}).get("verbose"))


def _detail(exc: BaseException) -> str:
    """The message, then each underlying cause: what --verbose adds."""
    lines, cause = [str(exc)], exc.__cause__
    while cause is not None:
        lines.append(f"  caused by {type(cause).__name__}: {cause}")
        cause = cause.__cause__
    return "\n".join(lines)


STORE_HELP = ("Read an Oxigraph store folder, or a SPARQL endpoint given as "
              "sparql+http://HOST:PORT/PATH, instead of --graph.")


def _graph_option(f):
    f = click.option("--store", default=None, metavar="DIR|URL", help=STORE_HELP)(f)
    return click.option("--graph", "graph_paths", multiple=True, default=["export/graph.ttl"],
                        show_default=True, type=click.Path(), help=GRAPH_HELP)(f)


def _build_options(f):
    """What `build` and `add` share: where to write, how to spread the work."""
    for opt in reversed([
        click.option("--out", "out_dir", default="export", show_default=True, type=click.Path(),
                     help="Folder for the graph files, facts.jsonl.gz, centrality and the page."),
        click.option("--store", default=None, metavar="DIR|URL",
                     help="Also write the graph to an Oxigraph folder or a SPARQL endpoint "
                          "(sparql+http://HOST:PORT/PATH)."),
        click.option("--formats", default="ttl,nt,jsonld", show_default=True,
                     help="Graph files to write in OUT (comma-separated; empty for none)."),
        click.option("--workers", default=parallel.default_workers(), show_default="all cores",
                     type=click.IntRange(1), help="Processes extracting articles in parallel."),
        click.option("--scheduler", default=None, metavar="tcp://HOST:PORT",
                     help="Extract on a Dask distributed cluster instead of local processes."),
        click.option("--max-nodes", default=300, show_default=True, type=click.IntRange(1),
                     help="Nodes drawn in graph.html (the most central)."),
        click.option("--max-mb", default=ingest.MAX_BYTES / 2**20, show_default=True,
                     type=click.FloatRange(min=0, min_open=True),
                     help="Files larger than this are skipped and reported."),
        click.option("--strict", is_flag=True,
                     help="Refuse damaged files (bytes that do not decode) instead of reading them "
                          "with U+FFFD."),
        click.option("--no-validate", "skip_validation", is_flag=True,
                     help="Skip the SHACL check of the built graph (large builds)."),
        click.option("--working-store", type=click.Choice(model.WORKING_STORES), default="oxigraph",
                     show_default=True, help="Where the graph is assembled: an embedded Oxigraph, or "
                     "rdflib's own in-memory store (slower; what older versions used)."),
        click.option("--merges", "merges_file", default=None, type=click.Path(exists=True),
                     help="Your reviewed merges (A = B, A != B), on top of kg/lexicon/merges.txt."),
        click.option("--confidence", "confidence_file", default=None, type=click.Path(exists=True),
                     help="Rule precision table from `kg eval --calibrate` (default: the one kg ships)."),
    ]):
        f = opt(f)
    return f


def _confidence(path):
    from kg import evaluate

    return evaluate.confidences(Path(path)) if path else None


def _finish(result, out_dir, store_target, formats, max_nodes, skip_validation) -> None:
    """Check what a build or an add produced, write it, then report it."""
    if not skip_validation:
        report = validate.validate(result.graph)
        if not report.conforms:
            raise KgError(f"the built graph breaks kg/shapes.ttl ({report.violations} violations), "
                          "so nothing was written; this is a bug in kg, please report it:\n"
                          + report.summary())
    wanted = tuple(x for x in formats.split(",") if x)
    unknown = set(wanted) - set(export.FORMATS)
    if unknown:
        raise click.BadParameter(f"unknown format(s) {', '.join(sorted(unknown))}", param_hint="--formats")
    written = export.write_all(result.graph, Path(out_dir), max_nodes, wanted)
    written.append(cache.save(Path(out_dir) / cache.FILE, result.documents, result.facts_by_doc))
    if store_target:
        written.append(kg_store.write(result.graph, store_target))
    for warning in result.warnings:
        click.echo(f"warning: {warning}", err=True)
    for failure in result.failures:
        click.echo(f"skipped {failure}", err=True)
    click.echo("wrote " + ", ".join(str(p) for p in written))
    click.echo(", ".join(f"{k} {v}" for k, v in result.summary().items()))
    if result.warnings:
        click.echo(f"{len(result.warnings)} file(s) read with bytes replaced by U+FFFD; see above", err=True)
    if result.failures:
        click.echo(f"{len(result.failures)} file(s) not read; see above", err=True)
        sys.exit(1)


@click.group(cls=_Main)
@click.version_option(package_name="kg")
@click.option("--verbose", "-v", is_flag=True, help="Say more when something goes wrong.")
def main(verbose: bool) -> None:
    """Chinese social-work news articles -> an RDF knowledge graph you can query."""


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@_build_options
def build(paths, out_dir, store, formats, workers, scheduler, max_nodes, max_mb, strict,
          skip_validation, working_store, merges_file, confidence_file) -> None:
    """Extract facts from article files or folders and write OUT/: graph.ttl, graph.nt,
    graph.jsonld, facts.jsonl.gz, centrality.csv, centrality.ttl and graph.html."""
    result = pipeline.build(paths, max_bytes=int(max_mb * 2**20), workers=workers, scheduler=scheduler,
                            progress=None, confidence=_confidence(confidence_file), store=working_store,
                            merges=load_merges(merges_file), strict=strict)
    _finish(result, out_dir, store, formats, max_nodes, skip_validation)


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@_build_options
def add(paths, out_dir, store, formats, workers, scheduler, max_nodes, max_mb, strict, skip_validation,
        working_store, merges_file, confidence_file) -> None:
    """Add articles to a built graph: only new or changed articles are extracted; an
    article added twice changes nothing; facts about known entities attach to them."""
    docs, facts = cache.load(Path(out_dir) / cache.FILE)
    result, added, skipped = pipeline.add(paths, docs, facts, max_bytes=int(max_mb * 2**20),
                                          workers=workers, scheduler=scheduler, progress=None,
                                          confidence=_confidence(confidence_file), store=working_store,
                                          merges=load_merges(merges_file), strict=strict)
    click.echo(f"added {len(added)}, unchanged {len(skipped)}")
    _finish(result, out_dir, store, formats, max_nodes, skip_validation)


@main.command()
@click.argument("query_ref", metavar="NAME|FILE.rq", required=False)
@click.option("--list", "list_queries", is_flag=True,
              help="List the bundled queries, what each answers and its parameters.")
@_graph_option
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table",
              show_default=True, help="json is the W3C SPARQL 1.1 JSON results format.")
@click.option("--param", "params", multiple=True, metavar="NAME=VALUE",
              help="Bind ?NAME to VALUE, typed as the query's `# @param` line says (repeatable).")
@click.option("--allow-remote", is_flag=True,
              help="Let the query call other endpoints (SERVICE) or load graphs by URL (FROM).")
def query(query_ref, list_queries, graph_paths, store, fmt, params, allow_remote) -> None:
    """Run a bundled query by NAME (`kg query roles`) or a SPARQL file against the graph
    (read-only); --list shows the bundled ones."""
    from kg import catalog

    if list_queries:
        click.echo(catalog.listing(catalog.every()), nl=False)
        return
    if query_ref is None:
        raise click.UsageError("give a query NAME or FILE.rq, or --list to see the bundled ones")
    chosen = catalog.find(query_ref)  # before the graph is read: a typo fails fast
    bound = {}
    for p in params:
        name, sep, value = p.partition("=")
        if not sep or not name:
            raise click.BadParameter(f"{p!r}: expected NAME=VALUE", param_hint="--param")
        bound[name.lstrip("?$")] = value
    g = _open(graph_paths, store)
    result = sparql.query(g, chosen.text, bound, name=chosen.name, allow_remote=allow_remote)
    click.echo(sparql.format_result(result, fmt), nl=False)


@main.command()
@_graph_option
@click.option("--top", default=20, show_default=True, type=click.IntRange(0),
              help="Rows to print (0: all).")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table",
              show_default=True)
@click.option("--by", type=click.Choice(analytics.MEASURES), default=None,
              help="Sort by one measure instead of the mean rank over all of them.")
@click.option("--all-types", is_flag=True, help="Rank every organisation, not only industry associations.")
def centrality(graph_paths, store, top, fmt, by, all_types) -> None:
    """Rank industry associations by their centrality in the network of organisations."""
    kinds = tuple(viz.TYPES) if all_types else ("association",)
    ranked = analytics.ranking(analytics.centrality(analytics.network(_open(graph_paths, store))),
                               kinds, by)
    ranked = ranked[:top] if top else ranked
    if fmt == "json":
        click.echo(json.dumps(analytics.rows(ranked), ensure_ascii=False, indent=1))
    elif fmt == "csv":
        click.echo(analytics.to_csv(ranked), nl=False)
    else:
        cols = ["rank", "organisation"] + list(analytics.MEASURES)
        rows = [[str(r[c]) for c in cols] for r in analytics.rows(ranked)]
        click.echo(sparql.format_table(cols, rows), nl=False)


@main.command("viz")
@_graph_option
@click.option("--out", default="export/graph.html", show_default=True, type=click.Path())
@click.option("--focus", default=None, metavar="LABEL",
              help="Draw only what lies within two steps of the entity with this label.")
@click.option("--max-nodes", default=300, show_default=True, type=click.IntRange(1),
              help="Keep the most central nodes; the page says when it is cut.")
def viz_command(graph_paths, store, out, focus, max_nodes) -> None:
    """Write the interactive page (one HTML file that works offline)."""
    result = viz.page(_open(graph_paths, store), max_nodes, focus)
    path = graphs.write_bytes(Path(out), result.html.encode("utf-8"))
    click.echo(f"wrote {path}: {result.shown} of {result.total} nodes")


@main.command("chart")
@click.argument("indicator")
@_graph_option
@click.option("--out", default="chart.svg", show_default=True, type=click.Path(),
              help="SVG file to write.")
@click.option("--query", "query_file", default="queries/compare_regions.rq", show_default=True,
              type=click.Path(exists=True, dir_okay=False), help="The query that gives the figures.")
def chart_command(indicator, graph_paths, store, out, query_file) -> None:
    """Draw how regions compare on one measure (its label or any wording) over the years,
    actual and target apart, as an SVG that shows Chinese offline."""
    from kg import chart

    found = chart.points(_open(graph_paths, store), Path(query_file), indicator)
    path = graphs.write_bytes(Path(out), chart.svg(found, chart.title(indicator)))
    undated = sum(p.year is None for p in found)
    click.echo(f"wrote {path}: {len(found)} figures of {len({p.region for p in found})} regions"
               + (f" ({undated} without a year, not drawn)" if undated else ""))


@main.command("export")
@_graph_option
@click.option("--format", "fmt", type=click.Choice(list(export.FORMATS) + list(network_files.FORMATS)),
              required=True, help="graphml and gexf: the network of organisations, for Gephi and the like.")
@click.option("--out", default=None, type=click.Path(), help="File to write (default: standard output).")
def export_command(graph_paths, store, fmt, out) -> None:
    """Write the graph as Turtle, N-Triples or JSON-LD, or the network of organisations
    (with their centrality) as GraphML or GEXF."""
    if fmt in network_files.FORMATS:
        data = network_files.serialize(_open(graph_paths, store), fmt)
    else:
        data = export.serialize(_open(graph_paths, store), fmt)  # from Oxigraph's own dump when a store
    if out is None:
        click.echo(data.decode("utf-8"), nl=False)
    else:
        click.echo(f"wrote {graphs.write_bytes(Path(out), data)}")


@main.command("eval")
@click.option("--gold", "gold_files", multiple=True, required=True, type=click.Path(exists=True),
              help="Gold facts, JSON Lines as in the eval GUIDE (repeatable).")
@click.argument("docs", nargs=-1, type=click.Path())
@_graph_option
@click.option("--queries", "queries_dir", default=None, type=click.Path(file_okay=False),
              help="Folder with your own roles.rq, agreements.rq and statistics.rq "
                   "(default: the ones kg ships).")
@click.option("--show", is_flag=True, help="List missed facts and extra rows.")
@click.option("--calibrate", "calibrate_to", default=None, type=click.Path(),
              help="Write each rule's measured precision here (kg/lexicon/confidence.tsv is "
                   "what kg build reads).")
@click.option("--folds", default=5, show_default=True, type=click.IntRange(min=2),
              help="Documents in K folds (by a hash of their id) for the reliability table.")
def eval_command(gold_files, docs, graph_paths, store, queries_dir, show, calibrate_to, folds) -> None:
    """Precision and recall against gold facts, per fact kind and per rule, and a reliability
    table: bands of confidence calibrated out of fold against observed precision. With DOCS
    the graph is built from them first; otherwise --graph/--store is evaluated."""
    from kg import evaluate, reliability

    g = pipeline.build(docs).graph if docs else _open(graph_paths, store)
    ev = evaluate.run([Path(p) for p in gold_files], g, Path(queries_dir) if queries_dir else None)
    click.echo(evaluate.report(ev, show), nl=False)
    click.echo("\n" + reliability.table(reliability.out_of_fold(ev.judged, folds), ev.judged, folds), nl=False)
    if calibrate_to:
        click.echo(f"wrote {graphs.write_bytes(Path(calibrate_to), evaluate.calibration(ev).encode('utf-8'))}")


@main.command("entities")
@_graph_option
@click.option("--suspects", is_flag=True, help="List likely duplicates that were not merged.")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
def entities_command(graph_paths, store, suspects, fmt) -> None:
    """The graph's organisations, people and agreements; with --suspects, the pairs worth a
    look, each with the line to put in a merges file (kg build --merges FILE)."""
    from kg import review

    g = _open(graph_paths, store)
    if suspects:
        found = review.suspects(g)
        if fmt == "json":
            click.echo(json.dumps([s.__dict__ for s in found], ensure_ascii=False, indent=1))
        else:
            rows = [[s.kind, s.a, s.b, s.reason] for s in found]
            click.echo(sparql.format_table(["kind", "a", "b", "why"], rows), nl=False)
            for s in found:
                if s.kind == "organisation":
                    click.echo(s.merge_line)
        return
    rows = review.entities(g)
    if fmt == "json":
        click.echo(json.dumps(rows, ensure_ascii=False, indent=1))
    else:
        click.echo(sparql.format_table(["kind", "label", "also", "iri"],
                                       [[r["kind"], r["label"], r["also"], r["iri"]] for r in rows]), nl=False)


@main.command("diff")
@click.argument("old", type=click.Path())
@click.argument("new", type=click.Path())
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
def diff_command(old, new, fmt) -> None:
    """Facts added and removed between two graph files, by document and kind."""
    from kg import diff

    changes = diff.diff(graphs.load(old), graphs.load(new))
    if fmt == "json":
        click.echo(json.dumps([c.__dict__ for c in changes], ensure_ascii=False, indent=1))
    else:
        click.echo(diff.render(changes), nl=False)


@main.command("validate")
@_graph_option
def validate_command(graph_paths, store) -> None:
    """Check the graph against the SHACL shapes in kg/shapes.ttl and the Data Cube integrity
    constraints; warn of figures two articles state with different values."""
    from kg import cube

    g = _open(graph_paths, store)
    report = validate.validate(g)
    for conflict in cube.conflicts(g):
        click.echo(f"warning: articles disagree: {conflict}", err=True)
    if report.conforms:
        click.echo("conforms to kg/shapes.ttl")
    else:
        click.echo(report.text, nl=False)
        click.echo(f"{report.violations} violation(s) of kg/shapes.ttl", err=True)
    broken = cube.broken(g)
    if broken:
        click.echo(f"breaks the Data Cube integrity constraint(s) {', '.join(broken)}", err=True)
    else:
        click.echo(f"Data Cube integrity constraints {', '.join(cube.CHECKED)} hold")
    if broken or not report.conforms:
        sys.exit(1)


@main.command()
@_graph_option
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on; the default answers this machine only.")
@click.option("--port", default=7878, show_default=True, type=click.IntRange(0, 65535))
@click.option("--timeout", default=10.0, show_default=True, type=click.FloatRange(min=0, min_open=True),
              help="Seconds a query may run before it is stopped.")
@click.option("--max-rows", default=10_000, show_default=True, type=click.IntRange(1),
              help="Rows a result is cut to (the response says so in X-KG-Truncated).")
@click.option("--workers", default=None, type=click.IntRange(2),
              help="Query processes (default: cores + 2); a slow query holds one until --timeout.")
def serve(graph_paths, store, host, port, timeout, max_rows, workers) -> None:
    """Serve the graph read-only over the SPARQL 1.1 Protocol at /sparql, with a query page at /."""
    from kg import serve as endpoint

    with endpoint.serving(graph_paths, store, host, port, endpoint.Limits(timeout, max_rows),
                          workers) as server:
        click.echo(f"serving http://{host}:{server.server_address[1]}/ (SPARQL at /sparql, "
                   f"{server.pool.size} query workers); Ctrl-C stops", err=True)
        # SIGTERM stops as Ctrl-C does, so the workers are killed with the server, mid-query too
        signal.signal(signal.SIGTERM, signal.default_int_handler)
        try:
            server.serve_forever()
        except KeyboardInterrupt:
            pass


if __name__ == "__main__":
    main()
