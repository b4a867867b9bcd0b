"""Go back to...: choose an earlier instant of the simulated clock; the dialog says which
actions after it will be removed before anything is (a bookmark keeps the way back)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QDateTime, QTimeZone
from PySide6.QtWidgets import (
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...i18n import QT_TRANSLATE_NOOP, translate
from ...rules.instants import to_second
from ...service import InputError, Workspace
from ..common.host import WorkspaceWindow
from ..common.widgets import plain_label
from ..inbox.clock_text import format_clock
from ..inbox.rewind_confirm import removal_text

STEPS = ((QT_TRANSLATE_NOOP("GoBack", "−1 min"), QT_TRANSLATE_NOOP("GoBack", "1 min earlier"),
          timedelta(minutes=1)),
         (QT_TRANSLATE_NOOP("GoBack", "−1 h"), QT_TRANSLATE_NOOP("GoBack", "1 h earlier"),
          timedelta(hours=1)),
         (QT_TRANSLATE_NOOP("GoBack", "−1 day"), QT_TRANSLATE_NOOP("GoBack", "1 day earlier"),
          timedelta(days=1)))
"""(button, its tooltip, the step back)."""


class GoBackDialog(QDialog):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("GoBack", "Go back to…"))
        self.setMinimumWidth(520)
        self.workspace = workspace
        now = to_second(workspace.now())
        first = workspace.first_instant() or now
        layout = QVBoxLayout(self)
        layout.addWidget(plain_label(self, "", translate(
            "GoBack", "The clock reads {now}. Choose an earlier moment: everything done after "
            "it is removed, and a bookmark lets you come back here.").format(
                now=format_clock(now))))
        form = QFormLayout()
        self.when = QDateTimeEdit(self)
        self.when.setTimeZone(QTimeZone.utc())
        self.when.setDisplayFormat("d MMM yyyy  HH:mm:ss 'UTC'")
        self.when.setCalendarPopup(True)
        self.when.setAccessibleName(translate("GoBack", "Go back to"))
        self.when.setDateTimeRange(_qt(first), _qt(now))
        self.when.setDateTime(_qt(now))
        self.when.dateTimeChanged.connect(lambda _value: self._explain())
        row = QHBoxLayout()
        row.addWidget(self.when, 1)
        for text, tip, step in STEPS:
            button = QPushButton(translate("GoBack", text), self)
            button.setToolTip(translate("GoBack", tip))
            button.clicked.connect(lambda _=False, s=step: self.step_back(s))
            row.addWidget(button)
        form.addRow(translate("GoBack", "Go back to"), row)
        layout.addLayout(form)
        self.plan_label = plain_label(self, "rewindPlan", tall_as_text=True)
        layout.addWidget(self.plan_label)
        layout.addStretch(1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.go_button = self.buttons.addButton(translate("GoBack", "Go back"),
                                                QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.go)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.rewound = None
        self._explain()

    def chosen(self) -> datetime:
        return _from_qt(self.when.dateTime())

    def step_back(self, step: timedelta) -> None:
        self.when.setDateTime(_qt(max(self.chosen() - step, _from_qt(self.when.minimumDateTime()))))

    def _explain(self) -> None:
        try:
            plan = self.workspace.rewind_plan(self.chosen())
        except InputError as error:
            self.plan_label.setText(str(error))
            self.go_button.setEnabled(False)
            return
        at_now = self.chosen() >= to_second(self.workspace.now())
        self.plan_label.setText(translate("GoBack", "That is now: nothing to go back over.")
                                if at_now else removal_text(plan))
        self.go_button.setEnabled(not at_now)
        count = len(plan)
        if count == 1:
            label = translate("GoBack", "Remove 1 action and go back")
        elif count:
            label = translate("GoBack", "Remove {count} actions and go back").format(count=count)
        else:
            label = translate("GoBack", "Go back")
        self.go_button.setText(label)

    def go(self) -> None:
        try:
            self.rewound = self.workspace.rewind(self.chosen())
        except InputError as error:
            self.plan_label.setText(str(error))
            return
        host = WorkspaceWindow.host_of(self.parentWidget())
        if host is not None:
            host.show_status(self.rewound.shown_summary())
        self.accept()


def _qt(at: datetime) -> QDateTime:
    return QDateTime.fromSecsSinceEpoch(int(at.timestamp()), QTimeZone.utc())


def _from_qt(value: QDateTime) -> datetime:
    return datetime.fromtimestamp(value.toSecsSinceEpoch(), UTC)
