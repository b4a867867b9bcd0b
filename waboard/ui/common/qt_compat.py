"""What the running Qt allows: the one place that compares Qt versions.

pyproject.toml declares the lowest PySide6 the app supports; a call newer than that is
reached only through this module, which picks it or its older equivalent. Raising the
floor later means deleting the older branches here, nowhere else.
"""

from __future__ import annotations

from collections.abc import Callable

import PySide6
from PySide6.QtCore import QSortFilterProxyModel, qVersion


def _numbers(version: str) -> tuple[int, ...]:
    """(6, 10, 1) for "6.10.1"; the parts after the patch number (like "6.6.3.1") are
    builds of the same Qt."""
    return tuple(int(part) for part in version.split(".")[:3])


def version_check(version: str, *, compiled: bool = True) -> bool:
    """True if the running Qt is at least `version` ("6.10"); with `compiled`, the PySide6
    bindings too, since bindings older than the Qt under them lack its new calls."""
    wanted = _numbers(version)
    if _numbers(qVersion()) < wanted:
        return False
    return not compiled or _numbers(PySide6.__version__) >= wanted


# QSortFilterProxyModel.beginFilterChange came in Qt 6.9, but the matching
# endFilterChange(Direction) only in 6.10: before that, invalidateRowsFilter does the job.
ROW_FILTER_CHANGE = version_check("6.10")


def refilter_rows(proxy: QSortFilterProxyModel,
                  change: Callable[[], None] = lambda: None) -> None:
    """Apply `change` to what `proxy` filters on, then redo its row filter only (column
    filtering is left alone), telling views which rows went and came."""
    if ROW_FILTER_CHANGE:
        proxy.beginFilterChange()
        change()
        proxy.endFilterChange(QSortFilterProxyModel.Direction.Rows)
    else:
        change()
        proxy.invalidateRowsFilter()
