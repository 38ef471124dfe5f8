"""Where the project's data files live: the source tree, or ``share/kg`` after ``pip install``."""
from __future__ import annotations

import os
import sys
from pathlib import Path

_HERE = Path(__file__).resolve().parent


def resource_dir(name: str) -> Path:
    """``data/lexicons``, ``ontology`` …: $KG_HOME, then the source tree, then sys.prefix/share/kg."""
    candidates = []
    if os.environ.get("KG_HOME"):
        candidates.append(Path(os.environ["KG_HOME"]) / name)
    candidates += [_HERE.parent / name, Path(sys.prefix) / "share" / "kg" / name]
    for c in candidates:
        if c.is_dir():
            return c
    raise FileNotFoundError(f"kg data folder {name!r} not found (looked in {', '.join(map(str, candidates))})")
