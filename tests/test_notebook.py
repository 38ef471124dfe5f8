"""The walkthrough notebook runs from top to bottom and answers its three questions."""
from __future__ import annotations

import nbformat
from nbclient import NotebookClient

from conftest import ROOT


def test_notebook_walkthrough_executes():
    nb = nbformat.read(ROOT / "notebooks" / "walkthrough.ipynb", as_version=4)
    NotebookClient(nb, timeout=300, kernel_name="python3", resources={"metadata": {"path": str(ROOT / "notebooks")}}).execute()
    outputs = ["".join(o.get("text", "") for o in c.get("outputs", [])) for c in nb.cells if c.cell_type == "code"]
    assert "articles" in outputs[0]
    assert "Bộ trưởng" in outputs[1] or "Thủ tướng" in outputs[1]
    assert any("nodes" in o for o in outputs)
