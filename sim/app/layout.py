"""Where the network view draws each actor: one disc per region, laid out by meaning.

A force-directed layout of 1,000 nodes takes seconds, moves every node each month and gives
a hairball. Here regions sit on a ring, and inside a region's disc the value chain reads
from left to right: suppliers in a cluster at the lower left, processors at the top,
distributors at the lower right, agencies in the middle. Each cluster is split into wedges
by sector. A horizontal partnership (same sector) then stays inside a wedge, a vertical one
is a line between two clusters, and an agency's links run from the middle. Clusters are
sized by the actors at the start; a node never moves and entrants of a group appear at the
rim of its wedge.
"""

from dataclasses import dataclass

import numpy as np

GOLDEN_FRACTION = (np.sqrt(5.0) - 1.0) / 2.0  # successive angles in a wedge, as fractions
REGION_GAP = 2.6  # distance between neighbouring region centres, in disc radii
STAGE_ANGLES = np.radians([210.0, 90.0, 330.0])  # supplier, processor, distributor clusters
STAGE_DISTANCE = 0.55  # from the region's centre to a stage cluster's centre, disc radii
CLUSTER_RADIUS = 0.42  # the largest stage cluster's radius (three fit, apart, in the disc)
AGENCY_RING = 0.08  # radius of the agencies' ring in the middle
AGENCY_GROUP = -1  # the group code of agencies; firms' groups are 0, 1, 2, ...
WEDGE_GAP = 0.06  # radians left empty between neighbouring sector wedges


def firm_groups(stage: np.ndarray, sector: np.ndarray, n_sectors: int) -> np.ndarray:
    """Each actor's place in its disc: stage-major, then sector; agencies (stage -1) apart."""
    return np.where(stage < 0, AGENCY_GROUP, stage.astype(np.int64) * n_sectors + sector)


@dataclass(frozen=True)
class NetworkLayout:
    """Positions by region, group and creation order; every region's disc has radius 1."""

    centres: np.ndarray  # (regions, 2)
    cluster: np.ndarray  # (regions, groups, 3): centre x, y and radius of a group's cluster
    wedge_start: np.ndarray  # (regions, groups): first angle of a group's wedge (radians)
    wedge_width: np.ndarray  # (regions, groups): its angular width
    sized_for: np.ndarray  # (regions, groups + 1): actors at the start; last column agencies

    @classmethod
    def for_actors(
        cls, region: np.ndarray, group: np.ndarray, n_regions: int, n_groups: int
    ) -> "NetworkLayout":
        """A layout sized for the actors at the start (`group` from `firm_groups`)."""
        if n_regions == 1:
            centres = np.zeros((1, 2))
        else:
            ring = REGION_GAP / (2.0 * np.sin(np.pi / n_regions))  # chord = REGION_GAP
            angle = np.pi / 2 - 2 * np.pi * np.arange(n_regions) / n_regions
            centres = ring * np.column_stack([np.cos(angle), np.sin(angle)])
        column = np.where(group == AGENCY_GROUP, n_groups, group)
        counts = np.zeros((n_regions, n_groups + 1))
        np.add.at(counts, (region, column), 1.0)
        n_stages = len(STAGE_ANGLES)
        by_stage = counts[:, :n_groups].reshape(n_regions, n_stages, -1)  # regions, stages, sectors
        stage_total = by_stage.sum(axis=2)
        largest = np.maximum(stage_total.max(axis=1, keepdims=True), 1.0)
        radius = CLUSTER_RADIUS * np.sqrt(np.maximum(stage_total, 1.0) / largest)
        stage_of_group = np.arange(n_groups) // (n_groups // n_stages)
        cluster = np.empty((n_regions, n_groups, 3))
        cluster[..., 0] = (
            centres[:, :1] + STAGE_DISTANCE * np.cos(STAGE_ANGLES)[stage_of_group][None, :]
        )
        cluster[..., 1] = (
            centres[:, 1:] + STAGE_DISTANCE * np.sin(STAGE_ANGLES)[stage_of_group][None, :]
        )
        cluster[..., 2] = radius[:, stage_of_group]
        share = by_stage / np.maximum(stage_total[..., None], 1.0)
        width = np.clip(2 * np.pi * share - WEDGE_GAP, 0.0, None)
        start = np.pi / 2 - 2 * np.pi * np.cumsum(share, axis=2) + WEDGE_GAP / 2  # clockwise
        return cls(
            centres=centres,
            cluster=cluster,
            wedge_start=start.reshape(n_regions, n_groups),
            wedge_width=width.reshape(n_regions, n_groups),
            sized_for=counts,
        )

    def bounds(self, margin: float) -> tuple[float, float, float, float]:
        """(x0, x1, y0, y1): a square around every region's disc, `margin` units to spare.

        Square, so that a square plot draws the discs round.
        """
        reach = 1.0 + margin
        x0, x1 = self.centres[:, 0].min() - reach, self.centres[:, 0].max() + reach
        y0, y1 = self.centres[:, 1].min() - reach, self.centres[:, 1].max() + reach
        half = max(x1 - x0, y1 - y0) / 2
        mx, my = (x0 + x1) / 2, (y0 + y1) / 2
        return (float(mx - half), float(mx + half), float(my - half), float(my + half))

    def anchors(self, region: np.ndarray, group: np.ndarray) -> np.ndarray:
        """(actors, 2): the centre of each actor's cluster; agencies' is their region's centre.

        The grouped network view draws the partnerships between two clusters as one line
        between their anchors.
        """
        agency = group == AGENCY_GROUP
        g = np.where(agency, 0, group)
        return np.where(agency[:, None], self.centres[region], self.cluster[region, g, :2])

    def positions(self, region: np.ndarray, group: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Positions (x, y) of every actor row, given its region and group (creation order)."""
        n_groups = self.wedge_start.shape[1]
        agency = group == AGENCY_GROUP
        column = np.where(agency, n_groups, group)
        rank = _rank_within_group(region * (n_groups + 1) + column).astype(float)
        sized = np.maximum(self.sized_for[region, column], 1.0)
        g = np.minimum(column, n_groups - 1)
        # firms: area-uniform in the wedge of their cluster; entrants beyond the start go outward
        radius = self.cluster[region, g, 2] * np.sqrt((rank + 0.5) / sized)
        angle = self.wedge_start[region, g] + self.wedge_width[region, g] * (
            (rank + 0.5) * GOLDEN_FRACTION % 1.0
        )
        x = self.cluster[region, g, 0] + radius * np.cos(angle)
        y = self.cluster[region, g, 1] + radius * np.sin(angle)
        lap = rank // sized  # agencies beyond the start sit on a wider ring
        turn = np.pi / 2 - 2 * np.pi * (rank % sized) / sized
        ring = AGENCY_RING * (1.0 + lap)
        x = np.where(agency, self.centres[region, 0] + ring * np.cos(turn), x)
        y = np.where(agency, self.centres[region, 1] + ring * np.sin(turn), y)
        return x, y


def _rank_within_group(group: np.ndarray) -> np.ndarray:
    """0, 1, 2, ... counting separately within each group, in row order."""
    order = np.argsort(group, kind="stable")
    sorted_group = group[order]
    starts = np.flatnonzero(np.r_[True, sorted_group[1:] != sorted_group[:-1]])
    first_of_group = np.repeat(starts, np.diff(np.r_[starts, len(group)]))
    rank = np.empty(len(group), dtype=np.int64)
    rank[order] = np.arange(len(group)) - first_of_group
    return rank
