"""Business forums (temu bisnis): participants search more often and meet others farther away."""

from typing import TYPE_CHECKING, override

from sim.levers.base import LeverInForce
from sim.levers.declaration import Lever, Targets
from sim.params.base import param

if TYPE_CHECKING:
    from sim.world.state import World


class BusinessForum(Lever):
    """Meetings and matchmaking (temu bisnis): more searching and a wider reach."""

    name = "business_forum"
    label = {"en": "Business forum", "id": "Forum bisnis"}
    tip = {
        "en": "Meetings that make firms and agencies search for partners more often and "
        "farther away.",
        "id": "Pertemuan yang membuat IKM dan instansi lebih sering dan lebih jauh mencari mitra.",
    }
    evidence = "assumed"
    evidence_note = (
        "sizes not fitted: one RCT of monthly meetings found revenue +8.1% after a year "
        "(Cai & Szeidl 2018, China, firms of 36 workers; no interval found); Brazil's "
        "cluster policy (APL) raised participants' employment growth while "
        "non-participants' fell in year 1 (Figal Garone et al. 2015)"
    )
    cost_basis = "lower bound"

    extra_search: float = param(
        1.0,
        "relative",
        "Extra chance to search for partners (1 = twice as often).",
        ge=0.0,
        source="seeds 000, 002: forums (temu bisnis) bring partners together; size assumed",
    )
    extra_reach: float = param(
        0.3,
        "probability",
        "Extra chance to meet a candidate in another region.",
        ge=0.0,
        le=1.0,
        source="seed 001: forums across kabupaten widen who meets; size assumed",
    )
    extra_coordination: float = param(
        0.05,
        "probability",
        "Better coordination of participants' partnerships (they meet and talk more).",
        ge=0.0,
        le=1.0,
        source="seeds 000, 002: forums improve communication between partners; size assumed",
    )
    cost_per_participant: float = param(
        70e3,
        "rupiah per participant per month",
        "The meals of one meeting a month.",
        ge=0.0,
        source="the government's standard cost of a meeting's meals for ordinary participants "
        "(PMK 49/2023, SBM 2024: Rp 57-77 ribu in most provinces, Jawa Barat 71, Papua Selatan "
        "139)",
    )
    moderator_fee: float = param(
        700e3,
        "rupiah per meeting",
        "The honorarium of the moderator who runs a meeting.",
        ge=0.0,
        source="PMK 49/2023, SBM 2024: honorarium moderator Rp 700 ribu a person a meeting; "
        "venue, travel and the agency's own staff not counted: with the meals, a lower bound",
    )
    participants_per_meeting: int = param(
        10,
        "participants per meeting",
        "How many participants one meeting (one moderator) serves.",
        ge=1,
        source="Cai & Szeidl (2018, QJE): groups of about ten managers met monthly",
    )
    targets: Targets = Targets(actors=("firm", "agency"))

    @override
    def in_force(self, world: "World") -> "BusinessForumInForce":
        return BusinessForumInForce(self, world)


class BusinessForumInForce(LeverInForce[BusinessForum]):
    """Participants search more often, meet candidates farther away, coordinate better."""

    @override
    def apply(self, m: "World") -> None:
        s = self.spec
        rows = self.targeted(m)
        each = s.cost_per_participant + s.moderator_fee / s.participants_per_meeting
        cost = m.real_units(rows) * each * s.intensity
        f = self.affordable(float(cost.sum()))
        m.effects.search_boost[rows] += f * s.intensity * s.extra_search
        m.effects.reach_boost[rows] += f * s.intensity * s.extra_reach
        m.effects.coordination_boost[rows] += f * s.intensity * s.extra_coordination
        self.spend(m, m.actors.region[rows], f * cost)
