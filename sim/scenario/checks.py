"""Checks across sections: names a policy refers to exist, months fit the horizon, ...

They read the raw merged data defensively (it may be malformed elsewhere), so their problems
are reported together with the schema's.
"""

from typing import Any

from sim.levers import LEVER_NAMES
from sim.metrics import METRICS, TOTAL
from sim.params.world import WorldParams
from sim.scenario.data_rows import bps_figures, unknown_rows
from sim.scenario.problems import Origins, Path_, Problem, did_you_mean, dotted


def cross_checks(data: dict[str, Any], origins: Origins) -> list[Problem]:
    """Problems that need more than one section to see."""
    out: list[Problem] = []

    def problem(path: Path_, message: str) -> None:
        out.append(Problem(origins.where(path), dotted(path), message))

    regions = [r for r in _list(data.get("regions")) if isinstance(r, dict)]
    names = [r.get("name") for r in regions]
    seen: set[Any] = set()
    for k, name in enumerate(names):
        if isinstance(name, str) and name in seen:
            problem(("regions", k, "name"), f"region name {name!r} is used twice")
        seen.add(name if isinstance(name, str) else None)
        if isinstance(name, str) and name.strip().upper() == TOTAL:
            problem(
                ("regions", k, "name"),
                f"{name!r} is reserved (the total of all regions in the outputs); "
                "allowed: any other name",
            )
    sectors = list(_dict(data.get("firms")).get("sectors", WorldParams().sectors) or [])
    for k, region in enumerate(regions):
        for sector in _dict(region.get("sector_shares")):
            if sector not in sectors:
                problem(
                    ("regions", k, "sector_shares", sector),
                    f"unknown sector{did_you_mean(str(sector), sectors)}; allowed: {sectors}",
                )
    months = _dict(data.get("horizon")).get("months", WorldParams().months)
    for lever, spec in _dict(data.get("policies")).items():
        if lever in LEVER_NAMES and isinstance(spec, dict):
            _lever_checks(lever, spec, names, sectors, months, problem)
    for k, metric in enumerate(_list(_dict(data.get("outputs")).get("metrics"))):
        if metric not in METRICS:
            problem(
                ("outputs", "metrics", k),
                f"unknown metric {metric!r}"
                f"{did_you_mean(str(metric), list(METRICS))}; see `kemitraan metrics`",
            )
    for where in (("meta", "data_rows"), ("calibration", "targets")):
        for k, row in enumerate(_list(_dict(data.get(where[0])).get(where[1]))):
            if isinstance(row, str) and unknown_rows([row]):
                known = list(bps_figures()["id"])
                problem(
                    (*where, k),
                    f"no row {row!r} in data/bps_figures.csv{did_you_mean(row, known)}",
                )
    return out


def _lever_checks(
    lever: str,
    spec: dict[str, Any],
    regions: list[Any],
    sectors: list[str],
    months: Any,
    problem: Any,
) -> None:
    base = ("policies", lever)
    targets = _dict(spec.get("targets"))
    for what, allowed in (("regions", regions), ("sectors", sectors)):
        for k, name in enumerate(_list(targets.get(what))):
            if name not in allowed:
                problem(
                    (*base, "targets", what, k),
                    f"unknown {what[:-1]} {name!r}"
                    f"{did_you_mean(str(name), [str(a) for a in allowed])}; "
                    f"allowed: {allowed}",
                )
    for k, pair in enumerate(_list(spec.get("pairs"))):
        for end in _list(pair):
            if end not in regions:
                problem(
                    (*base, "pairs", k),
                    f"unknown region {end!r}"
                    f"{did_you_mean(str(end), [str(a) for a in regions])}; "
                    f"allowed: {regions}",
                )
        if isinstance(pair, list) and len(pair) == 2 and pair[0] == pair[1]:
            problem((*base, "pairs", k), "an agreement needs two different regions")
    for key in ("start", "end"):
        value = spec.get(key)
        if isinstance(value, int) and isinstance(months, int) and value > months:
            problem(
                (*base, key),
                f"month {value} is after the horizon "
                f"(horizon.months = {months}); allowed: 1..{months}",
            )


def _dict(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []
