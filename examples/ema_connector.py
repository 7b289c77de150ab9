"""Kemitraan under the EMA Workbench (exploratory modelling): a connector and a small run.

    .venv/bin/python examples/ema_connector.py     # 8 scenarios x 2 policies x 3 seeds

The model is a plain Python function of scenario paths (`sim.outcomes`): EMA's uncertainties
and levers name a path each through `variable_name`, its replications are seeds. Needs the
`ema` extra (`pip install -e ".[ema]"`, installed by `./dev setup`).
"""

from pathlib import Path
from typing import Any

import sim

SCENARIO = Path(__file__).resolve().parents[1] / "scenarios" / "grant.yaml"
OUTCOMES = (
    "employment",
    "unemployment_rate",
    "pdrb",
    "partnerships_active",
    "policy_spending_cumulative",
)


def kemitraan(
    scenario: str = str(SCENARIO),
    months: int = 60,
    seed: int = 1,
    overrides: dict[str, Any] | None = None,
    **paths: Any,
) -> dict[str, float]:
    """One run; `paths` and `overrides` map scenario paths to values.

    EMA passes its parameters as `paths` (by their `variable_name`); `overrides` is a constant.
    """
    final = sim.outcomes(scenario, {**(overrides or {}), **paths}, seed=seed, months=months)
    return {name: final[name] for name in OUTCOMES}


def ema_model(
    scenario: Path = SCENARIO,
    months: int = 60,
    replications: int = 3,
    overrides: dict[str, Any] | None = None,
) -> Any:
    """An EMA ReplicatorModel: barrier uncertainties, the grant as lever, seeds as replicas."""
    from ema_workbench import ArrayOutcome, Constant, RealParameter, ReplicatorModel

    model = ReplicatorModel("kemitraan", function=kemitraan)
    model.uncertainties = [
        RealParameter("trust_threshold", 0.2, 0.4, variable_name="barriers.trust_threshold"),
        RealParameter("culture_weight", 0.3, 0.9, variable_name="barriers.culture_weight"),
        RealParameter("permit_delay", 2.0, 8.0, variable_name="regions.0.permit_delay_mean"),
    ]
    model.levers = [
        RealParameter("grant_intensity", 0.0, 1.0, variable_name="policies.grant.intensity"),
    ]
    model.constants = [
        Constant("scenario", str(scenario)),
        Constant("months", months),
        Constant("overrides", overrides or {}),  # fixed scenario paths, e.g. firms.scale
    ]
    model.outcomes = [ArrayOutcome(name) for name in OUTCOMES]  # one value per seed
    model.replications = [{"seed": k} for k in range(1, replications + 1)]
    return model


if __name__ == "__main__":
    from ema_workbench import perform_experiments

    experiments, outcomes = perform_experiments(ema_model(), scenarios=8, policies=2)
    print(experiments[["trust_threshold", "culture_weight", "permit_delay", "grant_intensity"]])
    print({name: values.mean(axis=1).round(1) for name, values in outcomes.items()})
