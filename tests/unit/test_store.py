"""The results store keeps only whole runs."""

import json

import pandas as pd

from sim.experiments.store import ResultStore


def test_prepare_drops_temporary_files_and_tables_of_unrecorded_runs(tmp_path):
    store = ResultStore(tmp_path / "r")
    store.prepare()
    parts = store.parts
    a, b = "s__p00000__r00000", "s__p00000__r00001"
    pd.DataFrame({"x": [1]}).to_parquet(parts / f"{a}.trajectories.parquet")
    (parts / f"{a}.run.json").write_text(json.dumps({"run_id": a, "status": "ok"}))
    pd.DataFrame({"x": [2]}).to_parquet(parts / f"{b}.trajectories.parquet")  # no record: cut
    (parts / f".{b}.trajectories.parquet.x1y2.kemitraan-tmp").write_text("half")  # ours
    (parts / "notes.tmp").write_text("a user's file")  # not ours: kept
    (parts / "mine.trajectories.parquet").write_text("a user's file, not a run id: kept")
    store.prepare()
    assert sorted(p.name for p in parts.iterdir()) == sorted(
        [f"{a}.run.json", f"{a}.trajectories.parquet", "notes.tmp", "mine.trajectories.parquet"]
    )
    assert store.finished() == {a: "ok"}


def test_compaction_reads_only_recorded_runs(tmp_path):
    store = ResultStore(tmp_path / "r")
    store.prepare()
    for run, value in (("a", 1.0), ("b", 2.0)):
        pd.DataFrame({"run": [run], "value": [value]}).to_parquet(
            store.parts / f"{run}.trajectories.parquet"
        )
    (store.parts / "a.run.json").write_text(json.dumps({"run_id": "a", "status": "ok"}))
    store.compact()
    table = pd.read_parquet(tmp_path / "r" / "trajectories.parquet")
    assert table["run"].tolist() == ["a"]
    assert pd.read_parquet(tmp_path / "r" / "runs.parquet")["run_id"].tolist() == ["a"]
