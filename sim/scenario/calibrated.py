"""Each run's own calibrated values, drawn from the range the data leave open (ABC).

A calibrated parameter is known only as well as its target rows pin it: `kemitraan
calibrate` keeps the range of the closest share of its points (`calibration.fit.accepted`,
ABC rejection). A run draws each such parameter uniformly from that range, keyed by the
run's seed on the `exogenous` stream, so paired runs share the draw and the 10-90% band
carries it. A parameter the file or `--set` gave another value than the result is left as
given.
"""

import json
import zlib
from typing import Any

import numpy as np

from sim.infra.randomness import Draws, root_seed
from sim.scenario.resolve import get_at, parse_path, set_at
from sim.scenario.schema import Scenario


def with_drawn_calibration(scenario: Scenario, rng: Any) -> Scenario:
    """The scenario with its calibrated values drawn for this run (unchanged without any)."""
    c = scenario.calibration
    if c is None or c.fit is None or not c.fit.accepted:
        return scenario
    data = json.loads(scenario.model_dump_json(exclude={"extends"}))
    draws = Draws(root_seed(rng))
    changed = False
    for name, (low, high) in sorted(c.fit.accepted.items()):
        path = parse_path(data, name.split("."))
        result = c.result.get(name)
        if isinstance(path, str) or get_at(data, path) != result:
            continue  # the file or an override gave its own value
        if result is None or not low <= result <= high:
            continue  # the range belongs to another result (a parent's fit, say)
        key = np.array([zlib.crc32(name.encode())], dtype=np.uint64)
        u = float(draws.uniforms("exogenous", 0, key)[0])
        set_at(data, path, low + u * (high - low))
        changed = True
    return Scenario.model_validate(data) if changed else scenario
