"""Opening, creating and seeding workspace files (shared by the app and its menus)."""

from __future__ import annotations

from pathlib import Path

from .i18n import translate
from .resources import DEMO_WORKSPACE, resource
from .scenario.loader import Scenario, ScenarioError, load_scenario
from .scenario.runner import play
from .service import Workspace
from .store import Store


def open_workspace(path: Path | str | None, *, seed_demo: bool = False) -> Workspace:
    """Open a workspace file; a new file gets the demo inbox when `seed_demo` is set.

    Raises StoreError for a file that is not a waboard workspace (left untouched).
    """
    is_new = path is None or not Path(path).exists() or Path(path).stat().st_size == 0
    if path is not None:
        Path(path).parent.mkdir(parents=True, exist_ok=True)
    store = Store.open(path)
    if is_new and seed_demo:
        seed_with_demo(store)
        workspace = Workspace(store)
        workspace.play()
        return workspace
    return Workspace(store)


def seed_with_demo(store: Store) -> None:
    """Play the bundled demo workspace into an empty store."""
    play(load_scenario(resource(DEMO_WORKSPACE)), store)


def create_from_scenario(scenario: Scenario, target: Path) -> Workspace:
    """Play a scenario into the new file `target`; on failure no file is left behind."""
    if target.exists() and target.stat().st_size:
        raise ScenarioError(translate("Workspaces", "{file} already exists: choose a new file "
                                      "for the scenario").format(file=target))
    target.parent.mkdir(parents=True, exist_ok=True)
    store = Store.open(target)
    try:
        play(scenario, store)
    except BaseException:
        store.close()
        remove_database(target)
        raise
    return Workspace(store)


def reset_to_demo(workspace: Workspace) -> Workspace:
    """Replace a workspace with the demo inbox (its file, if any, is rewritten)."""
    path = workspace.store.path
    workspace.store.close()
    if path is not None:
        remove_database(path)
    return open_workspace(path, seed_demo=True)


def remove_database(path: Path) -> None:
    """Delete a database file with its WAL companions and its clean-close seal."""
    for suffix in ("", "-wal", "-shm", "-sealed"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
