"""One month of the world, in the order of the model's narrative (docs: ODD, process overview).

`a_month` is the month `PartnershipModel.step` runs and the spin-up runs before month 0
(with no lever): the same steps, the same keyed random numbers.
"""

from collections.abc import Sequence
from typing import Protocol

from sim.monthly.accounts import regional_accounts
from sim.monthly.entry_exit import enter_and_exit
from sim.monthly.labour_market import move_labour_market
from sim.monthly.partner_search import search_for_partners
from sim.monthly.partnerships import cooperate, dissolve, process_permits
from sim.monthly.produce import produce_and_employ
from sim.world.state import Demography, Proposals, World


class Lever(Protocol):
    """A policy lever in force: it acts on the world in step 1 of a month."""

    def act(self, m: World) -> None: ...  # noqa: D102


def a_month(w: World, levers: Sequence[Lever]) -> tuple[Proposals, Demography]:
    """Steps 1-7 of a month; what the search proposed and who entered and left."""
    w.begin_month()  # a new month; each January agencies get their budget
    for lever in levers:  # 1. policy levers in force act, within their budget
        lever.act(w)
    proposals = search_for_partners(w)  # 2. search, score, accept mutually, propose
    process_permits(w)  # 3. waiting pairs get their permit or give up
    cooperate(w)  # 4. a month of cooperation: success or failure, costs, trust
    dissolve(w)  # 5. unaffordable, low-trust, unprofitable and finished ones end
    produce_and_employ(w)  # 6. output within market reach; hiring; profit, investment
    demography = enter_and_exit(w)  # 7. deaths, firms out of cash exit; new firms enter
    move_labour_market(w)  # the economy and labour force grow; outside jobs follow
    return proposals, demography


def record(w: World, proposals: Proposals, demography: Demography) -> None:
    """Steps 8-9: the regional accounts, appended to the world's history."""
    w.history.append(regional_accounts(w, proposals, demography))
