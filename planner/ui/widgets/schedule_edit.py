"""Editing a Schedule: time zone, all-day or timed, start and end, date precision."""

from __future__ import annotations

from datetime import date, datetime, time

from PySide6.QtCore import QDate, QDateTime, QTime
from PySide6.QtWidgets import QCheckBox, QComboBox, QGridLayout, QLabel, QWidget

from planner.domain.enums import DatePrecision
from planner.domain.schedule import Schedule
from planner.ui.text import tr
from planner.ui.widgets.typed_dates import TypedDateTimeEdit

ZONES = ("Asia/Hong_Kong", "Asia/Shanghai", "Asia/Macau", "Asia/Taipei", "Asia/Singapore",
         "Asia/Tokyo", "Europe/London", "Europe/Berlin", "America/New_York", "UTC")


class ScheduleEdit(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        self.timezone = QComboBox()
        self.timezone.setEditable(True)
        self.timezone.addItems(ZONES)
        self.timezone.setObjectName("timezone")
        self.all_day = QCheckBox(tr("ScheduleEdit", "&All day"))
        self.all_day.setObjectName("all_day")
        self.start = TypedDateTimeEdit()
        self.start.setObjectName("start")
        self.end = TypedDateTimeEdit()
        self.end.setObjectName("end")
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
        self.start.setToolTip(tr("ScheduleEdit", "Type the start as year-month-day hour:minute or "
                                 "pick the day from the calendar; the end moves with it"))
        self.end.setToolTip(tr("ScheduleEdit", "Type the end as year-month-day hour:minute or "
                               "pick the day from the calendar"))
        self.precision = QComboBox()
        self.precision.setObjectName("precision")
        for value, label in ((DatePrecision.EXACT, tr("ScheduleEdit", "Exact dates")),
                             (DatePrecision.MONTH, tr("ScheduleEdit", "Month only")),
                             (DatePrecision.APPROXIMATE, tr("ScheduleEdit", "Approximate"))):
            self.precision.addItem(label, value.value)
        grid.addWidget(QLabel(tr("ScheduleEdit", "Starts")), 0, 0)
        grid.addWidget(self.start, 0, 1)
        grid.addWidget(QLabel(tr("ScheduleEdit", "Ends")), 0, 2)
        grid.addWidget(self.end, 0, 3)
        grid.addWidget(QLabel(tr("ScheduleEdit", "Time zone")), 1, 0)
        grid.addWidget(self.timezone, 1, 1)
        grid.addWidget(self.all_day, 1, 2)
        grid.addWidget(self.precision, 1, 3)
        self.all_day.toggled.connect(self._all_day_changed)
        self._following = False  # the end is being moved with the start, not edited
        self._span_secs, self._span_days = 0, 0
        self.start.dateTimeChanged.connect(self._end_follows_start)
        self.end.dateTimeChanged.connect(self._remember_span)
        self.set_value(None)

    def _all_day_changed(self, on: bool) -> None:
        fmt = "yyyy-MM-dd" if on else "yyyy-MM-dd HH:mm"
        for edit in (self.start, self.end):
            edit.setDisplayFormat(fmt)

    def _end_follows_start(self, value: QDateTime) -> None:
        # Moving the start keeps the duration, as calendar programs do; all-day items keep their
        # number of days (their hidden times do not count).
        self._following = True
        if self.all_day.isChecked():
            self.end.setDate(value.date().addDays(self._span_days))
        else:
            self.end.setDateTime(value.addSecs(self._span_secs))
        self._following = False

    def _remember_span(self, _value: QDateTime | None = None) -> None:
        if not self._following:
            start, end = self.start.dateTime(), self.end.dateTime()
            self._span_secs = start.secsTo(end)
            self._span_days = start.date().daysTo(end.date())

    def set_value(self, schedule: Schedule | None, default_zone: str = "Asia/Hong_Kong") -> None:
        if schedule is None:
            today = date.today()
            start = datetime.combine(today, time(9, 30))
            self._set_edits(start, datetime.combine(today, time(17, 0)))
            self.timezone.setCurrentText(default_zone)
            self.all_day.setChecked(False)
            self._all_day_changed(False)
            self.precision.setCurrentIndex(0)
            return
        self.timezone.setCurrentText(schedule.timezone)
        self.all_day.setChecked(schedule.all_day)
        self._all_day_changed(schedule.all_day)
        if schedule.all_day:
            assert schedule.first_day and schedule.last_day
            self._set_edits(datetime.combine(schedule.first_day, time(0)),
                            datetime.combine(schedule.last_day, time(0)))
        else:
            assert schedule.start and schedule.end
            self._set_edits(schedule.start.replace(tzinfo=None), schedule.end.replace(tzinfo=None))
        self.precision.setCurrentIndex(max(0, self.precision.findData(schedule.precision.value)))

    def _set_edits(self, start: datetime, end: datetime) -> None:
        self.start.blockSignals(True)
        self.start.setDateTime(_qdt(start))
        self.start.blockSignals(False)
        self.end.setDateTime(_qdt(end))
        self._remember_span()

    def value(self) -> Schedule:
        """The schedule entered; raises ValidationError naming start, end or timezone."""
        zone = self.timezone.currentText().strip()
        precision = DatePrecision(self.precision.currentData())
        start, end = _py(self.start.dateTime()), _py(self.end.dateTime())
        if self.all_day.isChecked():
            return Schedule.days(start.date(), end.date(), zone, precision)
        return Schedule.timed(start, end, zone, precision)


def _qdt(value: datetime) -> QDateTime:
    return QDateTime(QDate(value.year, value.month, value.day),
                     QTime(value.hour, value.minute, value.second))


def _py(value: QDateTime) -> datetime:
    d, t = value.date(), value.time()
    return datetime(d.year(), d.month(), d.day(), t.hour(), t.minute())
