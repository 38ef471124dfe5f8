"""Store: an embedded SPARQL store (Oxigraph) in memory or on disk, and graph files in and out.

Layout: every article's facts live in its own named graph, and the default graph holds
their union as a set (Oxigraph's union-of-named-graphs view repeats a triple once per
graph that has it, which multiplies joins). Queries run on the default graph.

Every write goes to a temporary file beside the target and is renamed into place, so
an interrupted or failed write never leaves a half-written graph where a good one was.
"""
from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pyoxigraph as ox

from .rdf.vocab import PREFIXES

FORMATS = {
    ".ttl": ox.RdfFormat.TURTLE, ".nt": ox.RdfFormat.N_TRIPLES, ".nq": ox.RdfFormat.N_QUADS,
    ".trig": ox.RdfFormat.TRIG, ".jsonld": ox.RdfFormat.JSON_LD, ".json": ox.RdfFormat.JSON_LD,
}
DATASET_FORMATS = {ox.RdfFormat.N_QUADS, ox.RdfFormat.TRIG, ox.RdfFormat.JSON_LD}
STORE_MARKER = "CURRENT"  # a RocksDB folder (Oxigraph's on-disk store) has this file

MATERIALISE_UNION = "INSERT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }"


class GraphFormatError(ValueError):
    pass


def format_for(path: str | os.PathLike) -> ox.RdfFormat:
    suffix = Path(path).suffix.lower()
    if suffix not in FORMATS:
        raise GraphFormatError(f"{path}: unknown graph format {suffix or '(none)'!r}; "
                               f"use one of {', '.join(sorted(FORMATS))}")
    return FORMATS[suffix]


def is_store_dir(path: str | os.PathLike) -> bool:
    return Path(path).is_dir() and (Path(path) / STORE_MARKER).exists()


def open_store(path: str | os.PathLike | None = None) -> ox.Store:
    """An on-disk store at ``path`` (created if missing), or an in-memory one."""
    return ox.Store(str(path)) if path else ox.Store()


def load_graph(path: str | os.PathLike) -> ox.Store:
    """Any file ``kg build`` wrote, or a store folder, as a store to query."""
    p = Path(path)
    if not p.exists():
        raise FileNotFoundError(f"{path}: no such file or folder")
    if p.is_dir():
        if not is_store_dir(p):
            raise GraphFormatError(f"{path}: a folder, but not a kg store")
        return ox.Store.read_only(str(p))
    store = ox.Store()
    fmt = format_for(p)
    try:
        store.bulk_load(path=str(p), format=fmt)
    except SyntaxError as exc:
        raise GraphFormatError(f"{path}: not valid {fmt.name}: {exc}") from exc
    if fmt in DATASET_FORMATS:
        store.update(MATERIALISE_UNION)
    return store


def has_named_graphs(store: ox.Store) -> bool:
    return next(iter(store.named_graphs()), None) is not None


def dataset_quads(store: ox.Store):
    """The quads to write in a dataset format: the article graphs (the default graph is their union)."""
    if not has_named_graphs(store):
        yield from store
        return
    for q in store:
        if not isinstance(q.graph_name, ox.DefaultGraph):
            yield q


def write_graph(store: ox.Store, path: str | os.PathLike) -> None:
    """Serialise the store to ``path`` (format from the suffix), atomically."""
    fmt = format_for(path)
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            if fmt in DATASET_FORMATS:
                ox.serialize(dataset_quads(store), fh, format=fmt,
                             prefixes=PREFIXES if fmt != ox.RdfFormat.N_QUADS else None)
            else:
                store.dump(fh, format=fmt, from_graph=ox.DefaultGraph(),
                           prefixes=PREFIXES if fmt == ox.RdfFormat.TURTLE else None)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, 0o666 & ~current_umask())  # mkstemp makes 0600 files; give the usual permissions
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def current_umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def triples_count(store: ox.Store) -> int:
    """Distinct triples (the default graph)."""
    return int(next(iter(store.query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")))[0].value)


def to_rdflib(store: ox.Store):
    """An rdflib Dataset with the same quads (for pySHACL and other rdflib tools)."""
    from rdflib import Dataset

    ds = Dataset()
    data = ox.serialize(dataset_quads(store), format=ox.RdfFormat.N_QUADS)
    ds.parse(data=data.decode("utf-8"), format="nquads")
    return ds
