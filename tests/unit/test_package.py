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
        "import sys, sim.cli, sim.app.server; print('mesa' in sys.modules, 'pandas' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "False"]
