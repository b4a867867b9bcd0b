"""The shared read-only table model: headers fixed by the class or given and changed."""

from __future__ import annotations

from PySide6.QtCore import Qt

from waboard.ui.common.table_model import HeadedTableModel


class Words(HeadedTableModel):
    """Rows of texts under headers given at construction; number columns right-aligned."""

    def header_alignment(self, section: int) -> Qt.AlignmentFlag | None:
        return Qt.AlignmentFlag.AlignRight if section else None

    def cell_data(self, row: int, column: int, role: int) -> object:
        return self._rows[row][column] if role == Qt.ItemDataRole.DisplayRole else None


def texts(model: HeadedTableModel) -> list[list[object]]:
    return [[model.index(row, column).data() for column in range(model.columnCount())]
            for row in range(model.rowCount())]


def test_rows_show_under_their_headers(qtbot):
    model = Words(headers=["Name", "Count"])
    model.set_rows([["ana", "2"], ["bea", "5"]])
    assert texts(model) == [["ana", "2"], ["bea", "5"]]
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Count"
    align = Qt.ItemDataRole.TextAlignmentRole
    assert model.headerData(0, Qt.Orientation.Horizontal, align) is None
    assert model.headerData(1, Qt.Orientation.Horizontal, align) == int(Qt.AlignmentFlag.AlignRight)
    assert model.index(5, 0).data() is None


def test_new_headers_keep_rows_only_when_the_columns_still_fit(qtbot):
    model = Words(headers=["Name", "Count"])
    model.set_rows([["ana", "2"]])
    with qtbot.waitSignal(model.modelReset):
        model.set_headers(["Customer", "Messages"])
    assert texts(model) == [["ana", "2"]]
    model.set_headers(["Customer"])
    assert model.rowCount() == 0 and model.columnCount() == 1


def test_class_headers_are_the_default(qtbot):
    class Fixed(Words):
        HEADERS = ("When", "What")

    assert Fixed().columnCount() == 2
