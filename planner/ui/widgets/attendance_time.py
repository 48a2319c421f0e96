"""The time an attendance is recorded at, on the event's clock: for an event that is over (or
not today), typed from a signed sheet. Shown in the event's zone, read back as naive UTC."""

from __future__ import annotations

from datetime import UTC, datetime, time
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, QDateTime, QTime
from PySide6.QtWidgets import QDateTimeEdit, QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from planner.operations.participants.attendance import AttendanceTime
from planner.ui.text import tr


class AttendanceTimeEdit(QDateTimeEdit):
    """A date and time within the event's days, on the event's clock."""

    def __init__(self, when: AttendanceTime, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("attendance_time")
        self.zone = ZoneInfo(when.timezone)
        self.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.setCalendarPopup(True)
        self.setDateTimeRange(_qt(datetime.combine(when.first_day, time(0, 0))),
                              _qt(datetime.combine(when.last_day, time(23, 59))))
        self.set_utc(when.default_at)
        self.setToolTip(tr("AttendanceTime", "When they arrived, on the event's clock ({0}): "
                           "for example the time on the signed sheet").format(when.timezone))

    def set_utc(self, moment: datetime) -> None:
        local = moment.replace(tzinfo=UTC).astimezone(self.zone).replace(tzinfo=None)
        self.setDateTime(_qt(local))

    def utc(self) -> datetime:
        """The shown time as the naive UTC instant the database stores."""
        shown = self.dateTime()
        d, t = shown.date(), shown.time()
        local = datetime(d.year(), d.month(), d.day(), t.hour(), t.minute(), tzinfo=self.zone)
        return local.astimezone(UTC).replace(tzinfo=None)


def _qt(value: datetime) -> QDateTime:
    return QDateTime(QDate(value.year, value.month, value.day), QTime(value.hour, value.minute))


class AttendanceTimeDialog(QDialog):
    """Asks when someone attended an event that is not on today (defaults to its start)."""

    def __init__(self, when: AttendanceTime, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("attendance_time_dialog")
        self.setWindowTitle(tr("AttendanceTime", "Record attendance"))
        intro = QLabel(tr("AttendanceTime", "This event is not on today. When did {0} arrive? "
                          "(the event's time, {1})").format(name, when.timezone))
        intro.setWordWrap(True)
        self.edit = AttendanceTimeEdit(when, self)
        intro.setBuddy(self.edit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("AttendanceTime",
                                                                      "Check in"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        for widget in (intro, self.edit, buttons):
            box.addWidget(widget)
