"""Running a virtual trial: the three comparisons only a model can give from the same seed.

For each seed the world runs twice, without the lever and with it offered to a random share
of the eligible IKM (a keyed draw on each firm's stable key, `targets.share`). At each
horizon (months after the offer):
- **itt**: offered firms against the firms not offered, in the trial run (what an RCT
  measures, intention to treat), as % of the controls' mean. The same firms' paths in the
  run without the lever take out the groups' chance difference before the offer (the
  estimand is the RCT's; its noise is not); `itt_raw` leaves it in, as one trial sees it;
- **spillover**: the firms not offered, against the same firms in the run without the lever
  (displacement through shared demand), as % of that;
- **aggregate**: the region's IKM in the trial run against the run without (% of it), and
  per offered firm: all their jobs (owners included) and their wage jobs (paid workers,
  what Bruhn 2011 counts as wage employment).
Closed firms count with zero sales, profit, workers, capital and partners (as the trials
code them); survival is the share still open; partners are active partnerships per firm
(Cai & Szeidl 2018 count a meeting's partners). Effects are means over seeds with a 90 % t interval.

Two returns on a grant are reported, because they answer different questions:
- `return_to_capital_monthly`: the ITT effect on profit over the ITT effect on capital, per
  offered firm (%, a month): de Mel, McKenzie & Woodruff's (2008) estimate, the grant used
  as an instrument for the capital stock (a Wald ratio);
- `profit_per_rupiah_spent_monthly`: the offered firms' extra profit over the programme's
  spending to date (%, a month): what the money returns, after the control firms' own
  investment has caught up with the grant.
"""

from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pandas as pd
from scipy import stats

from sim.mechanisms.displacement import incidence
from sim.model import PartnershipModel
from sim.trials.assignment import TrialDesign, describe, trial_scenario

OUTCOMES = ("sales", "profit", "workers", "capital", "survival", "partners")
Z90 = 0.90  # the interval's coverage


@dataclass
class Trial:
    """A trial's effects (one row per horizon x comparison x outcome) and its design."""

    design: TrialDesign
    effects: pd.DataFrame
    per_seed: pd.DataFrame
    provenance: dict[str, Any] = field(default_factory=dict)

    def effect(self, comparison: str, outcome: str, horizon: int) -> pd.Series:
        """One row of `effects`."""
        e = self.effects
        row = e[(e.comparison == comparison) & (e.outcome == outcome) & (e.horizon == horizon)]
        if row.empty:
            raise KeyError(f"no {comparison} effect on {outcome} at month {horizon}")
        return row.iloc[0]


def run_trial(design: TrialDesign) -> Trial:
    """Run the trial's seeds (serially) and summarise them."""
    without, offered = trial_scenario(design)
    seeds = np.random.SeedSequence(design.base_seed).spawn(design.seeds)
    rows = [
        row for k, seed in enumerate(seeds) for row in _one_seed(design, without, offered, seed, k)
    ]
    per_seed = pd.DataFrame(rows)
    return Trial(design, summarise(per_seed), per_seed, {"design": describe(design)})


def _one_seed(
    design: TrialDesign, without: Any, offered: Any, seed: Any, k: int
) -> list[dict[str, Any]]:
    base = PartnershipModel.from_scenario(without, rng=seed)
    treated = PartnershipModel.from_scenario(offered, rng=seed)
    lever = treated.policies[0]
    groups = _groups(treated, lever)
    rows, month = [], 0
    for horizon in design.horizons:
        base.run(horizon - month)
        treated.run(horizon - month)
        month = horizon
        spent = float(treated.series(f"policy_spending_{design.lever}").sum())
        rows += _comparisons(base, treated, groups, horizon, k, spent)
    return rows


def _groups(model: PartnershipModel, lever: Any) -> dict[str, np.ndarray]:
    """The eligible IKM at month 0, split into offered and not offered (rows)."""
    w = model.world
    eligible = np.intersect1d(lever.eligible(w), w.alive_ikm())
    offer = lever.offered(w, w.actors.key[eligible])
    return {"offered": eligible[offer], "control": eligible[~offer]}


