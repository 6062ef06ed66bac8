"""SIGKILL at random moments of a first index, an import and bookmark writes.

Each scenario kills ``python -m yc_reader`` a number of times (see ``kills.py``
for what is checked after every kill); ``benchmarks/bench_kills.py`` runs the
same scenarios with many more kills. The random points come from a fixed seed
(``YC_KILL_SEED`` to vary it); the moments still differ from run to run.
"""

from __future__ import annotations

import os
import random
import sys

import pytest

from tests.reliability import kills

pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="uses /proc and SIGKILL")

SEED = int(os.environ.get("YC_KILL_SEED", "6"))


@pytest.mark.parametrize(("scenario", "count"), [("first_index", 10), ("import", 10)])
def test_index_killed_mid_work_is_complete_or_rebuilt(tmp_path, scenario, count):
    stats = kills.SCENARIOS[scenario](tmp_path, random.Random(SEED), count)
    assert stats.problems == []
    assert stats.kills == count
    assert (stats.lost, stats.orphans) == (0, 0)


def test_acknowledged_bookmarks_survive_kills(tmp_path):
    stats = kills.bookmark_writes(tmp_path, random.Random(SEED), 10, kill_share=0.7)
    assert stats.problems == []
    assert stats.kills == 10 and stats.acknowledged > 0
    assert stats.lost == 0
