"""What the policy levers in force do to the barriers this month (reset every month).

A lever writes here in step 1; search, permits and dissolution read it. Neutral values mean
no lever: zero relief, factor one, no boost, no agreement.
"""

from dataclasses import dataclass

import numpy as np

from sim.core.kinds import Kind


@dataclass
class PolicyEffects:
    """Per-month modifiers of the barriers, and the month's policy spending."""

    cost_relief: np.ndarray  # (actors, kinds): share of a firm's partnership cost paid for it
    permit_delay_factor: np.ndarray  # (regions,): multiplies the mean permit delay
    entry_factor: np.ndarray  # (regions,): multiplies the expected entrants (registration)
    search_boost: np.ndarray  # (actors,): extra relative chance to search
    reach_boost: np.ndarray  # (actors,): extra chance to meet a stranger elsewhere
    coordination_boost: np.ndarray  # (actors,): better coordination (business forums)
    agreement: np.ndarray  # (regions, regions): chance that an agreement lets two meet
    agreement_search: np.ndarray  # (regions, regions): share of local searches sent across
    agreement_permit_cut: np.ndarray  # (regions, regions): cut of cross-border permit delay
    spending: dict[str, np.ndarray]  # lever name -> rupiah this month, by region
    has_relief: bool = False  # a cost lever wrote to cost_relief this month

    @classmethod
    def neutral(cls, n_actors: int, n_regions: int) -> "PolicyEffects":
        """No lever in force."""
        return cls(
            cost_relief=np.zeros((n_actors, len(Kind))),
            permit_delay_factor=np.ones(n_regions),
            entry_factor=np.ones(n_regions),
            search_boost=np.zeros(n_actors),
            reach_boost=np.zeros(n_actors),
            coordination_boost=np.zeros(n_actors),
            agreement=np.zeros((n_regions, n_regions)),
            agreement_search=np.zeros((n_regions, n_regions)),
            agreement_permit_cut=np.zeros((n_regions, n_regions)),
            spending={},
        )

    def relieved_cost(self, actor: np.ndarray, kind: np.ndarray, cost: np.ndarray) -> np.ndarray:
        """What an actor still pays of a partnership cost after relief."""
        if not self.has_relief:
            return cost
        known = actor < len(self.cost_relief)
        share = np.zeros(len(actor))
        share[known] = self.cost_relief[actor[known], kind[known]]
        return cost * (1.0 - np.minimum(share, 1.0))
