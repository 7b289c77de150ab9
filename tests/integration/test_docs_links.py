"""Every relative link in the Markdown docs resolves, and every "docs/PAGE.md §N" citation in
the code and the docs names a section that exists."""

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[2]
PAGES = sorted(
    [
        ROOT / "README.md",
        *(ROOT / "docs").glob("*.md"),
        ROOT / "benchmarks" / "HISTORY.md",
        ROOT / "scenarios" / "README.md",
        ROOT / "notebooks" / "README.md",
    ]
)
LINK = re.compile(r"(?<!!)\[[^\]]*\]\(([^)\s]+)\)|!\[[^\]]*\]\(([^)\s]+)\)")
CITATION = re.compile(r"docs/(\w+)\.md §(\d+(?:\.\d+)*)")
CITING = ("sim", "tests", "benchmarks", "examples", "scenarios", "docs")


def slug(heading: str) -> str:
    """GitHub's anchor of a heading: lower case, punctuation dropped, spaces to hyphens."""
    text = re.sub(r"[`*_]", "", heading.strip().lower())
    text = re.sub(r"[^\w\- ]", "", text)
    return text.replace(" ", "-")


def anchors(page: Path) -> set[str]:
    text = re.sub(r"```.*?```", "", page.read_text(), flags=re.S)
    return {slug(h) for h in re.findall(r"^#+ (.+)$", text, flags=re.M)}


def links(page: Path) -> list[str]:
    text = re.sub(r"```.*?```", "", page.read_text(), flags=re.S)
    return [a or b for a, b in LINK.findall(text)]


@pytest.mark.parametrize("page", PAGES, ids=lambda p: str(p.relative_to(ROOT)))
def test_every_relative_link_resolves(page):
    broken = []
    for target in links(page):
        if re.match(r"^(https?:|mailto:)", target):
            continue
        path, _, anchor = target.partition("#")
        resolved = (page.parent / path).resolve() if path else page
        if not resolved.exists():
            broken.append(f"{target}: no such file")
        elif anchor and resolved.suffix == ".md" and anchor not in anchors(resolved):
            broken.append(f"{target}: no heading with that anchor")
    assert broken == [], f"{page.relative_to(ROOT)}: {broken}"


def test_every_docs_citation_names_a_section():
    cited = 0
    wrong = []
    for folder in CITING:
        for path in (ROOT / folder).rglob("*"):
            if path.suffix not in (".py", ".md", ".yaml", ".json") or not path.is_file():
                continue
            for page, section in CITATION.findall(path.read_text(errors="ignore")):
                cited += 1
                doc = ROOT / "docs" / f"{page}.md"
                pattern = rf"^(#+ |\*\*){re.escape(section)}[ .]"
                if not doc.exists() or not re.search(pattern, doc.read_text(), flags=re.M):
                    wrong.append(f"{path.relative_to(ROOT)}: docs/{page}.md §{section}")
    assert wrong == []
    assert cited >= 15  # the parameters' sources and the modules cite the ODD


def test_the_model_description_lives_in_the_project():
    stale = [
        str(path.relative_to(ROOT))
        for path in (ROOT / "sim").rglob("*.py")
        if "DESIGN" in path.read_text()
    ]
    assert stale == []  # the code cites docs/odd.md, which is in the repository


def test_the_readme_is_short_and_points_to_every_docs_page():
    readme = (ROOT / "README.md").read_text()
    assert len(readme.splitlines()) <= 300
    for page in (ROOT / "docs").glob("*.md"):
        assert f"docs/{page.name}" in readme, page.name
