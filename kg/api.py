"""The Python front door: build a graph from paths and get an rdflib or pyoxigraph object back."""
from __future__ import annotations

import os
from collections.abc import Iterable

import pyoxigraph as ox

from .pipeline import BuildReport, build
from .rdf.iri import DEFAULT_BASE
from .store import open_store, to_rdflib


def build_graph(paths: Iterable[str | os.PathLike], *, store: str | os.PathLike | None = None, jobs: int = 1,
                base: str = DEFAULT_BASE, rdflib: bool = False) -> tuple[ox.Store | object, BuildReport]:
    """Build articles into a store (in memory unless ``store`` is a folder).

    Returns (graph, report); the graph is a pyoxigraph Store, or an rdflib Dataset when ``rdflib=True``.
    """
    st = open_store(store)
    report = build(paths, st, jobs=jobs, base=base)
    return (to_rdflib(st) if rdflib else st), report
