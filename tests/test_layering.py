"""The package's layers, read from the source with `ast` (nothing is imported).

rules/ is pure; Qt only in ui/; sqlite only in store/; features reach the main window only
through `WorkspaceWindow`; and no module imports itself round a circle.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import waboard

PACKAGE_DIR = Path(waboard.__file__).parent
QT_ROOTS = {"PySide6", "shiboken6"}
SQLITE_ROOTS = {"sqlite3", "sqlite_utils"}
CLOCK_CALLS = {("datetime", "now"), ("datetime", "utcnow"), ("datetime", "today"),
               ("date", "today"), ("time", "time"), ("time", "monotonic")}
"""Calls that read the wall clock (`owner.name()`); rules/ takes time as an argument."""
CLOCK_MODULES = {"time"}
MAIN_WINDOW = "waboard.ui.main_window"
MAY_IMPORT_MAIN_WINDOW = {"waboard.ui.app", "waboard.ui.screenshots", MAIN_WINDOW}


@dataclass(frozen=True)
class Import:
    """One import statement's target, as written in `module` at `line`."""

    module: str
    target: str
    line: int

    @property
    def root(self) -> str:
        return self.target.split(".")[0]

    def __str__(self) -> str:
        return f"{self.module} (line {self.line}) imports {self.target}"


def module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE_DIR.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def parse_modules() -> dict[str, tuple[Path, ast.Module]]:
    return {module_name(path): (path, ast.parse(path.read_text("utf-8"), str(path)))
            for path in sorted(PACKAGE_DIR.rglob("*.py"))}


MODULES = parse_modules()


def is_type_checking_block(node: ast.AST) -> bool:
    if not isinstance(node, ast.If):
        return False
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING")


def walk_outside_type_checking(node: ast.AST) -> Iterator[ast.AST]:
    """Every node below `node`, function bodies included, except `if TYPE_CHECKING:` bodies
    (their `else:` branch runs and is kept)."""
    for child in ast.iter_child_nodes(node):
        if is_type_checking_block(child):
            for other in child.orelse:
                yield other
                yield from walk_outside_type_checking(other)
            continue
        yield child
        yield from walk_outside_type_checking(child)


def package_of(module: str, path: Path) -> str:
    return module if path.name == "__init__.py" else module.rpartition(".")[0]


def resolve_relative(module: str, path: Path, level: int, name: str | None) -> str:
    base = package_of(module, path).split(".")
    if level > 1:
        base = base[: len(base) - (level - 1)]
    return ".".join(base + ([name] if name else []))


