"""Rewrite the golden baselines after an intended change of the model's behaviour.

    .venv/bin/python -m tests.regression.update_baseline

Commit the new baseline.json together with the change that moved it, and say why.
"""

import json
from pathlib import Path

from tests.regression.baselines import REFERENCES, SEEDS, reference_figures

PATH = Path(__file__).with_name("baseline.json")


def main() -> None:
    """Run the reference runs and write their figures."""
    data = {
        reference: {str(seed): reference_figures(reference, seed) for seed in SEEDS}
        for reference in REFERENCES
    }
    PATH.write_text(json.dumps(data, indent=1, sort_keys=True) + "\n")
    count = sum(len(figures) for runs in data.values() for figures in runs.values())
    print(f"wrote {PATH} ({count} figures, {len(REFERENCES)} references x {len(SEEDS)} seeds)")


if __name__ == "__main__":
    main()
