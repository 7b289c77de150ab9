"""The `kemitraan` command: run writes the promised files; bad input gives a clean error."""

import re
import subprocess
import sys

import pandas as pd
import pytest

from sim import PartnershipModel


def _kemitraan(*args, cwd=None):
    return subprocess.run(
        [sys.executable, "-m", "sim", *args], capture_output=True, text=True, cwd=cwd, timeout=300
    )


def test_help_lists_the_commands():
    out = _kemitraan("--help")
    assert out.returncode == 0
    assert "run" in out.stdout and "params" in out.stdout


def test_run_writes_trajectories_events_and_plot(tmp_path):
    out = _kemitraan("run", "--seed", "4", "--months", "6", "--out", str(tmp_path / "r"))
    assert out.returncode == 0, out.stderr
    traj = pd.read_parquet(tmp_path / "r" / "trajectories.parquet")
    events = pd.read_parquet(tmp_path / "r" / "events.parquet")
    png = (tmp_path / "r" / "trajectories.png").read_bytes()
    assert png[:8] == b"\x89PNG\r\n\x1a\n" and len(png) > 10_000
    assert list(traj.columns) == ["month", "region", "metric", "value"]
    assert traj["month"].max() == 6
    same = PartnershipModel(rng=4).run(6)  # the CLI runs the default model
    pd.testing.assert_frame_equal(traj, same.trajectories())
    pd.testing.assert_frame_equal(events, same.partnership_events())
    assert "after 6 months" in out.stdout


def test_default_out_folder_is_under_results(tmp_path):
    out = _kemitraan("run", "--months", "1", cwd=tmp_path)
    assert out.returncode == 0, out.stderr
    assert (tmp_path / "results" / "default" / "trajectories.parquet").exists()


@pytest.mark.parametrize("args", [["--firms", "0"], ["--months", "-3"], ["--seed", "x"]])
def test_bad_options_exit_2_without_traceback(args, tmp_path):
    out = _kemitraan("run", *args, "--out", str(tmp_path))
    assert out.returncode == 2
    assert "Traceback" not in out.stderr
    assert "Invalid value" in out.stderr


def test_params_lists_units_and_ranges():
    out = _kemitraan("params")
    assert out.returncode == 0
    assert "trust_threshold = 0.3 [trust 0..1] ge 0.0, le 1.0" in out.stdout


def test_show_reports_the_modelled_share_and_params_their_sources():
    out = _kemitraan("show", "scenarios/lebak.yaml")
    assert out.returncode == 0
    assert "# modelled firms at the start" in out.stdout
    assert "Lebak: value added Rp" in out.stdout and "of PDRB" in out.stdout
    listing = _kemitraan("params")
    sources = [line for line in listing.stdout.splitlines() if line.strip().startswith("source:")]
    names = [line for line in listing.stdout.splitlines() if re.match(r"^  \w+ = ", line)]
    assert len(sources) == len(names) > 100
    assert all(len(line.split("source:", 1)[1].strip()) > 10 for line in sources)


def test_params_lists_every_levers_parameters():
    out = _kemitraan("params")
    assert "[policies.grant]" in out.stdout and "[policies.interregional_agreement]" in out.stdout
    grant = out.stdout.split("[policies.grant]")[1].split("[policies.")[0]
    assert "per_partnership = 5000000.0 [rupiah per new partnership]" in grant
    assert "budget = None [rupiah]" in grant


def test_a_set_that_adds_a_lever_warns_with_its_defaults(tmp_path):
    out = _kemitraan(
        "run", "scenarios/baseline.yaml", "--months", "1", "--set", "firms.scale=50",
        "--set", "policies.grant.intensity=0.5", "--out", str(tmp_path / "r"),
    )  # fmt: skip
    assert out.returncode == 0, out.stderr
    assert "adds the lever grant, which scenarios/baseline.yaml does not have" in out.stderr
    assert "per_partnership 5000000.0" in out.stderr
    quiet = _kemitraan(
        "show", "scenarios/grant.yaml", "--set", "policies.grant.intensity=0.5"
    )  # the file has the lever: nothing to warn about
    assert "warning" not in quiet.stderr


@pytest.mark.parametrize("command", ["run", "validate", "show"])
def test_an_experiment_file_is_recognised_and_sent_to_sweep(command):
    out = _kemitraan(command, "scenarios/experiments/smoke.yaml")
    assert out.returncode == 2 and "Traceback" not in out.stderr
    assert "is an experiment file" in out.stderr
    assert "kemitraan sweep scenarios/experiments/smoke.yaml" in out.stderr
