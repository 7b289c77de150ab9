"""The sidebar's set-up: scenario, seed, node colours, the sliders, and which charts to present."""

from collections.abc import Callable
from functools import partial

import reacton.ipyvuetify as rv
import solara

from sim.app.controls import LEVERS, SLIDERS, Slider, slider_detail, sliders_for
from sim.app.live import (
    CAPTION_STYLE,
    HEADING_STYLE,
    SLIDER_PAUSE,
    VIEWS,
    Live,
    colour_by,
    language,
    links,
    presentation,
    presented,
)
from sim.app.network_chart import LINKS
from sim.app.session import scenario_choices, scenario_labels


@solara.component
def Setup(live: Live, text: dict[str, str]) -> None:
    """Scenario, seed, node colours and the sliders."""
    session = live.session
    live.opened.get()  # re-render when a new run opens
    labels = solara.use_memo(lambda: scenario_labels(scenario_choices(session.path)), [])
    by_label = {names[language.value]: path for path, names in labels.items()}
    shown = labels.get(session.path, {}).get(language.value, session.path.name)
    with solara.Column(classes=["kemitraan-controls"]):
        with solara.Column(gap="0px"):  # always there: the controls below keep their places
            if presentation.value:
                PresentedCharts(text).key("presented-charts")
        solara.Select(
            label=text["scenario"],
            values=[*by_label] if shown in by_label else [*by_label, shown],
            value=shown,
            on_value=live.handler(
                lambda label: session.choose(by_label[label]), reopens=True, slow=True
            ),
        )
        description = solara.use_memo(
            lambda: session.description(language.value), [session.path, language.value]
        )
        solara.Text(description, style=CAPTION_STYLE, classes=["kemitraan-description"])
        solara.Button(
            text["restore"],
            on_click=live.handler(session.restore, reopens=True, slow=True),
            small=True,
            classes=["kemitraan-restore"],
        )
        solara.InputInt(
            text["seed"],
            value=session.seed,
            on_value=live.handler(lambda seed: session.reset(seed=seed), reopens=True, slow=True),
        )
        solara.Text(text["colour_by"])
        solara.ToggleButtonsSingle(
            value=colour_by.value,
            children=[
                solara.Button(text["colour_region"], value="region"),
                solara.Button(text["colour_actor"], value="actor"),
            ],
            on_value=colour_by.set,
        )
        solara.Text(text["links_drawn"])
        solara.ToggleButtonsSingle(
            value=links.value,
            children=[solara.Button(text[f"links_{k}"], value=k) for k in LINKS],
            on_value=links.set,
            classes=["kemitraan-links"],
        )
        per_partnership = solara.use_memo(session.per_partnership, [session.path])
        for heading, group in (
            (text["levers"], [s for s in sliders_for(session.scenario) if s.key in LEVERS]),
            (text["barriers"], [s for s in SLIDERS if s.key not in LEVERS]),
        ):
            solara.Text(heading, style=HEADING_STYLE)
            for slider in group:
                SliderControl(
                    slider,
                    session.values.get(slider.key, slider.default),
                    text[slider.key],
                    text[f"{slider.key}_tip"],
                    live.handler(
                        partial(session.set_value, slider.key),
                        pause=False,
                        slow=True,
                        wait=SLIDER_PAUSE,
                    ),
                    session.opened,
                    partial(
                        slider_detail,
                        slider.key,
                        values=session.values,
                        lang=language.value,
                        per_partnership=per_partnership,
                    ),
                ).key(f"slider-{slider.key}")  # its own state, whatever comes before it
        solara.Text(text["replay_note"], style=CAPTION_STYLE)


@solara.component
def PresentedCharts(text: dict[str, str]) -> None:
    """Which two charts stand beside the network in presentation mode."""
    names = {text[key]: key for key in VIEWS[1:]}
    for slot, label in enumerate((text["chart_top"], text["chart_bottom"])):

        def choose(name: str, slot: int = slot) -> None:
            keys = list(presented.value)
            keys[slot] = names[name]
            presented.set((keys[0], keys[1]))

        solara.Select(
            label=label,
            values=list(names),
            value=text[presented.value[slot]],
            on_value=choose,
            classes=[f"kemitraan-presented-{slot}"],
        )


@solara.component
def SliderControl(
    slider: Slider,
    value: float,
    label: str,
    tip: str,
    on_commit: Callable[[float], None],
    opened: int = 0,
    describe: Callable[[float], str] | None = None,
) -> None:
    """A slider that acts when let go (dragging only moves the thumb), with a tooltip.

    It shows the session's value again whenever a run opens (`opened`), even when that value
    equals the last one passed in: a thumb dragged before a new scenario never lingers.
    """
    shown, set_shown = solara.use_state(value)
    solara.use_effect(lambda: set_shown(value), [value, opened])
    number = f"{shown:g}".replace(".", ",") if language.value == "id" else f"{shown:g}"
    shown_as = describe(shown) if describe is not None else number  # in real units
    label_element = solara.Text(f"{label}: {shown_as}", classes=[f"kemitraan-label-{slider.key}"])
    element = rv.Slider(
        v_model=shown,
        on_v_model=set_shown,
        min=slider.low,
        max=slider.high,
        step=slider.step,
        thumb_label=True,
        hide_details=True,
        class_=f"kemitraan-slider-{slider.key}",
    )

    def commit(_widget: object, _event: str, data: float) -> None:
        set_shown(float(data))
        on_commit(float(data))

    rv.use_event(element, "change", commit)  # type: ignore[arg-type]  # called with 3 arguments
    solara.Tooltip(tip, children=[solara.Column(gap="0px", children=[label_element, element])])
