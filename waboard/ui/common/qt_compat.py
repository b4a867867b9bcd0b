"""The calls that need a recent Qt, in one place.

pyproject.toml declares PySide6 >= 6.11, which has every call below (the reason for that
floor is written there). Lowering the floor means giving these functions their older
branches here, nowhere else.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSortFilterProxyModel


def refilter_rows(proxy: QSortFilterProxyModel,
                  change: Callable[[], None] = lambda: None) -> None:
    """Apply `change` to what `proxy` filters on, then redo its row filter only (column
    filtering is left alone), telling views which rows went and came.

    beginFilterChange came in Qt 6.9, its endFilterChange(Direction) only in 6.10."""
    proxy.beginFilterChange()
    change()
    proxy.endFilterChange(QSortFilterProxyModel.Direction.Rows)
