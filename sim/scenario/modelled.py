"""How big the modelled firms are against their regions' data, known at load time.

From the firm parameters alone (expected draws, no randomness): the modelled firms' value
added per year and jobs in each region, as shares of the region's PDRB and employed labour
force. A scenario whose modelled firms would exceed its region's figures is refused with
the numbers, before any run.
"""

from dataclasses import dataclass

import numpy as np

from sim.params import ModelParams
from sim.params.actors import FirmParams
from sim.params.world import RegionSpec, firm_agents

LARGE_MIN_WORKERS = 100.0


@dataclass(frozen=True)
class ModelledShare:
    """Expected size of one region's modelled firms against its figures."""

    region: str
    value_added: float  # rupiah per year
    jobs: float  # persons
    pdrb: float | None  # rupiah per year (None when the scenario gives no total)
    employed: float  # persons employed at the start

    @property
    def pdrb_share(self) -> float | None:
        """Modelled value added over PDRB (None without a PDRB)."""
        return None if self.pdrb is None else self.value_added / self.pdrb

    @property
    def jobs_share(self) -> float:
        """Modelled jobs over the employed labour force."""
        return self.jobs / self.employed


def expected_workers(f: FirmParams) -> tuple[float, float]:
    """Expected workers of an IKM and of a large firm, from the size distributions.

    IKM: the mean of the BPS size classes (`workers_per_ikm`). Large: 100 times a
    Pareto(1, b) draw, capped at `max_workers`: E = integral of P(X > x).
    """
    ikm = f.workers_per_ikm
    top, b = f.max_workers / LARGE_MIN_WORKERS, f.large_size_tail_exponent
    tail = np.log(top) if abs(b - 1.0) < 1e-12 else (top ** (1.0 - b) - 1.0) / (1.0 - b)
    return ikm, LARGE_MIN_WORKERS * (1.0 + tail)


def share_lines(p: ModelParams, specs: tuple[RegionSpec, ...]) -> list[str]:
    """What `kemitraan show` says of each region's modelled firms, one line each."""
    lines = []
    for s in modelled_shares(p, specs):
        pdrb = "no PDRB given" if s.pdrb_share is None else f"{s.pdrb_share:.1%} of PDRB"
        lines.append(
            f"{s.region}: value added Rp {s.value_added / 1e12:,.2f} triliun/year ({pdrb}), "
            f"{s.jobs:,.0f} jobs ({s.jobs_share:.1%} of the employed)"
        )
    return lines


def modelled_shares(p: ModelParams, specs: tuple[RegionSpec, ...]) -> list[ModelledShare]:
    """Expected modelled value added and jobs of each region, with the region's figures."""
    f = p.firms
    ikm_w, large_w = expected_workers(f)
    ikm, large = firm_agents([s.firms for s in specs], p.world.scale, f.large_firm_share)
    out = []
    for spec, n_ikm, n_large in zip(specs, ikm, large, strict=True):
        jobs = n_ikm * p.world.scale * ikm_w + n_large * large_w
        va = (
            12.0
            * f.value_added_per_worker
            * (n_ikm * p.world.scale * ikm_w + n_large * large_w * f.large_productivity_premium)
        )
        employed = spec.labour_force * (1.0 - spec.initial_unemployment_rate)
        out.append(ModelledShare(spec.name, va, jobs, spec.pdrb, employed))
    return out
