"""The walkthrough notebook runs from top to bottom and answers its three questions."""
from __future__ import annotations

import nbformat
from conftest import ROOT
from nbclient import NotebookClient


def test_notebook_walkthrough_executes():
    nb = nbformat.read(ROOT / "notebooks" / "walkthrough.ipynb", as_version=4)
    NotebookClient(nb, timeout=300, kernel_name="python3", resources={"metadata": {"path": str(ROOT / "notebooks")}}).execute()
    outputs = ["".join(o.get("text", "") for o in c.get("outputs", [])) for c in nb.cells if c.cell_type == "code"]
    assert "articles" in outputs[0]
    assert outputs[1].count(" | ") >= 10 and "Thứ trưởng" in outputs[1]
    assert any("nodes" in o for o in outputs)
