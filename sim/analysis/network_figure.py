"""The partnership network of one run at one month, from the event table."""

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import networkx as nx  # noqa: E402
import numpy as np  # noqa: E402
import seaborn as sns  # noqa: E402

from sim.analysis.numbers import when  # noqa: E402
from sim.analysis.wording import TEXT, scenario_label  # noqa: E402
from sim.core.kinds import Kind  # noqa: E402
from sim.experiments.results import Results  # noqa: E402


def network_snapshot(
    results: Results,
    scenario: str,
    run: int,
    month: int,
    lang: str = "en",
    start: str | None = None,
) -> plt.Figure:
    """The active partnerships of one run at one month (from the event table)."""
    events = results.events
    if events is None:
        raise ValueError("this experiment kept no events (outputs.events: false)")
    ev = events[(events["scenario"] == scenario) & (events["run"] == run)]
    formed = ev[(ev["event"] == "formed") & (ev["month"] <= month)]
    ended = set(ev[(ev["event"] == "ended") & (ev["month"] <= month)]["partnership"])
    live = formed[~formed["partnership"].isin(ended)]
    g = nx.Graph()
    for r in live.itertuples():
        g.add_node(r.party_a, region=r.region_a)
        g.add_node(r.party_b, region=r.region_b)
        g.add_edge(r.party_a, r.party_b, kind=r.kind)
    fig, ax = plt.subplots(figsize=(8, 8))
    pos = nx.spring_layout(g, seed=1, k=1.5 / max(np.sqrt(max(len(g), 1)), 1))
    regions = sorted({d["region"] for _, d in g.nodes(data=True)})
    node_colors = sns.color_palette("Set2", max(len(regions), 1))
    kind_colors = dict(
        zip([k.name for k in Kind], sns.color_palette("tab10", len(Kind)), strict=True)
    )
    nx.draw_networkx_nodes(
        g,
        pos,
        ax=ax,
        node_size=18,
        node_color=[node_colors[regions.index(d["region"])] for _, d in g.nodes(data=True)],
    )
    nx.draw_networkx_edges(
        g,
        pos,
        ax=ax,
        width=0.8,
        edge_color=[kind_colors[d["kind"]] for *_, d in g.edges(data=True)],
    )
    t = TEXT[lang]
    for kind in Kind:
        label = kind.spec.label_id if lang == "id" else kind.spec.label_en
        ax.plot([], [], color=kind_colors[kind.name], label=label)
    ax.legend(fontsize=8)
    ax.set(
        title=t["network_title"].format(
            scenario=scenario_label(scenario, lang),
            run=run,
            when=when(month, start, lang),
            edges=g.number_of_edges(),
        )
    )
    ax.set_axis_off()
    return fig
