"""What every chart of the app shares: the option type, text sizes, legends, kind colours."""

from dataclasses import dataclass
from typing import Any

from sim.core.kinds import Kind

Option = dict[str, Any]

TAB10 = ("#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f",
         "#bcbd22", "#17becf")  # fmt: skip  # matplotlib's tab10, without importing it (start-up)
KIND_COLOURS = dict(zip(Kind, TAB10[: len(Kind)], strict=True))


@dataclass(frozen=True)
class Look:
    """Text sizes of the charts, in pixels: at a desk, or on a projector."""

    title: int = 14
    legend: int = 12
    axis: int = 12

    def grid(self, left: int = 60) -> dict[str, int]:
        """Room for the title and legend on top and the axis name below; nothing overlaps."""
        legend_top = self.title + 14
        return {
            "left": left + 3 * self.axis,
            "right": 24,
            "top": legend_top + self.legend + 16,
            "bottom": 2 * self.axis + 26,
        }


DESK = Look()
PROJECTOR = Look(title=20, legend=18, axis=16)  # presentation mode


def legend(look: Look) -> Option:
    """A legend under the title, scrolling sideways if it is too long: never on the plot."""
    return {"type": "scroll", "top": look.title + 14, "textStyle": {"fontSize": look.legend}}
