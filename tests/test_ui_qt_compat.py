"""The one place that decides what the running Qt allows."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSortFilterProxyModel, QStringListModel, qVersion

from waboard.ui.common import qt_compat
from waboard.ui.common.qt_compat import refilter_rows, version_check


def test_version_check_compares_numbers_not_text():
    assert version_check("6.0")
    assert version_check(qVersion())
    assert not version_check("6.999")
    assert not version_check("7.0", compiled=False)


class StartsWith(QSortFilterProxyModel):
    """Keeps the words starting with `prefix`."""

    prefix = ""

    def filterAcceptsRow(self, source_row, source_parent):  # noqa: N802
        word = self.sourceModel().index(source_row, 0, source_parent).data()
        return word.startswith(self.prefix)


@pytest.mark.filterwarnings("ignore:.*invalidateRowsFilter:DeprecationWarning")
@pytest.mark.parametrize("newest", [True, False], ids=["filter-change", "invalidate-rows"])
def test_refilter_rows_shows_what_the_change_keeps(qtbot, monkeypatch, newest):
    if newest and not qt_compat.ROW_FILTER_CHANGE:
        pytest.skip("this Qt has no endFilterChange")
    monkeypatch.setattr(qt_compat, "ROW_FILTER_CHANGE", newest)
    proxy = StartsWith()
    proxy.setSourceModel(QStringListModel(["ana", "andrés", "bea", "carlos"]))
    assert proxy.rowCount() == 4
    with qtbot.waitSignal(proxy.rowsRemoved):
        refilter_rows(proxy, lambda: setattr(proxy, "prefix", "an"))
    assert [proxy.index(row, 0).data() for row in range(proxy.rowCount())] == ["ana", "andrés"]
