"""SHACL validation (pySHACL) of a graph against the shapes in ontology/shapes.ttl."""
from __future__ import annotations

import pyoxigraph as ox

from .resources import resource_dir
from .store import to_rdflib


def validate_store(store: ox.Store, shapes: str | None = None) -> tuple[bool, str]:
    """Return (conforms, report text). The union of all article graphs is validated."""
    from pyshacl import validate
    from rdflib import Graph

    ds = to_rdflib(store)
    data = Graph()
    for s, p, o, _ in ds.quads((None, None, None, None)):
        data.add((s, p, o))
    shapes_graph = Graph().parse(shapes or resource_dir("ontology") / "shapes.ttl")
    ontology = Graph().parse(resource_dir("ontology") / "kg.ttl")
    conforms, _, text = validate(data, shacl_graph=shapes_graph, ont_graph=ontology, inference="none",
                                 allow_warnings=True)
    return bool(conforms), str(text)
