"""The layers hold: what may import what inside bot/ (and bench/), read from the source with ast.

Imports under ``if TYPE_CHECKING:`` are annotations only and do not count; imports inside
functions do (they run).
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
BOT = ROOT / "bot"
NO_DISCORD = ("bot.corpus", "bot.store", "bot.quiz", "bot.build", "bot.config")


def _module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _is_type_checking(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING")


def _runtime_imports(tree: ast.AST) -> Iterator[str]:
    for node in ast.iter_child_nodes(tree):
        if isinstance(node, ast.If) and _is_type_checking(node):
            for child in node.orelse:
                yield from _runtime_imports(ast.Module(body=[child], type_ignores=[]))
            continue
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            yield node.module
            yield from (f"{node.module}.{alias.name}" for alias in node.names)
        yield from _runtime_imports(node)


def _imports() -> dict[str, set[str]]:
    graph: dict[str, set[str]] = {}
    for path in sorted([*BOT.rglob("*.py"), *(ROOT / "bench").rglob("*.py")]):
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        graph[_module_name(path)] = set(_runtime_imports(tree))
    return graph


GRAPH = _imports()


def _package(module: str) -> str:
    """bot.corpus.dates -> bot.corpus; bot.exts.quiz._cog -> bot.exts.quiz; bot.app -> bot.app."""
    parts = module.split(".")
    if parts[0] == "bench":
        return "bench"
    if len(parts) >= 3 and parts[1] == "exts":
        return ".".join(parts[:3])
    return ".".join(parts[:2])


def test_the_import_graph_was_read() -> None:
    assert {"bot.corpus.clean", "bot.store.content", "bot.quiz.scoring", "bot.ui.errors"} <= GRAPH.keys()
    assert "bot.store.content_schema" in GRAPH["bot.store.content"]


@pytest.mark.parametrize("layer", NO_DISCORD)
def test_layers_below_the_glue_never_import_discord(layer: str) -> None:
    offenders = {module: sorted(i for i in imports if i == "discord" or i.startswith("discord."))
                 for module, imports in GRAPH.items()
                 if module == layer or module.startswith(layer + ".")}
    assert {m: i for m, i in offenders.items() if i} == {}


def test_no_feature_imports_another_features_private_module() -> None:
    crossings = []
    for module, imports in GRAPH.items():
        for imported in imports:
            parts = imported.split(".")
            if (len(parts) >= 4 and parts[:2] == ["bot", "exts"] and parts[3].startswith("_")
                    and _package(imported) != _package(module)):
                crossings.append((module, imported))
    assert crossings == []


def test_the_product_never_imports_the_benchmarks() -> None:
    assert {m for m, imports in GRAPH.items()
            if m.startswith("bot.") and any(i == "bench" or i.startswith("bench.") for i in imports)
            and m != "bot.__main__"} == set()


def package_cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Every cycle between packages of ``graph`` (module -> imported names), each once."""
    packages = {_package(m) for m in graph}
    edges: dict[str, set[str]] = {}
    for module, imports in graph.items():
        for imported in imports:
            # "from bot.store.content import ContentStore" also yields "bot.store.content.ContentStore"
            owner = next((m for m in (imported, imported.rpartition(".")[0]) if m in graph), None)
            if owner is None:
                continue
            source, target = _package(module), _package(owner)
            if source != target and target in packages:
                edges.setdefault(source, set()).add(target)
    cycles: list[list[str]] = []

    def visit(node: str, path: list[str]) -> None:
        for nxt in sorted(edges.get(node, ())):
            if nxt == path[0]:
                cycles.append([*path, nxt])
            elif nxt not in path and nxt > path[0]:  # each cycle once, from its smallest member
                visit(nxt, [*path, nxt])

    for start in sorted(edges):
        visit(start, [start])
    return cycles


def test_no_package_import_cycles() -> None:
    assert package_cycles(GRAPH) == []


def test_the_cycle_check_sees_a_cycle_through_three_packages() -> None:
    graph = {"bot.alpha.one": {"bot.beta.two", "bot.beta.two.Thing"}, "bot.beta.two": {"bot.gamma"},
             "bot.gamma": {"bot.alpha.one"}, "bot.delta": {"bot.alpha.one"}}
    assert package_cycles(graph) == [["bot.alpha", "bot.beta", "bot.gamma", "bot.alpha"]]


def _top_level_names(tree: ast.Module) -> list[str]:
    """The names a module's own statements assign at its top level, once per assignment."""
    names: list[str] = []
    for node in tree.body:
        targets = node.targets if isinstance(node, ast.Assign) else [node.target] if isinstance(node, ast.AnnAssign) else []
        names += [t.id for t in targets if isinstance(t, ast.Name)]
    return names


def test_no_module_assigns_one_top_level_name_twice() -> None:
    """A pattern or a word set assigned twice in one module is one rule silently replacing another at import: in
    bot/corpus/grammar.py a second _PLACE_PREPOSITIONS had replaced the first, and a new _BARE_ROLE replaced the one a
    rule already used. ruff does not report a reassigned module constant; this does."""
    twice = {}
    for path in sorted(BOT.rglob("*.py")):
        names = _top_level_names(ast.parse(path.read_text(encoding="utf-8")))
        if repeated := sorted({n for n in names if names.count(n) > 1}):
            twice[str(path.relative_to(ROOT))] = repeated
    assert twice == {}


def test_the_twice_assigned_check_sees_a_reassignment() -> None:
    tree = ast.parse("_A = 1\n_B: int = 2\n_A = 3\n")
    assert _top_level_names(tree) == ["_A", "_B", "_A"]
