"""Where a graph lives, chosen with `--graph FILE…` or `--store TARGET`:

- a file (.ttl, .nt, .jsonld) held in memory by rdflib — the default, no server;
- an Oxigraph folder on disk (`--store DIR`), opened through oxrdflib's rdflib Store: about
  ten times less memory and faster queries on large graphs (see NOTES in the README);
- any SPARQL 1.1 Query/Update endpoint (`--store sparql+http://HOST:PORT/PATH`) through
  rdflib's SPARQLUpdateStore: queries go to PATH/query, updates to PATH/update (the
  layout of `oxigraph serve` and of Apache Jena Fuseki's datasets).

Writing replaces the whole graph and never leaves a half-written one: a folder is built
beside the old one and swapped in; an endpoint gets the triples in a staging graph that one
`MOVE` makes the default graph.
"""
from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from rdflib import Graph
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID

from kg import export, model
from kg import graph as graphs
from kg.errors import KgError

STAGING = "urn:kg:staging"
CHUNK = 5000  # triples per INSERT DATA request


def is_remote(target: str) -> bool:
    return target.startswith(("sparql+http://", "sparql+https://"))


def endpoints(target: str) -> tuple[str, str]:
    base = target.removeprefix("sparql+").rstrip("/")
    return base + "/query", base + "/update"


def open_graph(graph_paths=(), store: str | None = None) -> Graph:
    """The graph to read: from files, an Oxigraph folder (read-only) or an endpoint."""
    if store is None:
        return graphs.load(*graph_paths)
    if is_remote(store):
        from rdflib.plugins.stores.sparqlstore import SPARQLStore

        g = Graph(store=SPARQLStore(query_endpoint=endpoints(store)[0], returnFormat="json",
                                    context_aware=False),
                  identifier=DATASET_DEFAULT_GRAPH_ID)
    else:
        g = Graph(store=_oxigraph(store, read_only=True), identifier=DATASET_DEFAULT_GRAPH_ID)
    for prefix, ns in model.PREFIXES.items():
        g.bind(prefix, ns, override=True)
    return g


def _oxigraph(path: str, read_only: bool):
    import pyoxigraph as ox
    from oxrdflib import OxigraphStore

    folder = Path(path)
    _recover(folder)
    if not folder.is_dir():
        raise KgError(f"{folder}: no Oxigraph store there; create one with `kg build … --store {folder}`")
    try:
        return OxigraphStore(store=ox.Store.read_only(str(folder)) if read_only else ox.Store(str(folder)))
    except OSError as exc:
        raise KgError(f"{folder}: cannot open the Oxigraph store ({exc}); is another kg "
                      "writing to it?") from exc


def write(g: Graph, target: str) -> str:
    """Replace the graph at target with g."""
    data = export.ntriples(g)  # order does not matter to a store
    if is_remote(target):
        _write_endpoint(data, target)
    else:
        _write_folder(data, Path(target))
    return target


def _write_folder(ntriples: bytes, folder: Path) -> None:
    import pyoxigraph as ox

    _recover(folder)
    folder.parent.mkdir(parents=True, exist_ok=True)
    fresh = Path(tempfile.mkdtemp(dir=folder.parent, prefix=f".{folder.name}.", suffix=".new"))
    try:
        store = ox.Store(str(fresh))
        store.bulk_load(ntriples, ox.RdfFormat.N_TRIPLES)
        store.flush()
        del store
        old = folder.with_name(f".{folder.name}.old")
        if folder.exists():
            folder.rename(old)  # from here to the next line, _recover puts it back
        fresh.rename(folder)
        shutil.rmtree(old, ignore_errors=True)
    except BaseException:
        shutil.rmtree(fresh, ignore_errors=True)
        raise


def _recover(folder: Path) -> None:
    """A swap interrupted between its two renames: the old store comes back."""
    old = folder.with_name(f".{folder.name}.old")
    if old.exists() and not folder.exists():
        old.rename(folder)


def _write_endpoint(ntriples: bytes, target: str) -> None:
    from rdflib.plugins.stores.sparqlstore import SPARQLUpdateStore

    query_url, update_url = endpoints(target)
    store = SPARQLUpdateStore(query_endpoint=query_url, update_endpoint=update_url, context_aware=False)
    lines = [ln for ln in ntriples.decode("utf-8").split("\n") if ln.strip()]
    try:
        store.update(f"DROP SILENT GRAPH <{STAGING}>")
        for i in range(0, len(lines), CHUNK):
            store.update(f"INSERT DATA {{ GRAPH <{STAGING}> {{\n" + "\n".join(lines[i:i + CHUNK]) + "\n} }")
        store.update(f"MOVE SILENT GRAPH <{STAGING}> TO DEFAULT")
    except Exception as exc:  # urllib errors, HTTP errors from the endpoint
        raise KgError(f"{target}: the endpoint refused or could not be reached ({exc}); "
                      "check that it runs and accepts SPARQL Update") from exc
