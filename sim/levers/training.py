"""Training (pelatihan manajemen): a one-off gain in management practice that fades.

Business-training trials find sales and profits 5-10 % higher on average and employment
effects rarely detectable (McKenzie 2021, Oxford Rev. Econ. Policy 37(2); McKenzie &
Woodruff 2014, WBRO). The model's trained firm gets a productivity factor once; a share of
it is lost every year (practices lapse); its culture moves toward the region's profile, and
that alignment lapses at the same rate.
"""

from typing import TYPE_CHECKING, override

import numpy as np

from sim.barriers.culture import toward_profile
from sim.levers.declaration import Lever
from sim.levers.offer import OneOffLever
from sim.mechanisms.cooperation import forgotten
from sim.params.base import param

if TYPE_CHECKING:
    from sim.world.state import World


class Training(Lever):
    """Management and skills training: a one-off productivity gain that fades; cultures align."""

    name = "training"
    label = {"en": "Training", "id": "Pelatihan"}
    tip = {
        "en": "Management training, once per firm: better practices (a gain that fades) "
        "and working cultures that align.",
        "id": "Pelatihan manajemen, sekali per usaha: praktik usaha membaik (manfaatnya "
        "memudar) dan budaya kerja makin selaras.",
    }
    evidence = "evidence"
    evidence_note = "McKenzie (2021) meta-analysis of RCTs: sales and profits +5-10%"
    cost_basis = "assumed"

    practice_gain: float = param(
        0.10,
        "relative productivity",
        "Productivity gained once by a firm that takes the training (better practices).",
        ge=0.0,
        le=1.0,
        source="fitted to McKenzie (2021), sales and profits +5-10% at about two years "
        "(data/evidence.csv rows training-sales, training-profit; `kemitraan evidence "
        "--fit training.practice_gain`): best 0.10, accepted 0.10-0.12",
    )
    practice_depreciation_per_year: float = param(
        0.3,
        "share per year",
        "Share of the gained practice, and of the culture's alignment, lost each year (what "
        "the training changed lapses).",
        ge=0.0,
        le=1.0,
        source="assumption: trials find practice changes partly lapse within two years "
        "(McKenzie & Woodruff 2014); a third a year",
    )
    take_up: float = param(
        0.65,
        "fraction of offered firms",
        "Share of the offered firms that attend (at intensity 1).",
        ge=0.0,
        le=1.0,
        source="McKenzie & Woodruff (2014): take-up of offered business training is often "
        "50-70% in the RCTs reviewed",
    )
    culture_convergence: float = param(
        0.3,
        "share of the gap",
        "Culture moves this share toward the region's profile, once.",
        ge=0,
        le=1,
        source="seed 004: training and joint activities align working cultures; size assumed",
    )
    cost_per_firm: float = param(
        4e6,
        "rupiah per trained firm",
        "Trainers, materials and the owner's days, once.",
        ge=0.0,
        source="assumption: about US$250 a participant, the order of the programmes the "
        "training RCTs evaluated (McKenzie & Woodruff 2014 discuss their costs)",
    )

    @override
    def in_force(self, world: "World") -> "TrainingInForce":
        return TrainingInForce(self, world)


class TrainingInForce(OneOffLever[Training]):
    """Trains each firm that takes it up once; the gain fades in step 1 of every month."""

    @override
    def take_up(self) -> float:
        return self.spec.take_up

    @override
    def cost_per_firm(self) -> float:
        return self.spec.cost_per_firm

    @override
    def receive(self, m: "World", rows: np.ndarray) -> None:
        t, s = m.actors, self.spec
        aligned = 1.0 - s.culture_convergence
        t.culture[rows] = toward_profile(
            t.culture[rows], m.regions.culture[t.region[rows]], aligned
        )
        t.culture_gap[rows] *= aligned
        gained = 1.0 + s.practice_gain
        t.productivity[rows] *= gained
        t.practices[rows] *= gained

    @override
    def act(self, m: "World") -> None:
        self.lapse(m)
        super().act(m)

    def lapse(self, m: "World") -> None:
        """A month's share of trained practice and culture alignment lapses, lever on or off."""
        t = m.actors
        rate = 1.0 - (1.0 - self.spec.practice_depreciation_per_year) ** (1.0 / 12.0)
        if rate == 0.0:
            return
        trained = np.flatnonzero(t.practices[: t.n] != 1.0)
        if len(trained):
            factor = forgotten(t.practices[trained], rate)
            t.productivity[trained] *= factor
            t.practices[trained] *= factor
        aligned = np.flatnonzero(t.culture_gap[: t.n] != 1.0)
        if len(aligned):
            back = forgotten(t.culture_gap[aligned], rate)  # the gap widens toward 1 again
            profile = m.regions.culture[t.region[aligned]]
            t.culture[aligned] = toward_profile(t.culture[aligned], profile, back)
            t.culture_gap[aligned] *= back
