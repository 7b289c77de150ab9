"""The package's public names load on first use, and importing the package stays light."""

import subprocess
import sys

import sim


def test_every_public_name_resolves_from_its_module():
    assert sorted(sim.__all__) == sorted(sim._WHERE)
    for name in sim.__all__:
        value = getattr(sim, name)
        assert getattr(__import__(sim._WHERE[name], fromlist=[name]), name) is value


def test_an_unknown_name_is_an_attribute_error():
    try:
        sim.NoSuchThing  # noqa: B018
    except AttributeError as err:
        assert "NoSuchThing" in str(err)
    else:
        raise AssertionError("sim.NoSuchThing resolved")


def test_the_command_line_and_the_app_server_import_without_the_model():
    """`kemitraan app` starts Solara at once: loading Mesa first cost it four seconds."""
    code = (
        "import sys, sim.cli.main, sim.app.server; "
        "print('mesa' in sys.modules, 'pandas' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "False"]


def test_each_rule_and_parameter_module_imports_first_on_its_own():
    """A test file that imports one barrier's rules first must not meet a circular import.

    (`sim.barriers.budget` imported first loaded `sim.params`, which imported the barrier
    module back while it was half loaded.)
    """
    from pathlib import Path

    root = Path(sim.__file__).parent
    names = [
        f"sim.{folder}.{path.stem}"
        for folder in ("barriers", "mechanisms", "params")
        for path in sorted((root / folder).glob("*.py"))
        if path.stem != "__init__"
    ]
    code = (
        "import subprocess, sys\n"
        "failed = [n for n in sys.argv[1:] if subprocess.run([sys.executable, '-c', "
        "f'import {n}'], capture_output=True).returncode]\n"
        "print(' '.join(failed))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code, *names], capture_output=True, text=True, check=True
    )
    assert len(names) > 15
    assert out.stdout.split() == []


def test_a_sweep_worker_imports_the_model_but_not_the_designs_or_the_runner():
    """Each sweep's forkserver imports the worker first: SALib alone took 1.7 s of its start."""
    code = (
        "import sys, sim.experiments.worker, sim.experiments.forkserver_guard; "
        "print(*(name in sys.modules for name in "
        "('SALib', 'sim.experiments.runner', 'sim.experiments.results', 'sim.model', "
        "'scipy.stats')))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    # and what every run needs is loaded there once (scipy.stats came with SALib before:
    # without it each worker of each sweep spent a second on its first run)
    assert out.stdout.split() == ["False", "False", "False", "True", "True"]


def test_the_experiments_package_still_offers_its_names():
    import sim.experiments as experiments

    for name in experiments.__all__:
        assert getattr(experiments, name).__name__ == name


def test_dir_shows_the_public_api_in_a_notebook():
    import sim

    shown = dir(sim)
    assert {"PartnershipModel", "run", "outcomes", "run_trial", "TrialDesign"} <= set(shown)
    assert "names_from" not in shown and "TYPE_CHECKING" not in shown
