"""An interactive HTML view (pyvis / vis-network), self-contained so it opens offline.

Labels come from untrusted article text. They reach the page only as JSON inside the
script (pyvis's template uses Jinja's ``tojson``, which escapes ``<``, ``>`` and ``&``)
and vis-network draws labels and hover titles as text, so a name like ``<script>`` is
shown, never run (tests/test_viz.py checks this in a real browser).
"""
from __future__ import annotations

import html
import os
import re
import tempfile
from pathlib import Path

import pyoxigraph as ox

from .netgraph import network_from_store
from .store import current_umask

COLORS = {"person": "#e4572e", "organisation": "#17bebb", "legislation": "#ffc914",
          "event": "#76b041", "place": "#9d79bc"}
_CDN = re.compile(r"\s*<(?:link|script)[^>]+(?:cdn\.jsdelivr|cdnjs\.cloudflare)[^>]*>(?:\s*</script>)?", re.S)


OPTIONS = """{
  "nodes": {"shape": "dot", "font": {"size": 16, "face": "sans-serif"},
            "scaling": {"label": {"enabled": true, "min": 12, "max": 22, "drawThreshold": 3}}},
  "edges": {"font": {"size": 11, "align": "middle"}, "smooth": {"type": "continuous"},
            "color": {"inherit": "from", "opacity": 0.6}},
  "physics": {"barnesHut": {"gravitationalConstant": -6000, "springLength": 140},
              "stabilization": {"iterations": 300}},
  "interaction": {"hover": true, "navigationButtons": true, "tooltipDelay": 120}
}"""
LEGEND_NAMES = {"person": "người", "organisation": "tổ chức", "legislation": "văn bản", "event": "sự kiện",
                "place": "địa danh"}


def _legend() -> str:
    items = "".join(f'<span style="margin-right:1em"><span style="color:{c}">&#9679;</span> {html.escape(LEGEND_NAMES[k])}'
                    f" ({html.escape(k)})</span>" for k, c in COLORS.items())
    return f'<div style="font:14px sans-serif;padding:6px 10px">{items}</div>'


def write_html(store: ox.Store, path: str | Path, limit: int = 400, title: str = "kg") -> tuple[int, int]:
    from pyvis.network import Network

    g = network_from_store(store, limit=limit)
    net = Network(height="800px", width="100%", directed=True, cdn_resources="in_line", heading="")
    for node, data in g.nodes(data=True):
        label = data["label"]
        net.add_node(node, label=label, title=f"{label} ({data['kind']}, {data['mentions']} bài)",
                     color=COLORS.get(data["kind"], "#888"), size=10 + min(data["mentions"], 30))
    for a, b, data in g.edges(data=True):
        net.add_edge(a, b, title=data["label"], label=data["label"], arrows="to")
    net.set_options(OPTIONS)
    page = _CDN.sub("", net.generate_html(name=str(path)))
    page = page.replace("<head>", f"<head>\n<title>{html.escape(title)}</title>", 1)
    page = page.replace("<body>", "<body>\n" + _legend(), 1)
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        fh.write(page)
    os.chmod(tmp, 0o666 & ~current_umask())
    os.replace(tmp, target)
    return g.number_of_nodes(), g.number_of_edges()
