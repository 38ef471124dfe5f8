"""Extract: registered steps turn one annotated article into entities and facts.

Extraction of one article is a pure function of its text, its metadata and the
read-only lexicons: no global state, so articles can run in any order or process.

Steps run in registration order; each reads what earlier steps found. Register your
own with ``@register("name")`` — a function ``(ArticleContext, Extraction) -> None``.
"""
from __future__ import annotations

from collections.abc import Callable
from importlib import import_module

from ..document import AnnotatedDoc, Document
from .model import Extraction

Step = Callable[["ArticleContext", Extraction], None]  # noqa: F821

# name -> "module:function", imported on first use (like rdflib's plugin registry)
_STEPS: dict[str, str | Step] = {
    "entities": "kg.extract.entities:run",
    "legislation": "kg.extract.legal:run",
    "roles": "kg.extract.roles:run",
    "states": "kg.extract.states:run",
    "events": "kg.extract.events:run",
    "awards": "kg.extract.awards:run",
    "changes": "kg.extract.changes:run",
    "discipline": "kg.extract.discipline:run",
    "offices": "kg.extract.offices:run",
}


def register(name: str) -> Callable[[Step], Step]:
    def deco(fn: Step) -> Step:
        _STEPS[name] = fn
        return fn
    return deco


def steps() -> list[str]:
    return list(_STEPS)


def _load(name: str) -> Step:
    ref = _STEPS[name]
    if callable(ref):
        return ref
    module, func = ref.split(":")
    fn = getattr(import_module(module), func)
    _STEPS[name] = fn
    return fn


def extract(doc: Document | AnnotatedDoc) -> Extraction:
    """All entities and facts of one article."""
    from ..annotate import annotate
    from .context import ArticleContext

    adoc = doc if isinstance(doc, AnnotatedDoc) else annotate(doc)
    ex = Extraction(adoc.doc.id)
    if not adoc.sentences:
        return ex
    ctx = ArticleContext.build(adoc)
    for name in list(_STEPS):
        _load(name)(ctx, ex)
    return ex
