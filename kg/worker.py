"""Imported once by the process that forks the build's worker processes (the forkserver).

It loads the lexicons and underthesea's models by processing a small article, so every
worker is forked with them already in memory instead of loading its own copy.
"""
from .document import Document
from .pipeline import process

process(Document(id="warm-up", title="Hội nghị", text="Bộ trưởng Bộ Tài chính Nguyễn Văn A dự hội nghị tại Hà Nội. "
                 "Ông A nói về Nghị quyết số 57-NQ/TW."))
