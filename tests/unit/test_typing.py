"""The core's state is typed: mypy catches a misspelt column in a monthly step."""

from pathlib import Path

import pytest

mypy_api = pytest.importorskip("mypy.api")

ROOT = Path(__file__).resolve().parents[2]


def test_mypy_finds_a_misspelt_column_in_a_step(tmp_path):
    step = tmp_path / "typo_step.py"
    step.write_text(
        "from sim.world.state import World\n\n\n"
        "def pay_wages(w: World) -> None:\n"
        "    w.actors.cash[: w.actors.n] -= 1.0\n"
        "    w.actors.cahs[: w.actors.n] -= 1.0\n"
        "    w.ledger.trust_a[0] = w.regions.wage[0]\n"
        "    w.draws.uniforms('economy', w.month, w.actors.key)\n"
    )
    out, _err, status = mypy_api.run(
        [
            str(step),
            "--config-file",
            str(ROOT / "pyproject.toml"),
            "--cache-dir",  # the cache `./dev test`'s own mypy run just wrote: warm, quick
            str(ROOT / ".mypy_cache"),
        ]
    )
    errors = [line for line in out.splitlines() if ": error:" in line]
    assert status == 1
    assert len(errors) == 1, out
    assert "typo_step.py:6:" in errors[0] and '"ActorTable" has no attribute "cahs"' in errors[0]
