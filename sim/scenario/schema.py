"""The scenario file format: sections, each field with unit, range, default and source.

Levers (`policies`), uncertainties (ranges for sweeps) and outcomes (`outputs`) are kept in
separate sections. `extends` names a parent scenario whose values this file overrides.
"""

from typing import Literal, Self

import pandas as pd
from pydantic import Field, model_validator

from sim.levers import Policies
from sim.metrics import METRICS, TOTAL
from sim.params import ModelParams
from sim.params.actors import AgencyParams, FirmParams
from sim.params.base import Frozen, ShownProse, ShownText, param
from sim.params.behaviour import BarrierParams, EconomyParams, SearchParams
from sim.params.labour import LabourParams
from sim.params.model_params import SCENARIO_GROUPS
from sim.params.world import RegionParams, RegionSpec, WorldParams, firm_agents


class Description(Frozen):
    """What the scenario represents, in plain words, in English and Indonesian."""

    en: ShownProse = Field(min_length=1, description="English.")
    id: ShownProse = Field(min_length=1, description="Bahasa Indonesia.")


class Meta(Frozen):
    """Name, description and sources of the scenario."""

    name: str = Field(
        min_length=1,
        max_length=100,
        pattern=r"^[A-Za-z0-9][A-Za-z0-9_.-]*$",
        description="Short name (letters, digits, _ . -); results go to results/<name>/.",
    )
    title: Description | None = Field(
        None, description="A few words for pickers and headings (the app's scenario list)."
    )
    description: Description
    sources: tuple[str, ...] = Field((), description="Where the figures come from.")
    data_rows: tuple[str, ...] = Field(
        (),
        description="Ids of the rows of data/bps_figures.csv this scenario's values come from "
        "(they are in-sample for `kemitraan hindcast`).",
    )
    data_regions: dict[str, str] = Field(
        {},
        description="Scenario region name -> its name in data/bps_figures.csv, where they "
        "differ (e.g. OKU: Ogan Komering Ulu).",
    )


class Horizon(Frozen):
    """How long the scenario runs."""

    start: str | None = Field(
        None,
        pattern=r"^[0-9]{4}-(0[1-9]|1[0-2])$",
        description="Calendar month of month 0, year-month (e.g. 2022-08: BPS Sakernas is "
        "August); trajectories then carry dates.",
    )
    months: int = WorldParams.model_fields["months"]  # type: ignore[assignment]
    spin_up_months: int = WorldParams.model_fields["spin_up_months"]  # type: ignore[assignment]


class FirmSection(FirmParams):
    """Firms: how many real firms one agent stands for, the sectors, and their make-up."""

    scale: float = WorldParams.model_fields["scale"]  # type: ignore[assignment]
    sectors: tuple[ShownText, ...] = WorldParams.model_fields["sectors"]  # type: ignore[assignment]


class Uncertainty(Frozen):
    """A range (or list of values) a sweep may vary one parameter over."""

    low: float | None = Field(None, description="Lower end of the range.")
    high: float | None = Field(None, description="Upper end of the range.")
    values: tuple[float, ...] | None = Field(None, min_length=1, description="Values to try.")

    @model_validator(mode="after")
    def _range_or_values(self) -> Self:
        has_range = self.low is not None and self.high is not None
        if has_range == (self.values is not None):
            raise ValueError("give either low and high, or values")
        if has_range and self.low >= self.high:  # type: ignore[operator]
            raise ValueError(f"low {self.low} is not below high {self.high}")
        return self


class CalibrationFit(Frozen):
    """How well the calibrated values fit their target rows (written by `kemitraan calibrate`)."""

    distance: float = Field(ge=0.0, description="Mean squared misfit in tolerances (1 = one).")
    runs: int = Field(ge=1, description="Runs the calibration made (points x seeds).")
    date: str = Field(min_length=1, description="When it was made (YYYY-MM-DD).")
    accepted: dict[str, tuple[float, float]] | None = Field(
        None,
        description="Range of each parameter over the closest `accept` share of the points "
        "(ABC rejection): each run draws its calibrated values uniformly from it, so bands "
        "carry what the data leave open.",
    )


