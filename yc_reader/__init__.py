"""YC Reader — offline reader for the 渝西都市报 archive.

The package is split in two: ``yc_reader.core`` is plain Python (parsing, NLP,
the index, queries, user data) and never imports Qt; ``yc_reader.ui`` is the
thin PySide6 layer on top of it.
"""

__version__ = "0.1.0"
