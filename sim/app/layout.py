"""Where the network view draws each actor: one disc per region, without randomness.

A force-directed layout of 1,000 nodes takes seconds and moves every node each month. Here
regions sit on a ring and the actors of a region fill its disc along a sunflower spiral in the
order they were created, so a node never moves and entrants appear at the rim.
"""

from dataclasses import dataclass

import numpy as np

GOLDEN_ANGLE = np.pi * (3.0 - np.sqrt(5.0))  # radians between consecutive spiral points
REGION_GAP = 2.6  # distance between neighbouring region centres, in disc radii


@dataclass(frozen=True)
class NetworkLayout:
    """Positions by region and creation order; the largest region's disc has radius 1."""

    centres: np.ndarray  # (regions, 2)
    spacing: float  # radius grows as spacing * sqrt(rank)

    @classmethod
    def for_regions(cls, region: np.ndarray, n_regions: int) -> "NetworkLayout":
        """A layout sized for the actors at the start (`region`: region index per actor)."""
        largest = max(int(np.bincount(region, minlength=n_regions).max(initial=0)), 1)
        if n_regions == 1:
            centres = np.zeros((1, 2))
        else:
            ring = REGION_GAP / (2.0 * np.sin(np.pi / n_regions))  # chord = REGION_GAP
            angle = np.pi / 2 - 2 * np.pi * np.arange(n_regions) / n_regions
            centres = ring * np.column_stack([np.cos(angle), np.sin(angle)])
        return cls(centres=centres, spacing=1.0 / np.sqrt(largest))

    def bounds(self, margin: float) -> tuple[float, float, float, float]:
        """(x0, x1, y0, y1) around every region's disc, with `margin` layout units to spare."""
        reach = 1.0 + margin
        return (
            float(self.centres[:, 0].min() - reach),
            float(self.centres[:, 0].max() + reach),
            float(self.centres[:, 1].min() - reach),
            float(self.centres[:, 1].max() + reach),
        )

    def positions(self, region: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Positions (x, y) of every actor row, given its region (rows in creation order)."""
        rank = _rank_within_group(region)
        radius = self.spacing * np.sqrt(rank + 0.5)
        angle = rank * GOLDEN_ANGLE
        return (
            self.centres[region, 0] + radius * np.cos(angle),
            self.centres[region, 1] + radius * np.sin(angle),
        )


def _rank_within_group(group: np.ndarray) -> np.ndarray:
    """0, 1, 2, ... counting separately within each group, in row order."""
    order = np.argsort(group, kind="stable")
    sorted_group = group[order]
    starts = np.flatnonzero(np.r_[True, sorted_group[1:] != sorted_group[:-1]])
    first_of_group = np.repeat(starts, np.diff(np.r_[starts, len(group)]))
    rank = np.empty(len(group), dtype=np.int64)
    rank[order] = np.arange(len(group)) - first_of_group
    return rank
