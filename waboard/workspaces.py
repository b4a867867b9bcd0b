"""Opening, creating and seeding workspace files (shared by the app and its menus)."""

from __future__ import annotations

from pathlib import Path

from .resources import DEMO_WORKSPACE, resource
from .scenario.loader import load_scenario
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
