"""Vocabularies as namespace objects (rdflib's), and their pyoxigraph forms for fast quad building."""
from __future__ import annotations

from rdflib import Namespace
from rdflib.namespace import ORG, PROV, RDF, RDFS, SDO, SKOS, XSD

KGO = Namespace("https://example.org/kg/ontology#")  # the project ontology (ontology/kg.ttl)

PREFIXES = {
    "schema": str(SDO), "org": str(ORG), "prov": str(PROV), "skos": str(SKOS),
    "rdf": str(RDF), "rdfs": str(RDFS), "xsd": str(XSD), "kgo": str(KGO),
}

__all__ = ["KGO", "ORG", "PROV", "RDF", "RDFS", "SDO", "SKOS", "XSD", "PREFIXES"]
