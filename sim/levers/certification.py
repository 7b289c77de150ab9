"""Certification support (SNI, halal, PIRT): each month some uncertified firms get certified.

A certificate is valid for a few years; while the programme runs it pays the renewal, after
it ends (or its budget is spent) the certificates it paid for lapse when they expire, and the
quality they brought, no longer audited, lapses too. Firms certified before it (the world's
`firms.certified_share`) renew their own, unmodelled.
"""

from typing import TYPE_CHECKING, override

import numpy as np

from sim.levers.base import LeverInForce, grown_to
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
        "Ullah & Wei, Enterprise Surveys) and ISO 9001 raised value added per worker 12% in "
        "Colombia (Gallego & Gutiérrez 2017), but no study is randomised"
    )
    cost_basis = "sourced"

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
    validity_months: int = param(
        48,
        "months",
        "How long a certificate is valid; then it is renewed or it lapses.",
        ge=1,
        source="SPPT-SNI certificates are valid four years (Permenperin 85/M-IND/PER/12/2016 "
        "Pasal 14, ceramic tiles; Permenperin 2/2021 Pasal 14, copper bus bars)",
    )
    quality_lapse_per_year: float = param(
        0.3,
        "share per year",
        "Share of the quality a lapsed certificate brought that is lost each year.",
        ge=0.0,
        le=1.0,
        source="assumption: without audits the standard's practices lapse as trained practices "
        "do (training.practice_depreciation_per_year: a third a year)",
    )
    cost_per_renewal: float = param(
        8e6,
        "rupiah per certificate",
        "A renewal: the audit and product tests again, without the help to meet the standard.",
        ge=0.0,
        source="the cheapest facilitated certificate in the sources, about Rp 8 juta (baby "
        "clothes, Bisnis.com 29 Sep 2016); a renewal's own price not found",
    )

    @override
    def in_force(self, world: "World") -> "CertificationInForce":
        return CertificationInForce(self, world)


class CertificationInForce(LeverInForce[Certification]):
    """Each month some uncertified firms get certified: better quality, eligibility."""

    def __init__(self, spec: Certification, world: "World") -> None:
        super().__init__(spec, world)
        self.expires = np.zeros(0, dtype=np.int64)  # by actor row: its certificate's end (0: none)
        self.gained = np.zeros(0)  # by actor row: the quality its certificate brought

    @override
    def act(self, m: "World") -> None:
        self.expires = grown_to(self.expires, m.actors.n)
        self.gained = grown_to(self.gained, m.actors.n)
        self.quality_lapses(m)
        self.renew_or_lapse(m)
        super().act(m)

    def quality_lapses(self, m: "World") -> None:
        """A month's share of the quality that lapsed certificates brought is lost."""
        t = m.actors
        held = (self.expires[: t.n] > 0) | ~t.alive[: t.n]
        lapsed = np.flatnonzero((self.gained[: t.n] > 0) & ~held)
        if not len(lapsed):
            return
        rate = 1.0 - (1.0 - self.spec.quality_lapse_per_year) ** (1.0 / 12.0)
        lost = rate * self.gained[lapsed]
        t.quality[lapsed] = np.maximum(t.quality[lapsed] - lost, 0.0)
        self.gained[lapsed] -= lost

    def renew_or_lapse(self, m: "World") -> None:
        """Certificates it paid for that expire: renewed while it runs, else they lapse."""
        t, s = m.actors, self.spec
        ends = self.expires[: t.n]
        due = np.flatnonzero((ends > 0) & (ends <= m.month) & t.alive[: t.n])
        if not len(due):
            return
        renewed = due[:0]
        if self.running(m.month):
            renewed = self.within_budget(due, m.real_units(due) * s.cost_per_renewal)
            self.expires[renewed] += s.validity_months
            self.spend(m, t.region[renewed], m.real_units(renewed) * s.cost_per_renewal)
        lapsed = np.setdiff1d(due, renewed)
        t.certified[lapsed] = False  # the eligibility goes; its quality lapses from now on
        self.expires[lapsed] = 0

    @override
    def apply(self, m: "World") -> None:
        t, s = m.actors, self.spec
        rows = self.targeted(m)
        rows = rows[~t.certified[rows]]
        u = m.draws.uniforms("policy", m.month, t.key[rows])
        chance = s.intensity * s.certified_per_year / 12.0
        ready = rows[u < chance][np.argsort(u[u < chance], kind="stable")]
        each = m.real_units(ready) * s.cost_per_certificate
        chosen = np.sort(self.within_budget(ready, each))  # no more than it can pay for
        t.certified[chosen] = True
        self.expires[chosen] = m.month + s.validity_months
        gain = s.quality_gain * (1.0 - t.quality[chosen])
        t.quality[chosen] += gain
        self.gained[chosen] += gain
        self.spend(m, t.region[chosen], m.real_units(chosen) * s.cost_per_certificate)
