"""The levers' effect in this simulation, this month's news, and the gap across seeds."""

from dataclasses import dataclass

import numpy as np
import solara

from sim.analysis.numbers import number, rupiah, signed
from sim.app.live import CAPTION_STYLE, HEADING_STYLE, Live, language
from sim.app.workshop import Workshop
from sim.core.kinds import EndReason, end_reason_label

ENSEMBLE_SEEDS = 6  # paired simulations behind "higher in k of n" (this one and 5 more)


def happened(workshop: Workshop, text: dict[str, str], lang: str) -> str:
    """This month's news: "Bulan 14: 9 kemitraan baru (6 vertikal), 3 berakhir (...)"."""
    kinds, ended = workshop.this_month()

    def count(n: float) -> str:
        return number(n, lang)

    new = sum(kinds.values())
    parts = ", ".join(f"{count(n)} {text[f'kind_{k}']}" for k, n in kinds.items())
    line = text["happened_new"].format(month=workshop.month, new=count(new))
    if parts:
        line += f" ({parts})"
    if ended:
        reasons = ", ".join(
            f"{count(n)} {end_reason_label(EndReason[r], lang)}" for r, n in ended.items()
        )
        line += text["happened_ended"].format(ended=count(sum(ended.values())), reasons=reasons)
    return line + "."


@dataclass(frozen=True)
class Reading:
    """What the monitors show, read from the run at one moment (`Session.read`)."""

    now: dict[str, float]
    news: str
    month: int
    gaps: np.ndarray | None  # the jobs gap of each seed compared, at `compared` (None: one)
    compared: int


def reading(workshop: Workshop, text: dict[str, str], lang: str) -> Reading:
    """The monitors' numbers from the run now."""
    compared = workshop.compared_month
    gaps = workshop.gaps()[:, compared] if workshop.simulations > 1 else None
    return Reading(
        workshop.monitors(), happened(workshop, text, lang), workshop.month, gaps, compared
    )


@solara.component
def Monitors(live: Live, text: dict[str, str], tick: int = 0) -> None:
    """The levers' effect in this simulation now, and on demand across several seeds.

    Rendered every month by the page's `Monthly` (`tick`: the month's change counter).
    """
    session, lang = live.session, language.value
    shown = session.read(lambda workshop: reading(workshop, text, lang))
    if shown is None:
        return
    now = shown.now
    with solara.Column(gap="2px", classes=["kemitraan-monitors"]):
        solara.Text(text["monitors"], style=HEADING_STYLE)
        for key, value in (
            ("monitor_jobs", signed(now["firm_employment"], lang)),
            ("monitor_unemployment", signed(now["unemployment_rate"], lang, 2)),
            ("monitor_partnerships", signed(now["partnerships_active"], lang)),
            ("monitor_spending", rupiah(now["policy_spending"], lang)),
        ):
            solara.Text(text[key].format(value=value), classes=[f"kemitraan-{key}"])
        solara.Button(
            text["across_button"].format(n=ENSEMBLE_SEEDS),
            on_click=live.handler(lambda: session.compare_seeds(ENSEMBLE_SEEDS)),
            disabled=shown.month == 0,
            classes=["kemitraan-across"],
        )
        solara.Text(shown.news, classes=["kemitraan-happened"])
        if shown.gaps is not None:
            gaps = shown.gaps
            solara.Text(
                text["across_sentence"].format(
                    up=int((gaps > 0).sum()),
                    n=len(gaps),
                    month=shown.compared,
                    low=signed(float(gaps.min()), lang),
                    high=signed(float(gaps.max()), lang),
                ),
                classes=["kemitraan-across-sentence"],
            )
        solara.Text(text["across_note"], style=CAPTION_STYLE)