def _firm_outcomes(model: PartnershipModel, rows: np.ndarray) -> dict[str, np.ndarray]:
    t = model.world.actors
    alive = t.alive[rows]
    partners = model.world.ledger.partner_counts(t.n, real=True, active=True)
    return {
        "sales": np.where(alive, t.value_added[rows], 0.0),
        "profit": np.where(alive, t.profit[rows], 0.0),
        "workers": np.where(alive, t.workers[rows], 0.0),
        "capital": np.where(alive, t.capital[rows], 0.0),
        "survival": alive.astype(float),
        "partners": np.where(alive, partners[rows] / t.weight[rows], 0.0),  # per real firm
    }


def _ikm_jobs(model: PartnershipModel) -> float:
    t, rows = model.world.actors, model.world.alive_ikm()
    return float((t.workers[rows] * t.weight[rows]).sum())


def _ikm_wage_jobs(model: PartnershipModel) -> float:
    """The region's IKM workers paid a wage: each IKM's workers beyond its unpaid owner."""
    w = model.world
    t, rows = w.actors, w.alive_ikm()
    paid = np.maximum(t.workers[rows] - w.params.firms.unpaid_workers, 0.0)
    return float((paid * t.weight[rows]).sum())


def _ikm_price_level(model: PartnershipModel) -> float:
    """The IKM's market price level: each IKM's market's price factor, weighted by its sales.

    The factor is the part of its market's crowding that falls on the price
    (`economy.displacement_on_price`); 1 where the market is on its path.
    """
    w = model.world
    t, rows = w.actors, w.alive_ikm()
    sectors = len(w.params.world.sectors)
    market = t.region[rows] * sectors + np.maximum(t.sector[rows], 0)
    on_price, _ = incidence(w.market_crowding()[market], w.params.economy.displacement_on_price)
    sales = np.maximum(t.value_added[rows] * t.weight[rows], 0.0)
    return float((on_price * sales).sum() / sales.sum()) if sales.sum() > 0 else 1.0


def _ikm_firms(model: PartnershipModel) -> float:
    t, rows = model.world.actors, model.world.alive_ikm()
    return float(t.weight[rows].sum())


def _comparisons(
    base: PartnershipModel,
    treated: PartnershipModel,
    groups: dict[str, np.ndarray],
    horizon: int,
    seed: int,
    spent: float,
) -> list[dict[str, Any]]:
    offered = _firm_outcomes(treated, groups["offered"])
    control = _firm_outcomes(treated, groups["control"])
    control_without = _firm_outcomes(base, groups["control"])
    offered_without = _firm_outcomes(base, groups["offered"])
    rows = []
    for outcome in OUTCOMES:
        gain = itt_gain(offered, offered_without, control, control_without, outcome)
        on_control = control[outcome].mean() - control_without[outcome].mean()
        control_mean = control[outcome].mean()
        rows += [
            _row(seed, horizon, "itt", outcome, gain, control_mean),
            _row(
                seed,
                horizon,
                "itt_raw",
                outcome,
                offered[outcome].mean() - control_mean,
                control_mean,
            ),
            _row(seed, horizon, "spillover", outcome, on_control, control_without[outcome].mean()),
        ]
    jobs, jobs_without = _ikm_jobs(treated), _ikm_jobs(base)
    wage_jobs, wage_jobs_without = _ikm_wage_jobs(treated), _ikm_wage_jobs(base)
    firms, firms_without = _ikm_firms(treated), _ikm_firms(base)
    prices, prices_without = _ikm_price_level(treated), _ikm_price_level(base)
    real_offered = float(treated.world.actors.weight[groups["offered"]].sum())
    incumbents = np.concatenate([groups["offered"], groups["control"]])
    profit = _firm_outcomes(treated, incumbents)["profit"].mean()
    profit_without = _firm_outcomes(base, incumbents)["profit"].mean()
    rows += [
        _row(seed, horizon, "aggregate", "jobs", jobs - jobs_without, jobs_without),
        _row(
            seed,
            horizon,
            "aggregate",
            "wage_jobs",
            wage_jobs - wage_jobs_without,
            wage_jobs_without,
        ),
        _row(seed, horizon, "aggregate", "firms", firms - firms_without, firms_without),
        _row(seed, horizon, "aggregate", "prices", prices - prices_without, prices_without),
        _row(
            seed, horizon, "spillover", "incumbent_income", profit - profit_without, profit_without
        ),
        _value(
            seed,
            horizon,
            "jobs_per_offered_firm",
            (jobs - jobs_without) / max(real_offered, 1.0),
            "jobs",
        ),
        _value(
            seed,
            horizon,
            "cost_per_job",
            spent / (jobs - jobs_without) if jobs > jobs_without else np.nan,
            "rupiah per job",
        ),
        _value(seed, horizon, "spending", spent, "rupiah since the offer"),
    ]
    profit_gain = itt_gain(offered, offered_without, control, control_without, "profit")
    capital_gain = itt_gain(offered, offered_without, control, control_without, "capital")
    per_rupiah = 100.0 * profit_gain * real_offered / spent if spent > 0 else np.nan
    for outcome, value, unit in (
        (
            "return_to_capital_monthly",
            wald_return(profit_gain, capital_gain),
            "% of the extra capital a month",
        ),
        ("profit_per_rupiah_spent_monthly", per_rupiah, "% of spending a month"),
    ):
        rows.append({**_value(seed, horizon, outcome, value, unit), "comparison": "itt"})
    return rows


