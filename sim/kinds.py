"""Names the model uses for kinds of things, with their integer codes in the arrays."""

from enum import IntEnum


class Kind(IntEnum):
    """Partnership kinds, from the source articles (kemitraan horizontal, vertikal, ...)."""

    horizontal = 0  # firms of the same sector: shared equipment, joint orders
    vertical = 1  # firms at adjacent value-chain stages
    strategic = 2  # an IKM with a large firm, a university or a research institute
    cluster = 3  # firms of one sector concentrated in one place (sentra)
    agency = 4  # an agency with a firm or with another agency
    interregional = 5  # parties of two regions


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
