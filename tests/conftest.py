"""Property tests draw the same examples on every run, so CI never fails by
chance; ``HYPOTHESIS_PROFILE=explore`` draws new ones to search for bugs."""

from __future__ import annotations

import os

from hypothesis import settings

settings.register_profile("repeatable", derandomize=True)
settings.register_profile("explore", derandomize=False)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "repeatable"))
