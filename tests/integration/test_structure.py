"""The tree shows the architecture, measured from the imports: no circle, one name per file,
a small root."""

import ast
from collections import Counter
from pathlib import Path

import networkx as nx

ROOT = Path(__file__).parents[2]
SIM = ROOT / "sim"
ROOT_MODULES_AT_MOST = 12


def module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def top_level_imports(path: Path, modules: set[str]) -> set[str]:
    """The sim modules a module imports when it is imported (not inside functions, not for
    type checking only)."""
    found: set[str] = set()
    tree = ast.parse(path.read_text())
    for node in tree.body:
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            continue
        for inner in ast.walk(node) if not isinstance(node, ast.FunctionDef) else []:
            if isinstance(inner, ast.FunctionDef | ast.AsyncFunctionDef):
                break
            if isinstance(inner, ast.Import):
                found |= {a.name for a in inner.names if a.name in modules}
            elif isinstance(inner, ast.ImportFrom) and inner.module and inner.level == 0:
                for alias in inner.names:
                    sub = f"{inner.module}.{alias.name}"
                    found.add(sub if sub in modules else inner.module)
    return {m for m in found if m in modules}


def import_graph() -> nx.DiGraph:
    files = sorted(SIM.rglob("*.py"))
    modules = {module_name(f) for f in files}
    graph = nx.DiGraph()
    for f in files:
        name = module_name(f)
        graph.add_node(name)
        for target in top_level_imports(f, modules):
            if target != name and not name.startswith(target + "."):
                graph.add_edge(name, target)
    return graph


def test_no_import_circle_among_the_modules():
    circles = [sorted(c) for c in nx.strongly_connected_components(import_graph()) if len(c) > 1]
    assert circles == []


def test_one_name_per_file_and_a_small_root():
    names = Counter(p.name for p in SIM.rglob("*.py") if p.name not in ("__init__.py", "base.py"))
    assert [n for n, count in names.items() if count > 1] == []
    at_root = sorted(p.name for p in SIM.glob("*.py"))
    assert len(at_root) <= ROOT_MODULES_AT_MOST, at_root


def test_the_search_step_does_not_import_the_cooperation_step():
    graph = import_graph()
    assert not graph.has_edge("sim.monthly.partner_search", "sim.monthly.partnerships")
    assert graph.has_edge("sim.monthly.partner_search", "sim.monthly.pair_coordination")


SEARCH_STEP = (
    "sim/monthly/partner_search.py",
    "sim/mechanisms/search.py",
    "sim/mechanisms/matching.py",
)
LONGEST_FUNCTION = 50  # lines


def test_the_search_step_reads_as_named_phases():
    long = [
        f"{path}:{node.name} ({node.end_lineno - node.lineno + 1} lines)"
        for path in SEARCH_STEP
        for node in ast.walk(ast.parse((ROOT / path).read_text()))
        if isinstance(node, ast.FunctionDef)
        and node.end_lineno is not None
        and node.end_lineno - node.lineno + 1 > LONGEST_FUNCTION
    ]
    assert long == []
