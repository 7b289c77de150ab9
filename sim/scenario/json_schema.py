"""The JSON Schema of scenario files, for editors (yaml-language-server)."""

import json
from pathlib import Path
from typing import Any

from sim.scenario.schema import Scenario


def scenario_json_schema() -> dict[str, Any]:
    """JSON Schema of a scenario file, with units in the descriptions."""
    schema = Scenario.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "Kemitraan scenario"
    return schema


def write_json_schema(path: Path) -> Path:
    """Write the schema as pretty JSON."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(scenario_json_schema(), indent=2, ensure_ascii=False) + "\n")
    return path
