"""Results on disk: one atomic part per run, compacted into Parquet tables; the manifest.

A run is finished when its record `parts/<run_id>.run.json` exists; it is written last, after
the run's tables, each by temporary file + rename, so a killed sweep leaves only whole parts.
"""

import json
import re
from pathlib import Path
from typing import Any

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from sim.experiments.worker import RunResult
from sim.infra.atomic import TEMP_SUFFIX, atomic_path, is_our_temporary, write_text
from sim.output.records import write_parquet

TABLES = ("trajectories", "events", "snapshots")
RUN_ID = re.compile(r".+__p\d{5}__r\d{5}")  # the parts this store writes (plan.RunTask.run_id)


class ResultStore:
    """The folder of one experiment's results."""

    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder)
        self.parts = self.folder / "parts"

    def prepare(self) -> list[str]:
        """Create the folders and drop what a killed sweep left half-done; say what was dropped.

        That is temporary files, tables of runs that have no record, and runs whose record or
        tables are damaged (a disk error, a copy cut short): they all run again.
        """
        self.parts.mkdir(parents=True, exist_ok=True)
        self.drop_temporary()
        dropped = self._drop_damaged()
        recorded = set(self.finished())
        for table in TABLES:
            for part in self.parts.glob(f"*.{table}.parquet"):
                run_id = part.name.removesuffix(f".{table}.parquet")
                if RUN_ID.fullmatch(run_id) and run_id not in recorded:
                    part.unlink()
        return dropped

    def _drop_damaged(self) -> list[str]:
        """Remove the record and tables of each run whose record or a table cannot be read."""
        dropped = []
        for record in sorted(self.parts.glob("*.run.json")):
            run_id = record.name.removesuffix(".run.json")
            if not RUN_ID.fullmatch(run_id):
                continue
            problem = _damage(record, [self.parts / f"{run_id}.{t}.parquet" for t in TABLES])
            if problem:
                for table in TABLES:
                    (self.parts / f"{run_id}.{table}.parquet").unlink(missing_ok=True)
                record.unlink()
                dropped.append(f"{problem}: run {run_id} runs again")
        return dropped

    def drop_temporary(self) -> None:
        """Remove our temporary files (writes that were cut short); never anything else."""
        for stale in [*self.parts.glob(f"*{TEMP_SUFFIX}"), *self.folder.glob(f"*{TEMP_SUFFIX}")]:
            if is_our_temporary(stale):
                stale.unlink(missing_ok=True)

    def finished(self) -> dict[str, str]:
        """run_id -> status of every recorded run."""
        out = {}
        for record in self.parts.glob("*.run.json"):
            out[record.name.removesuffix(".run.json")] = json.loads(record.read_text())["status"]
        return out

    def write(self, result: RunResult) -> None:
        """Write a run's tables, then its record (which marks it finished)."""
        t = result.task
        for table in TABLES:
            frame = getattr(result, table)
            if frame is not None:
                write_parquet(frame, self.parts / f"{t.run_id}.{table}.parquet")
        record = {
            "run_id": t.run_id,
            "scenario": t.scenario,
            "point": t.point,
            "run": t.replicate,
            "seed": t.seed_label,
            "status": result.status,
            "seconds": result.seconds,
            "error": result.error,
            "traceback": result.traceback,
            **t.parameters,
        }
        _atomic_text(json.dumps(record), self.parts / f"{t.run_id}.run.json")

    def compact(self) -> dict[str, Path]:
        """Combine the parts into one Parquet file per table, streaming part by part."""
        written = {}
        recorded = set(self.finished())
        for table in TABLES:
            parts = sorted(
                p
                for p in self.parts.glob(f"*.{table}.parquet")
                if p.name.removesuffix(f".{table}.parquet") in recorded
            )
            if parts:
                written[table] = _concat_parquet(parts, self.folder / f"{table}.parquet")
        records = [json.loads(p.read_text()) for p in sorted(self.parts.glob("*.run.json"))]
        runs = pd.DataFrame(records)
        write_parquet(runs, self.folder / "runs.parquet")
        written["runs"] = self.folder / "runs.parquet"
        return written

    def read_manifest(self) -> dict[str, Any] | None:
        """The manifest, or None for a new folder; a damaged one is a clear error."""
        path = self.folder / "manifest.json"
        if not path.exists():
            return None
        try:
            manifest = json.loads(path.read_text())
        except (UnicodeDecodeError, ValueError) as err:
            raise DamagedManifest(
                f"{path}: damaged ({err}); the finished runs in {self.parts} are intact: "
                "run again with --fresh to start over (the folder is kept, renamed), or "
                "restore the manifest from a backup"
            ) from None
        if not isinstance(manifest, dict):
            raise DamagedManifest(f"{path}: damaged (not a JSON object); run again with --fresh")
        return manifest

    def write_manifest(self, manifest: dict[str, Any]) -> None:
        """Write the manifest atomically."""
        _atomic_text(json.dumps(manifest, indent=2, default=str), self.folder / "manifest.json")


class DamagedManifest(RuntimeError):
    """A results folder's manifest.json cannot be read; the message says what to do."""


def _damage(record: Path, tables: list[Path]) -> str | None:
    """What is wrong with a run's record or tables, or None when all can be read."""
    try:
        status = json.loads(record.read_text()).get("status")
    except (UnicodeDecodeError, ValueError, AttributeError) as err:
        return f"{record}: damaged record ({err})"
    if status not in ("ok", "failed"):
        return f"{record}: damaged record (no status)"
    for table in tables:
        if table.exists():
            try:
                pq.read_metadata(table)
            except (OSError, pa.ArrowException) as err:
                return f"{table}: damaged ({err})"
    return None


def _concat_parquet(parts: list[Path], target: Path) -> Path:
    schema = pa.unify_schemas([pq.read_schema(p) for p in parts], promote_options="permissive")
    schema = pa.schema(
        [f.with_type(pa.string()) if pa.types.is_null(f.type) else f for f in schema]
    ).remove_metadata()
    with atomic_path(target) as tmp, pq.ParquetWriter(tmp, schema) as writer:
        for part in parts:
            table = pq.read_table(part).replace_schema_metadata(None)
            writer.write_table(
                table.select(schema.names).cast(schema)
                if set(table.schema.names) == set(schema.names)
                else _aligned(table, schema)
            )
    return target


def _aligned(table: pa.Table, schema: pa.Schema) -> pa.Table:
    columns = [
        table[name] if name in table.schema.names else pa.nulls(len(table), field.type)
        for name, field in zip(schema.names, schema, strict=True)
    ]
    return pa.Table.from_arrays(columns, schema=schema)


def _atomic_text(text: str, target: Path) -> None:
    write_text(text, target)
