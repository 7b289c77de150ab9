"""Scenario discovery finds a planted box."""

from pathlib import Path

import numpy as np
import pandas as pd

from sim.analysis.discovery import discover
from sim.experiments.results import Results


def test_finds_the_region_where_the_outcome_is_low():
    rng = np.random.default_rng(0)
    n = 400
    a, b = rng.uniform(0, 1, n), rng.uniform(0, 10, n)
    value = np.where((a < 0.3) & (b > 6), 1.0, 5.0) + rng.normal(0, 0.1, n)  # the planted box
    runs = pd.DataFrame({"scenario": "s", "point": np.arange(n), "run": 0, "a": a, "b": b})
    traj = pd.DataFrame(
        {
            "scenario": "s",
            "point": np.arange(n),
            "run": 0,
            "month": 12,
            "region": "ALL",
            "metric": "unemployment_rate",
            "value": value,
        }
    )
    results = Results(Path("x"), {"design_parameters": ["a", "b"]}, traj, runs, None, None)
    boxes = discover(results, "unemployment_rate", threshold=3.0, below=True)
    best = boxes[0]
    assert best.density > 0.9 and best.coverage > 0.8
    assert best.bounds["a"][1] < 0.35 and best.bounds["b"][0] > 5.5
    assert "<= a <=" in best.describe() and "reach the target" in best.describe()