@cache
def imports_of(module: str) -> list[Import]:
    """What `module` imports, relative imports resolved; `from x import y` counts as x.y when
    x.y is a module of the package, else as x."""
    path, tree = MODULES[module]
    found = []
    for node in walk_outside_type_checking(tree):
        if isinstance(node, ast.Import):
            found += [Import(module, alias.name, node.lineno) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            source = (resolve_relative(module, path, node.level, node.module) if node.level
                      else node.module or "")
            for alias in node.names:
                submodule = f"{source}.{alias.name}"
                found.append(Import(module, submodule if submodule in MODULES else source,
                                    node.lineno))
    return found


def clock_calls_of(module: str) -> list[str]:
    _path, tree = MODULES[module]
    calls = []
    for node in walk_outside_type_checking(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            owner = node.func.value
            owner_name = owner.id if isinstance(owner, ast.Name) else (
                owner.attr if isinstance(owner, ast.Attribute) else "")
            if (owner_name, node.func.attr) in CLOCK_CALLS:
                calls.append(f"{module} (line {node.lineno}) calls "
                             f"{owner_name}.{node.func.attr}()")
    return calls


def in_package(module: str, package: str) -> bool:
    return module == package or module.startswith(package + ".")


def all_imports() -> list[Import]:
    return [found for module in MODULES for found in imports_of(module)]


def test_the_package_is_found():
    assert len(MODULES) > 50, f"only {len(MODULES)} modules found under {PACKAGE_DIR}"
    assert {"waboard.rules.engine", "waboard.store.store", MAIN_WINDOW} <= set(MODULES)
    assert sum(1 for m in MODULES if in_package(m, "waboard.rules")) >= 5
    assert len(all_imports()) > 300


# The translation hook has no imports of its own: the rules' sentences go through it.
RULES_MAY_IMPORT = {"waboard.i18n"}


def test_rules_import_nothing_else_of_waboard_nor_qt_sqlite_or_time():
    wrong = [str(found) for module in MODULES if in_package(module, "waboard.rules")
             for found in imports_of(module)
             if (found.root == "waboard" and not in_package(found.target, "waboard.rules")
                 and found.target not in RULES_MAY_IMPORT)
             or found.root in QT_ROOTS | SQLITE_ROOTS | CLOCK_MODULES]
    assert not wrong, "waboard.rules must stay pure:\n" + "\n".join(wrong)


def test_rules_do_not_read_the_wall_clock():
    wrong = [call for module in MODULES if in_package(module, "waboard.rules")
             for call in clock_calls_of(module)]
    assert not wrong, "waboard.rules takes time as an argument:\n" + "\n".join(wrong)


def qt_outside_ui() -> list[Import]:
    return [found for found in all_imports()
            if found.root in QT_ROOTS and not in_package(found.module, "waboard.ui")]


def test_no_qt_outside_ui():
    wrong = [str(found) for found in qt_outside_ui()]
    assert not wrong, "Qt belongs in waboard.ui:\n" + "\n".join(wrong)


def test_no_sqlite_outside_store():
    wrong = [str(found) for found in all_imports()
             if found.root in SQLITE_ROOTS and not in_package(found.module, "waboard.store")]
    assert not wrong, "sqlite belongs in waboard.store:\n" + "\n".join(wrong)


def test_ui_modules_reach_the_main_window_only_through_its_host():
    wrong = [str(found) for found in all_imports()
             if in_package(found.target, MAIN_WINDOW) and found.module not in
             MAY_IMPORT_MAIN_WINDOW]
    assert not wrong, ("features use waboard.ui.common.host.WorkspaceWindow instead:\n"
                       + "\n".join(wrong))


def import_graph() -> dict[str, set[str]]:
    """Module -> the package modules it imports (a package's import also counts as its
    `__init__`)."""
    return {module: {found.target for found in imports_of(module)
                     if found.target in MODULES and found.target != module}
            for module in MODULES}


def find_cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """One import cycle as a path that ends where it starts, or None."""
    done: set[str] = set()
    for start in sorted(graph):
        if start in done:
            continue
        path, on_path = [start], {start}
        stack = [iter(sorted(graph[start]))]
        while stack:
            step = next(stack[-1], None)
            if step is None:
                stack.pop()
                done.add(on_path_remove(path, on_path))
            elif step in on_path:
                return path[path.index(step):] + [step]
            elif step not in done:
                path.append(step)
                on_path.add(step)
                stack.append(iter(sorted(graph[step])))
    return None


def on_path_remove(path: list[str], on_path: set[str]) -> str:
    last = path.pop()
    on_path.discard(last)
    return last


def reaches(graph: dict[str, set[str]], start: str, goal: str) -> bool:
    seen, todo = set(), [start]
    while todo:
        module = todo.pop()
        if module == goal:
            return True
        if module not in seen:
            seen.add(module)
            todo += graph[module]
    return False


def test_no_import_cycles():
    graph = import_graph()
    cycle = find_cycle(graph)
    assert cycle is None, "import cycle: " + " -> ".join(cycle or [])


def test_the_cycle_finder_finds_a_cycle_and_names_it():
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a", "d"}, "d": set()}
    assert find_cycle(graph) == ["a", "b", "c", "a"]
    assert find_cycle({"a": {"b"}, "b": set(), "c": {"b"}}) is None
