"""kg: build a knowledge graph of people, bodies, legal documents and events from Vietnamese news."""
from __future__ import annotations

__version__ = "0.1.0"

__all__ = ["__version__", "build_graph", "extract"]


def __getattr__(name: str):  # heavy modules load on first use, so `kg --help` stays instant
    if name == "extract":
        from .extract import extract

        return extract
    if name == "build_graph":
        from .api import build_graph

        return build_graph
    raise AttributeError(name)
