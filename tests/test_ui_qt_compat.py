"""The calls that need a recent Qt, behind one module."""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, QStringListModel

from waboard.ui.common.qt_compat import refilter_rows


class StartsWith(QSortFilterProxyModel):
    """Keeps the words starting with `prefix`."""

    prefix = ""

    def filterAcceptsRow(self, source_row, source_parent):  # noqa: N802
        word = self.sourceModel().index(source_row, 0, source_parent).data()
        return word.startswith(self.prefix)


def test_refilter_rows_shows_what_the_change_keeps(qtbot):
    proxy = StartsWith()
    proxy.setSourceModel(QStringListModel(["ana", "andrés", "bea", "carlos"]))
    assert proxy.rowCount() == 4
    with qtbot.waitSignal(proxy.rowsRemoved):
        refilter_rows(proxy, lambda: setattr(proxy, "prefix", "an"))
    assert [proxy.index(row, 0).data() for row in range(proxy.rowCount())] == ["ana", "andrés"]
    with qtbot.waitSignal(proxy.rowsInserted):
        refilter_rows(proxy, lambda: setattr(proxy, "prefix", ""))
    assert proxy.rowCount() == 4
