"""Rewrite the golden baselines after an intended change of the model's behaviour.

    .venv/bin/python -m tests.regression.update_baseline

Commit the new baseline.json together with the change that moved it, and say why.
"""

import json
from pathlib import Path

from tests.regression.baselines import SEEDS, reference_figures

PATH = Path(__file__).with_name("baseline.json")


def main() -> None:
    """Run the reference runs and write their figures."""
    data = {str(seed): reference_figures(seed) for seed in SEEDS}
    PATH.write_text(json.dumps(data, indent=1, sort_keys=True) + "\n")
    print(f"wrote {PATH} ({sum(len(v) for v in data.values())} figures)")


if __name__ == "__main__":
    main()
