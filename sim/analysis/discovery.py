"""Scenario discovery: which parameter ranges lead to an outcome (a decision tree's boxes)."""

from dataclasses import dataclass

import numpy as np
import pandas as pd
from sklearn.tree import DecisionTreeClassifier

from sim.experiments.results import Results, ResultsError
from sim.metrics import TOTAL


@dataclass
class Box:
    """Parameter ranges where runs tend to reach the target."""

    bounds: dict[str, tuple[float, float]]  # parameter -> (low, high)
    density: float  # share of the box's runs that reach the target
    coverage: float  # share of all target-reaching runs that are in the box
    runs: int

    def describe(self) -> str:
        """One readable line."""
        ranges = (
            " and ".join(
                f"{low:.3g} <= {name} <= {high:.3g}" for name, (low, high) in self.bounds.items()
            )
            or "anywhere"
        )
        return (
            f"{ranges}: {100 * self.density:.0f}% of its {self.runs} runs reach the "
            f"target; it holds {100 * self.coverage:.0f}% of all runs that do"
        )


def discover(
    results: Results,
    metric: str,
    threshold: float,
    below: bool = True,
    month: int | None = None,
    max_depth: int = 3,
) -> list[Box]:
    """Boxes of design-parameter space where `metric` at `month` is below (or above) a target."""
    names = results.manifest.get("design_parameters") or []
    if not names:
        raise ResultsError(f"{results.folder}: the experiment varied no parameters (no design)")
    traj = results.trajectories
    chosen = traj[(traj["metric"] == metric) & (traj["region"] == TOTAL)]
    month = int(chosen["month"].max()) if month is None else month
    at = chosen[chosen["month"] == month][["scenario", "point", "run", "value"]]
    data = results.runs.merge(at, on=["scenario", "point", "run"])
    x, values = data[names].to_numpy(float), data["value"].to_numpy(float)
    hit = values < threshold if below else values > threshold
    tree = DecisionTreeClassifier(
        max_depth=max_depth, min_samples_leaf=max(3, len(data) // 20), random_state=0
    )
    tree.fit(x, hit)
    return _boxes(tree, x, hit, names)


def _boxes(
    tree: DecisionTreeClassifier, x: np.ndarray, hit: np.ndarray, names: list[str]
) -> list[Box]:
    t = tree.tree_
    leaf_of = tree.apply(x)
    low, high = x.min(axis=0), x.max(axis=0)
    boxes = []

    def walk(node: int, bounds: dict[int, tuple[float, float]]) -> None:
        if t.children_left[node] == -1:
            inside = leaf_of == node
            density = hit[inside].mean() if inside.any() else 0.0
            if density > 0.5 and hit.any():
                boxes.append(
                    Box(
                        {names[f]: b for f, b in sorted(bounds.items())},
                        density,
                        hit[inside].sum() / hit.sum(),
                        int(inside.sum()),
                    )
                )
            return
        f, cut = t.feature[node], t.threshold[node]
        lo, hi = bounds.get(f, (low[f], high[f]))
        walk(t.children_left[node], {**bounds, f: (lo, min(hi, cut))})
        walk(t.children_right[node], {**bounds, f: (max(lo, cut), hi)})

    walk(0, {})
    return sorted(boxes, key=lambda b: b.density * b.coverage, reverse=True)


def boxes_table(boxes: list[Box]) -> pd.DataFrame:
    """The boxes as a table, best first."""
    return pd.DataFrame(
        {
            "box": [b.describe() for b in boxes],
            "density": [b.density for b in boxes],
            "coverage": [b.coverage for b in boxes],
        }
    )
