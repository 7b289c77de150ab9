"""The metrics recorded each month: one declaration each (docs/odd.md §4.11).

A `Metric` names its unit, how to show it (divisor and axis label, in English and
Indonesian), its labels, whether NaN is a legitimate value (a mean over nothing), and, for
metrics that are not part of a built-in group of the accounts, how to compute it from the
month's view (`compute(view)` returns one value per region and the total). Accounts start
every month at NaN, so a metric nobody writes shows up as NaN, never as a silent zero.
"""

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import numpy as np

from sim.core.kinds import END_REASON_LABELS, EndReason, Kind
from sim.levers import LEVER_SPECS

TOTAL = "ALL"  # region label of the totals


@dataclass(frozen=True)
class Display:
    """How a metric is shown: values divided by `divisor`, axes labelled in each language."""

    divisor: float
    axis_en: str
    axis_id: str


RP_PER_YEAR = Display(1e12, "Rp triliun per year", "Rp triliun per tahun")
RP_PER_MONTH = Display(1e9, "Rp miliar per month", "Rp miliar per bulan")
RP_MILIAR = Display(1e9, "Rp miliar", "Rp miliar")
THOUSAND_PERSONS = Display(1e3, "thousand persons", "ribu orang")
PERSONS = Display(1.0, "persons", "orang")
PERCENT = Display(1.0, "percent", "persen")
INDEX_0_1 = Display(1.0, "0..1", "0..1")
MONTHS = Display(1.0, "months", "bulan")
COUNT = Display(1.0, "count", "jumlah")


@dataclass(frozen=True)
class Metric:
    """One recorded metric."""

    name: str
    unit: str
    label_en: str
    label_id: str
    display: Display = COUNT
    may_be_nan: bool = False  # NaN is a value here (a mean over no partnership, say)
    compute: Callable[[Any], np.ndarray] | None = None  # view -> regions + total


def _family(
    name: str, unit: str, en: str, id_: str, items: dict[str, tuple[str, str]], display: Display
) -> tuple[Metric, ...]:
    """One metric per item: `{key}` in the name and unit, `{en}`/`{id}` in the labels."""
    return tuple(
        Metric(
            name.format(key=key),
            unit.format(key=key),
            en.format(en=label_en),
            id_.format(id=label_id),
            display,
        )
        for key, (label_en, label_id) in items.items()
    )


_KINDS = {k.name: (k.spec.label_en, k.spec.label_id) for k in Kind}
_REASONS = {r.name: END_REASON_LABELS[r] for r in EndReason if r != EndReason.none}
_LEVERS = {name: (spec.label["en"], spec.label["id"]) for name, spec in LEVER_SPECS.items()}

REGISTRY: tuple[Metric, ...] = (
    Metric(
        "pdrb",
        "rupiah per year (monthly value added x 12: rest of economy + modelled firms)",
        "PDRB",
        "PDRB",
        RP_PER_YEAR,
    ),
    Metric(
        "pdrb_growth",
        "percent per year (vs 12 months earlier; annualised since month 0 before)",
        "PDRB growth",
        "pertumbuhan PDRB",
        PERCENT,
        may_be_nan=True,  # no growth at month 0
    ),
    Metric(
        "firm_value_added",
        "rupiah per month (modelled firms only)",
        "value added of the IKM",
        "nilai tambah IKM",
        RP_PER_MONTH,
    ),
    Metric(
        "employment",
        "persons employed (rest of economy + modelled firms)",
        "employment",
        "penduduk bekerja",
        THOUSAND_PERSONS,
    ),
    Metric(
        "firm_employment",
        "persons employed by the modelled firms",
        "jobs in the IKM",
        "tenaga kerja IKM",
        PERSONS,
    ),
    Metric("labour_force", "persons", "labour force", "angkatan kerja", THOUSAND_PERSONS),
    Metric(
        "unemployment_rate",
        "percent of the labour force (open unemployment)",
        "open unemployment",
        "tingkat pengangguran terbuka",
        PERCENT,
    ),
    Metric(
        "investment",
        "rupiah per month (firms' investment + capital of entrants)",
        "investment",
        "investasi",
        RP_PER_MONTH,
    ),
    Metric("firms", "real firms in the market", "firms", "jumlah IKM"),
    Metric("firm_entries", "real firms entering this month", "firms entering", "IKM baru"),
    Metric("firm_exits", "real firms exiting this month", "firms exiting", "IKM tutup"),
    Metric(
        "partnerships_active",
        "real partnerships active at the end of the month",
        "active partnerships",
        "kemitraan aktif",
    ),
    *_family(
        "partnerships_active_{key}",
        "real {key} partnerships active",
        "active partnerships: {en}",
        "kemitraan aktif: {id}",
        _KINDS,
        COUNT,
    ),
    Metric(
        "partnerships_waiting",
        "real partnerships waiting for a permit",
        "partnerships waiting for a permit",
        "kemitraan menunggu izin",
    ),
    Metric(
        "partnerships_formed",
        "real partnerships that became active this month",
        "partnerships formed",
        "kemitraan terbentuk",
    ),
    Metric(
        "partnerships_ended",
        "real partnerships that ended this month (any reason)",
        "partnerships ended",
        "kemitraan berakhir",
    ),
    *_family(
        "partnerships_ended_{key}",
        "real partnerships ended this month: {key}",
        "partnerships ended: {en}",
        "kemitraan berakhir: {id}",
        _REASONS,
        COUNT,
    ),
    Metric(
        "mean_trust",
        "mean of both sides' trust over active partnerships, 0..1 (NaN if none)",
        "mean trust",
        "rata-rata kepercayaan",
        INDEX_0_1,
        may_be_nan=True,
    ),
    Metric(
        "mean_culture_distance",
        "mean culture distance of active partners, 0..1 (NaN if none)",
        "mean culture distance",
        "rata-rata jarak budaya",
        INDEX_0_1,
        may_be_nan=True,
    ),
    Metric(
        "mean_permit_delay",
        "mean permit delay drawn this month, months (NaN if none)",
        "mean permit delay",
        "rata-rata lama izin",
        MONTHS,
        may_be_nan=True,
    ),
    Metric(
        "network_density",
        "active partnerships / possible pairs among alive agents, 0..1",
        "network density",
        "kepadatan jaringan",
        INDEX_0_1,
    ),
    Metric(
        "policy_spending",
        "rupiah spent this month by all policy levers",
        "policy spending",
        "belanja kebijakan",
        RP_PER_MONTH,
    ),
    Metric(
        "policy_spending_cumulative",
        "rupiah spent by all policy levers from month 1 to this month",
        "policy spending so far",
        "belanja kebijakan kumulatif",
        RP_MILIAR,
    ),
    *_family(
        "policy_spending_{key}",
        "rupiah spent this month by the {key} lever",
        "policy spending: {en}",
        "belanja kebijakan: {id}",
        _LEVERS,
        RP_PER_MONTH,
    ),
)

METRIC: dict[str, Metric] = {m.name: m for m in REGISTRY}
METRICS: tuple[str, ...] = tuple(METRIC)
METRIC_UNITS: dict[str, str] = {m.name: m.unit for m in REGISTRY}
INDEX = {name: k for k, name in enumerate(METRICS)}
assert len(METRIC) == len(REGISTRY), "every metric name is declared once"
