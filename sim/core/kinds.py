"""Names the model uses for kinds of things, with their integer codes in the arrays."""

from dataclasses import dataclass
from enum import IntEnum


@dataclass(frozen=True)
class KindSpec:
    """What the model knows of a partnership kind: its defaults and its names.

    The defaults become the scenario schema's per-kind parameters (`barriers.partnership_cost`,
    `barriers.initial_trust`, `search.benefit_rate`, `barriers.permit_kinds`); the labels are
    shown in the app and the reports.
    """

    doc: str  # what it is, from the sources
    cost: float  # rupiah per side per month: time, transport, communication (assumption)
    initial_trust: float  # trust 0..1 at the start of a first partnership (assumption)
    benefit_rate: float  # share of the smaller partner's value added per good month (assumption)
    needs_permit: bool  # waits for a permit or formal agreement (docs/odd.md §7.9)
    label_en: str
    label_id: str


class Kind(IntEnum):
    """Partnership kinds, from the source articles (kemitraan horizontal, vertikal, ...).

    This is the one declaration of a kind: its code, and its `KindSpec`.
    """

    spec: KindSpec

    def __new__(cls, code: int, spec: KindSpec) -> "Kind":
        """A member: its integer code, with its spec attached."""
        member = int.__new__(cls, code)
        member._value_ = code
        member.spec = spec
        return member

    horizontal = 0, KindSpec(
        "firms of the same sector: shared equipment, joint orders",
        1e5, 0.5, 0.04, False, "horizontal", "horizontal",
    )  # fmt: skip
    vertical = 1, KindSpec(
        "firms at adjacent value-chain stages (supplier, processor, distributor)",
        1.5e5, 0.5, 0.06, False, "vertical", "vertikal",
    )  # fmt: skip
    strategic = 2, KindSpec(
        "an IKM with a large firm, a university or a research institute",
        3e5, 0.4, 0.08, True, "strategic", "strategis",
    )  # fmt: skip
    cluster = 3, KindSpec(
        "firms of one sector concentrated in one place (sentra)",
        7.5e4, 0.6, 0.05, False, "cluster", "klaster (sentra)",
    )  # fmt: skip
    agency = 4, KindSpec(
        "an agency with a firm or with another agency",
        1e5, 0.45, 0.05, True, "with an agency", "dengan instansi",
    )  # fmt: skip
    interregional = 5, KindSpec(
        "parties of two regions under a cooperation agreement",
        4e5, 0.35, 0.06, True, "inter-regional", "antardaerah",
    )  # fmt: skip


KIND_NAMES: tuple[str, ...] = tuple(Kind.__members__)


NO_KIND = -1  # a pair that has no natural partnership (e.g. unrelated sectors)


class State(IntEnum):
    """Life of a partnership."""

    proposed = 0  # accepted by both sides, waiting for a permit or formal agreement
    active = 1
    ended = 2


class EndReason(IntEnum):
    """Why a partnership ended."""

    none = 0  # not ended
    low_trust = 1
    budget = 2
    unprofitable = 3
    term_end = 4
    partner_exit = 5
    permit_abandoned = 6


END_REASON_LABELS: dict[EndReason, tuple[str, str]] = {  # (English, Indonesian)
    EndReason.none: ("not ended", "belum berakhir"),
    EndReason.low_trust: ("low trust", "kepercayaan rendah"),
    EndReason.budget: ("budget", "anggaran tidak cukup"),
    EndReason.unprofitable: ("unprofitable", "tidak menguntungkan"),
    EndReason.term_end: ("term ended", "masa kerja sama selesai"),
    EndReason.partner_exit: ("partner exited", "mitra keluar"),
    EndReason.permit_abandoned: ("permit abandoned", "izin tidak dilanjutkan"),
}


def end_reason_label(reason: EndReason, lang: str) -> str:
    """Why a partnership ended, in English ("en") or Indonesian ("id")."""
    english, indonesian = END_REASON_LABELS[reason]
    return indonesian if lang == "id" else english


class ActorKind(IntEnum):
    """Rows of the actor table are firms or agencies."""

    firm = 0
    agency = 1


class AgencyType(IntEnum):
    """Kinds of instansi."""

    dinas = 0  # government office
    association = 1  # business association (e.g. Kadin, asosiasi)
    ngo = 2
    university = 3  # university or research institute
    bank = 4


class Stage(IntEnum):
    """Value-chain stage of a firm."""

    supplier = 0
    processor = 1
    distributor = 2


class SizeClass(IntEnum):
    """Firm size by workers (BPS: micro 1-4, small 5-19, medium 20-99, large 100+)."""

    micro = 0
    small = 1
    medium = 2
    large = 3


SIZE_CLASS_MIN_WORKERS = (1, 5, 20, 100)  # BPS industry size classes by persons engaged
