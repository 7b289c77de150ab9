"""End of a month: the labour force grows; jobs outside the modelled firms follow the economy."""

import numpy as np

from sim.mechanisms import labour
from sim.state import World


def move_labour_market(w: World) -> None:
    """The rest of the economy and the labour force grow; outside jobs follow (Okun).

    Jobs outside the modelled firms grow with the rest of the economy's output by the
    employment elasticity; new outside jobs are filled from the job seekers above the
    frictional floor (so they never take unemployment below it), and lost ones add to the
    unemployed.
    """
    r, p = w.regions, w.params.labour
    r.grow_one_month()
    target = labour.outside_employment_target(
        r.other_employment, r.rest_growth, p.employment_elasticity
    )
    seekers = labour.job_seekers(w.unemployed(), r.labour_force, p.frictional_unemployment)
    r.other_employment = np.minimum(target, r.other_employment + seekers)
