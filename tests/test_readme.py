"""The README's promises: its SPARQL examples answer on the sample graph, and CI runs its test command."""
from __future__ import annotations

import re

from conftest import ROOT

from kg.query import execute

README = (ROOT / "README.md").read_text(encoding="utf-8")
BLOCKS = re.findall(r"```sparql\n(.*?)```", README, re.S)


def test_readme_examples_are_the_files_in_examples():
    files = sorted((ROOT / "examples").glob("*.rq"))
    bodies = {"\n".join(ln for ln in f.read_text(encoding="utf-8").splitlines() if not ln.startswith("#")).strip()
              for f in files}
    assert len(files) == 5
    assert bodies <= {b.strip() for b in BLOCKS}


def test_readme_sparql_examples_answer_on_the_sample_graph(sample_store):
    assert len(BLOCKS) >= 5
    for block in BLOCKS:
        rows = list(execute(sample_store, block))
        assert rows, block


def test_readme_posts_example_finds_real_posts(sample_store):
    rows = list(execute(sample_store, BLOCKS[0]))
    roles = {r["role"].value for r in rows}
    assert {"Bộ trưởng", "Phó Thủ tướng"} <= roles
    assert all(" " in r["person"].value for r in rows)  # full names, never a bare title


def test_readme_ci_runs_the_readme_test_command():
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "make test" in README and "make test" in ci
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    assert re.search(r"^test:", makefile, re.M) and re.search(r"^demo:", makefile, re.M)
