"""The graph as a network (networkx) for drawing and for GraphML / GEXF export."""
from __future__ import annotations

from pathlib import Path

import networkx as nx
import pyoxigraph as ox

from .query import with_prefixes

NODES = """
SELECT ?s ?kind (SAMPLE(?n) AS ?name) (COUNT(DISTINCT ?a) AS ?mentions) WHERE {
  VALUES (?class ?kind) { (schema:Person "person") (org:Organization "organisation")
                          (schema:Legislation "legislation") (schema:Event "event") (schema:Place "place") }
  ?s a ?class ; schema:name ?n .
  OPTIONAL { ?a schema:mentions ?s }
} GROUP BY ?s ?kind
"""
EDGES = """
SELECT DISTINCT ?a ?b ?label WHERE {
  { ?m a org:Membership ; org:member ?a ; org:organization ?b ; org:role/skos:prefLabel ?label }
  UNION { ?b schema:attendee ?a . BIND("dự" AS ?label) }
  UNION { ?a schema:organizer ?b . BIND("tổ chức" AS ?label) }
  UNION { ?a schema:location ?b . BIND("tại" AS ?label) }
  UNION { ?a schema:legislationPassedBy ?b . BIND("ban hành" AS ?label) }
  UNION { ?c a org:ChangeEvent ; org:originalOrganization ?a ; org:resultingOrganization ?b .
          BIND("hợp nhất thành" AS ?label) }
  UNION { ?a org:subOrganizationOf ?b . BIND("thuộc" AS ?label) }
}
"""


def network_from_store(store: ox.Store, limit: int | None = None) -> nx.MultiDiGraph:
    """People, bodies, documents, events and places as nodes; posts, attendance … as edges."""
    g = nx.MultiDiGraph()
    for row in store.query(with_prefixes(NODES)):
        g.add_node(row["s"].value, label=row["name"].value, kind=row["kind"].value,
                   mentions=int(row["mentions"].value))
    for row in store.query(with_prefixes(EDGES)):
        a, b = row["a"].value, row["b"].value
        if a in g and b in g:
            g.add_edge(a, b, label=row["label"].value)
    if limit and g.number_of_nodes() > limit:
        ranked = sorted(g.nodes, key=lambda n: (g.degree(n) + g.nodes[n]["mentions"], n), reverse=True)
        g = g.subgraph(ranked[:limit]).copy()
    return g


def write_network(store: ox.Store, path: str | Path) -> tuple[int, int]:
    g = network_from_store(store)
    path = Path(path)
    if path.suffix.lower() == ".gexf":
        nx.write_gexf(g, path)
    else:
        nx.write_graphml(g, path)
    return g.number_of_nodes(), g.number_of_edges()