class Calibration(Frozen):
    """Free parameters fitted to data rows by simulated method of moments (SMM).

    A Latin hypercube over `parameters` (`samples` points x `seeds` runs, the sweep
    machinery) is scored on the `targets`: distance = mean over targets of
    ((mean over seeds of the model - figure) / (tolerance x |figure|))^2. `result` holds the
    best point; it is applied when the file is loaded, except where the file or `--set` gives
    the same parameter a value.
    """

    method: Literal["smm"] = Field("smm", description="Simulated method of moments.")
    targets: tuple[str, ...] = Field(
        min_length=1,
        description="Ids of data/bps_figures.csv rows to fit (in-sample for the hindcast).",
    )
    parameters: dict[str, Uncertainty] = Field(
        min_length=1, description="Parameter path -> the range searched (low, high)."
    )
    samples: int = param(
        32, "points", "Latin hypercube points.", ge=2, le=100_000, source="setting"
    )
    seeds: int = param(
        4, "runs per point", "Replicates per point.", ge=1, le=1000, source="setting"
    )
    tolerance: dict[str, float] = Field(
        {
            "open_unemployment_rate": 0.05,
            "labour_force": 0.01,
            "pdrb_growth": 0.2,
            "pdrb_current_prices": 0.02,
            "pdrb_constant_prices": 0.02,
        },
        description="Per indicator, the misfit (fraction of the figure) that counts as one unit "
        "of distance. Assumption: of the order of the sampling error of a Sakernas rate "
        "(about 5%) and of a labour-force total (about 1%), and of the revisions of PDRB.",
    )
    accept: float = param(
        0.2,
        "fraction of the points",
        "Closest points kept to show how well the data pin each parameter (ABC rejection).",
        gt=0.0,
        le=1.0,
        source="setting",
    )
    result: dict[str, float] = Field(
        {}, description="Calibrated values, by parameter path (written by kemitraan calibrate)."
    )
    fit: CalibrationFit | None = Field(None, description="The fit of `result`.")

    @model_validator(mode="after")
    def _result_names_parameters(self) -> Self:
        unknown = sorted(set(self.result) - set(self.parameters))
        if unknown:
            raise ValueError(
                f"result names {unknown}, not among parameters {sorted(self.parameters)}"
            )
        accepted = self.fit.accepted if self.fit is not None and self.fit.accepted else {}
        stray = sorted(set(accepted) - set(self.result))
        if stray:
            raise ValueError(
                f"fit.accepted names {stray}, not among the result {sorted(self.result)}"
            )
        reversed_ = {k: v for k, v in accepted.items() if not v[0] <= v[1]}
        if reversed_:
            raise ValueError(f"fit.accepted {reversed_}: allowed: ranges [low, high], low <= high")
        if len(self.parameters) > len(self.targets):
            raise ValueError(
                f"{len(self.parameters)} parameters for {len(self.targets)} targets: the fit "
                "would not be identified; allowed: at most as many parameters as targets"
            )
        bad = {k: v for k, v in self.tolerance.items() if not 0.0 < v <= 1.0}
        if bad:
            raise ValueError(f"tolerance {bad}: allowed: a fraction above 0, at most 1")
        for name, u in self.parameters.items():
            if u.low is None:
                raise ValueError(f"parameters.{name}: give a range (low, high), not values")
        return self


class Outputs(Frozen):
    """What a run keeps."""

    metrics: tuple[str, ...] = Field(
        (),
        description="Metrics to keep (default: all; `kemitraan metrics` lists them).",
        json_schema_extra={"items": {"type": "string", "enum": list(METRICS)}},
    )
    per_region: bool = Field(True, description="Keep each region's rows, not only ALL.")
    events: bool = Field(True, description="Keep the partnership event table.")

    def keep(self, trajectories: pd.DataFrame) -> pd.DataFrame:
        """The rows of a trajectory table these settings keep."""
        rows = trajectories
        if self.metrics:
            rows = rows[rows["metric"].isin(self.metrics)]
        if not self.per_region:
            rows = rows[rows["region"] == TOTAL]
        return rows.reset_index(drop=True)


class Scenario(Frozen):
    """A complete scenario: the world, its barriers and economy, the levers, what to keep."""

    extends: str | None = Field(
        None, description="Parent scenario file (relative path) this file overrides."
    )
    meta: Meta
    horizon: Horizon = Horizon()
    regions: tuple[RegionSpec, ...] = Field(min_length=1, description="The regions.")
    firms: FirmSection = FirmSection()
    agencies: AgencyParams = AgencyParams()
    barriers: BarrierParams = BarrierParams()
    search: SearchParams = SearchParams()
    economy: EconomyParams = EconomyParams()
    labour: LabourParams = LabourParams()
    policies: Policies = Policies()
    uncertainties: dict[str, Uncertainty] = Field(
        {}, description="Parameter path (e.g. barriers.trust_threshold) -> range for sweeps."
    )
    calibration: Calibration | None = Field(
        None, description="Free parameters fitted to data rows (`kemitraan calibrate`)."
    )
    outputs: Outputs = Outputs()

    def model_params(self) -> ModelParams:
        """The model's parameters for this scenario."""
        f = self.firms.model_dump()
        scale, sectors = f.pop("scale"), f.pop("sectors")
        ikm, large = firm_agents([r.firms for r in self.regions], scale, f["large_firm_share"])
        world = WorldParams(
            n_regions=len(self.regions),
            n_firms=max(sum(ikm) + sum(large), 1),
            n_agencies=sum(r.agencies for r in self.regions),
            scale=scale,
            months=self.horizon.months,
            spin_up_months=self.horizon.spin_up_months,
            region_heterogeneity=0.0,
            sectors=sectors,
        )
        shared = {group: getattr(self, group) for group in SCENARIO_GROUPS}
        return ModelParams(world=world, region=RegionParams(), firms=FirmParams(**f), **shared)
