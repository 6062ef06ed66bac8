"""Generated corpora for the core tests (the benchmark's generator, smaller)."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))

from corpus import write_corpus

__all__ = ["write_corpus"]
