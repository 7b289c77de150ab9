"""Certification support (SNI, halal, PIRT): each month some uncertified firms get certified."""

from typing import TYPE_CHECKING, override

import numpy as np

from sim.levers.base import LeverInForce
from sim.levers.declaration import Lever
from sim.params.base import param

if TYPE_CHECKING:
    from sim.world.state import World


class Certification(Lever):
    """Certification support (SNI, halal, PIRT): quality and eligibility (strategic, export)."""

    name = "certification"
    label = {"en": "Certification", "id": "Sertifikasi"}
    tip = {
        "en": "Help to get SNI, halal or PIRT certificates: better quality, wider markets.",
        "id": "Bantuan sertifikat SNI, halal atau PIRT: mutu lebih baik, pasar lebih luas.",
    }
    evidence = "assumed"
    evidence_note = (
        "no trial evidence: certified firms grow faster (Javorcik & Sawada, Slovenia; "
        "Ullah & Wei, Enterprise Surveys) but the studies are not randomised"
    )

    certified_per_year: float = param(
        0.2,
        "share of uncertified firms per year",
        "Firms certified.",
        ge=0.0,
        le=1.0,
        source="assumption: a programme certifies a fifth of the remaining firms a year",
    )
    quality_gain: float = param(
        0.2,
        "share of the quality gap",
        "Quality gained on certification.",
        ge=0.0,
        le=1.0,
        source="seed 004: certification raises product quality; size assumed, no trial evidence",
    )
    cost_per_certificate: float = param(
        15e6,
        "rupiah per certificate",
        "Fees, audit, testing and the help to meet the standard.",
        ge=0.0,
        source="Kemenperin's SNI facilitation for IKM: Rp 15-20 juta per IKM (toy makers, Dirjen "
        "IKM, Sindonews 15 Apr 2014), about Rp 8 juta for baby clothes (Bisnis.com 29 Sep 2016); "
        "Kadin: Rp 40-50 juta in all for one certificate without help (Liputan6 20 Mar 2014)",
    )

    @override
    def in_force(self, world: "World") -> "CertificationInForce":
        return CertificationInForce(self, world)


class CertificationInForce(LeverInForce[Certification]):
    """Each month some uncertified firms get certified: better quality, eligibility."""

    @override
    def apply(self, m: "World") -> None:
        t, s = m.actors, self.spec
        rows = self.targeted(m)
        rows = rows[~t.certified[rows]]
        u = m.draws.uniforms("policy", m.month, t.key[rows])
        chance = s.intensity * s.certified_per_year / 12.0
        ready = rows[u < chance][np.argsort(u[u < chance], kind="stable")]
        each = m.real_units(ready) * s.cost_per_certificate
        if s.budget is not None:  # no more certificates than it can pay
            ready = ready[np.cumsum(each) <= s.budget - self.spent]
        chosen = np.sort(ready)
        t.certified[chosen] = True
        t.quality[chosen] += s.quality_gain * (1.0 - t.quality[chosen])
        self.spend(m, t.region[chosen], m.real_units(chosen) * s.cost_per_certificate)
