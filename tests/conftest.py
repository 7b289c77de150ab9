"""Test settings: hypothesis explores freshly on a laptop and is reproducible in CI.

Figures a test draws are closed after it (pyplot keeps them otherwise, and past 20 open
figures it warns, which the settings make an error in whatever test comes next).
"""

import os
import sys
from collections.abc import Iterator

import pytest
from hypothesis import settings

settings.register_profile("ci", derandomize=True, print_blob=True)
settings.register_profile("dev", print_blob=True)
settings.load_profile("ci" if os.environ.get("CI") else "dev")


@pytest.fixture(autouse=True)
def _close_figures() -> Iterator[None]:
    yield
    pyplot = sys.modules.get("matplotlib.pyplot")
    if pyplot is not None:
        pyplot.close("all")
