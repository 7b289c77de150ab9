"""End of a month: the labour force grows; jobs outside the modelled firms follow the region."""

import numpy as np

from sim.mechanisms import hiring
from sim.world.state import World


def move_labour_market(w: World) -> None:
    """The rest of the economy and the labour force grow; outside jobs follow.

    Without policy the open unemployment rate follows the region's path toward its natural
    rate (`unemployment_path`): jobs outside the modelled firms keep pace with the labour
    force and that path, and, Okun-type, with growth above or below the expected. New
    outside jobs are filled from the job seekers above the frictional floor (never below it),
    and lost ones add to the unemployed. Jobs the modelled firms add or shed move the rate
    away from the path: that is a policy's effect.
    """
    r, p = w.regions, w.params.labour
    before = r.labour_force
    r.grow_one_month()
    path = [
        hiring.unemployment_path(
            r.unemployment_at_start, r.natural_unemployment, p.unemployment_convergence, m
        )
        for m in (w.month - 1, w.month)
    ]
    target = hiring.outside_employment_target(
        r.other_employment,
        r.labour_force / before,
        (1.0 - path[1]) / (1.0 - path[0]),
        r.rest_growth,
        r.expected_growth,
        p.employment_elasticity,
    )
    seekers = hiring.job_seekers(w.unemployed(), r.labour_force, p.frictional_unemployment)
    r.other_employment = np.minimum(target, r.other_employment + seekers)
    # a labour force that shrank (a run's drawn growth below zero) leaves no one employed
    # outside it: outside jobs shed first, the modelled firms' workers stay
    room = np.maximum(r.labour_force - w.firm_employment(), 0.0)
    r.other_employment = np.minimum(r.other_employment, room)
