"""Ingest: files, folders, JSONL and HTML in; clean ``Document`` objects out.

``read_documents(paths)`` yields ``Document`` or ``IngestError`` items, one per
article, so one bad record never stops a batch.
"""
from __future__ import annotations

from .readers import IngestError, iter_sources, prepare, read_documents

__all__ = ["IngestError", "iter_sources", "prepare", "read_documents"]
