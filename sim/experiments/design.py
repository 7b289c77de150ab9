"""Sampling designs over uncertainties: full grid, Latin hypercube, Sobol (SALib)."""

import itertools

import numpy as np

from sim.experiments.spec import Design
from sim.scenario.schema import Uncertainty


def salib_problem(names: list[str], ranges: dict[str, Uncertainty]) -> dict:
    """The SALib problem dict of named ranges."""
    return {
        "num_vars": len(names),
        "names": names,
        "bounds": [[ranges[n].low, ranges[n].high] for n in names],
    }


def design_points(design: Design, ranges: dict[str, Uncertainty]) -> tuple[list[str], np.ndarray]:
    """Parameter names and a (points, names) array of values; one empty point for `none`."""
    names = list(design.parameters or ranges)
    if design.kind == "none" or not names:
        return [], np.zeros((1, 0))
    if design.kind == "grid":
        axes = [_axis(ranges[n], design.levels) for n in names]
        return names, np.array(list(itertools.product(*axes)), dtype=float)
    no_range = [n for n in names if ranges[n].values is not None]
    if no_range:
        raise ValueError(
            f"{design.kind} needs low and high for {no_range} (values lists are for grids)"
        )
    from SALib.sample import latin, morris, sobol  # here: 1.7 s to import, for designs only

    problem = salib_problem(names, ranges)
    if design.kind == "latin_hypercube":
        return names, latin.sample(problem, design.samples, seed=design.seed)
    if design.kind == "morris":  # N trajectories of D + 1 points
        return names, morris.sample(
            problem, design.samples, num_levels=design.levels, seed=design.seed
        )
    return names, sobol.sample(
        problem, design.samples, calc_second_order=design.second_order, seed=design.seed
    )


def _axis(u: Uncertainty, levels: int) -> np.ndarray:
    """Grid values of one uncertainty: its values, or `levels` points from low to high."""
    if u.values is not None:
        return np.array(u.values, dtype=float)
    assert u.low is not None and u.high is not None  # the schema guarantees one or the other
    return np.linspace(u.low, u.high, levels)


def sobol_size(samples: int, parameters: int, second_order: bool) -> int:
    """Points of a Saltelli/Sobol design: N (2D + 2) with second order, else N (D + 2)."""
    return samples * (2 * parameters + 2 if second_order else parameters + 2)


def design_size(design: Design, ranges: dict[str, Uncertainty]) -> int:
    """How many points `design_points` would lay out, counted without building them."""
    names = list(design.parameters or ranges)
    if design.kind == "none" or not names:
        return 1
    if design.kind == "grid":
        sizes = [len(ranges[n].values or ()) or design.levels for n in names]
        return int(np.prod(sizes, dtype=object))
    if design.kind == "latin_hypercube":
        return design.samples
    if design.kind == "morris":
        return design.samples * (len(names) + 1)
    return sobol_size(design.samples, len(names), design.second_order)
