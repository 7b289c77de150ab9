"""Permit reform (OSS, NIB, PTSP): shorter permit waits and, for a while, more firms start.

Registration reforms raise entry, mostly soon after they start: Mexico's SARE raised new
registrations about 4 % in its first ten months (Kaplan, Piedra & Seira 2007) and the number
of registered businesses 5 % (Bruhn 2011, REStat), with wage employment +2.2 % and
incumbents' income -3 %. The lever multiplies the region's expected entrants by
1 + `entry_gain` x strength x exp(-months since start / `entry_gain_months`) and cuts the
mean permit delay of partnerships by the strength.
"""

import math
from typing import TYPE_CHECKING, override

import numpy as np

from sim.levers.base import PerRegionLever
from sim.levers.declaration import Lever
from sim.params.base import param

if TYPE_CHECKING:
    from sim.world.state import World


class PermitReform(Lever):
    """Cuts the mean permit delay by `intensity`; entry rises for a while (registration)."""

    name = "permit_reform"
    label = {"en": "Permit reform", "id": "Reformasi perizinan"}
    tip = {
        "en": "Online one-stop permits (OSS, NIB): shorter waits for partnership permits, "
        "and for a while more new firms register.",
        "id": "Perizinan satu pintu daring (OSS, NIB): izin kemitraan lebih cepat, dan "
        "untuk sementara lebih banyak usaha baru terdaftar.",
    }
    evidence = "evidence"
    evidence_note = "Bruhn (2011): registered businesses +5%, wage employment +2.2% (Mexico SARE)"
    cost_basis = "assumed"

    entry_gain: float = param(
        0.65,
        "relative entry",
        "Extra entrants at the reform's start (0.6 = 60% more), at intensity 1.",
        ge=0.0,
        le=10.0,
        source="fitted to Bruhn (2011) and Kaplan et al. (2007): firms +4-5% two years on "
        "(data/evidence.csv row permit-firms; `kemitraan evidence --fit "
        "permit_reform.entry_gain`): best 0.65, accepted 0.60-0.65",
    )
    entry_gain_months: float = param(
        10.0,
        "months",
        "How fast the extra entry fades (e-folding time).",
        gt=0.0,
        le=1200.0,
        source="Kaplan, Piedra & Seira (2007): the rise in registrations came mostly in the "
        "first 10 months",
    )
    cost_per_month: float = param(
        200e6,
        "rupiah per month per region",
        "Running the reformed service.",
        ge=0.0,
        source="assumption: staff and systems of a one-stop service (PTSP); for scale, the "
        "central transfer for investment facilitation (DAK nonfisik 2021: Rp 203.8 miliar to 34 "
        "provinces and 508 kabupaten/kota, alinea.id 4 Nov 2020) is about Rp 31 juta a month each",
    )

    @override
    def in_force(self, world: "World") -> "PermitReformInForce":
        return PermitReformInForce(self, world)


class PermitReformInForce(PerRegionLever[PermitReform]):
    """Shorter permit delays; more entrants, fading from the reform's start."""

    @override
    def monthly_cost(self) -> float:
        return float(self.spec.cost_per_month)

    @override
    def change(self, m: "World", regions: np.ndarray, strength: float) -> None:
        s = self.spec
        m.effects.permit_delay_factor[regions] *= 1.0 - strength
        fade = math.exp(-(m.month - s.start) / s.entry_gain_months)
        m.effects.entry_factor[regions] *= 1.0 + s.entry_gain * strength * fade