def itt_gain(
    offered: dict[str, np.ndarray],
    offered_without: dict[str, np.ndarray],
    control: dict[str, np.ndarray],
    control_without: dict[str, np.ndarray],
    outcome: str,
) -> float:
    """The ITT effect on an outcome per offered firm (rupiah, workers, share).

    The offered firms' change from their run without the lever, less the control firms'
    change from theirs (which takes out the groups' chance difference before the offer).
    """
    on_offered = offered[outcome].mean() - offered_without[outcome].mean()
    return float(on_offered - (control[outcome].mean() - control_without[outcome].mean()))


def wald_return(profit_gain: float, capital_gain: float) -> float:
    """Return to capital a month (%), the offer instrumenting capital: d profit / d capital.

    Undefined (NaN) where the offer did not raise capital: nothing to divide by.
    """
    return 100.0 * profit_gain / capital_gain if capital_gain > 0 else np.nan


def _value(seed: int, horizon: int, outcome: str, value: float, unit: str) -> dict[str, Any]:
    """An aggregate figure that is not a percentage of a comparison."""
    return {
        "seed": seed,
        "horizon": horizon,
        "comparison": "aggregate",
        "outcome": outcome,
        "effect": value,
        "unit": unit,
    }


def _row(
    seed: int, horizon: int, comparison: str, outcome: str, gain: float, of: float
) -> dict[str, Any]:
    """An effect: `gain` as % of `of` (the comparison's mean)."""
    return {
        "seed": seed,
        "horizon": horizon,
        "comparison": comparison,
        "outcome": outcome,
        "effect": 100.0 * gain / of if of != 0 else np.nan,
        "unit": "% of the comparison's mean",
    }


def summarise(per_seed: pd.DataFrame) -> pd.DataFrame:
    """Mean over seeds of each effect, with a 90 % t interval and the seeds counted."""
    out = []
    keys = ["horizon", "comparison", "outcome", "unit"]
    for key, group in per_seed.groupby(keys, sort=True):
        values = group["effect"].dropna().to_numpy()
        mean = float(values.mean()) if len(values) else np.nan
        half = _half_width(values)
        row = dict(zip(keys, key, strict=True))
        row.update(effect=mean, low=mean - half, high=mean + half, seeds=len(values))
        out.append(row)
    return pd.DataFrame(out)


def _half_width(values: np.ndarray) -> float:
    if len(values) < 2:
        return np.nan
    sem = values.std(ddof=1) / np.sqrt(len(values))
    return float(stats.t.ppf(0.5 + Z90 / 2, len(values) - 1) * sem)
