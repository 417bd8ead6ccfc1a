"""The request queue's business calendar, from the system settings."""

from __future__ import annotations

from datetime import time

from mebposta_admin.domain.business_calendar import BusinessCalendar
from mebposta_admin.services.system_settings import SystemSettings, parse_dates


def calendar_of(settings: SystemSettings) -> BusinessCalendar:
    hours, minutes = (int(part) for part in settings.request_cutoff.split(":"))
    return BusinessCalendar(
        cutoff=time(hours, minutes),
        closures=parse_dates(settings.business_closures),
        working_days=parse_dates(settings.business_working_days),
    )
