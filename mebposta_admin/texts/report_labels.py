"""Words of the Excel reports (headings, the header block) and of the unit accounts' import
report and export, in the "Labels" translation context like texts.labels."""

from __future__ import annotations

from typing import TYPE_CHECKING

from mebposta_admin.texts import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    from mebposta_admin.services.reports import ReportTexts


def _t(text: str) -> str:
    return translate("Labels", text)


_UNIT_BULK = {
    "unit_verdict.created": QT_TRANSLATE_NOOP("Labels", "Created"),
    "unit_verdict.handed_over": QT_TRANSLATE_NOOP(
        "Labels", "Handed over: send a new password to the new custodian"
    ),
    "unit_verdict.updated": QT_TRANSLATE_NOOP("Labels", "Updated"),
    "unit_verdict.unchanged": QT_TRANSLATE_NOOP("Labels", "Unchanged"),
    "unit_verdict.ready": QT_TRANSLATE_NOOP(
        "Labels", "Correct (not imported: other rows were rejected)"
    ),
    "unit_verdict.rejected": QT_TRANSLATE_NOOP("Labels", "Rejected"),
    "unit_export.central": QT_TRANSLATE_NOOP("Labels", "central"),
    "unit_export.active": QT_TRANSLATE_NOOP("Labels", "active"),
    "unit_export.inactive": QT_TRANSLATE_NOOP("Labels", "inactive"),
    "unit_export.flag": QT_TRANSLATE_NOOP("Labels", "No valid primary custodian"),
    "unit_export.sheet": QT_TRANSLATE_NOOP("Labels", "Unit accounts"),
}
# The export's headings, in services.units.EXPORT_COLUMNS order; the import reads the
# address, office, custodian, deputies and quota headings back (in either language).
_UNIT_EXPORT_HEADERS = (
    QT_TRANSLATE_NOOP("Labels", "Address"),
    QT_TRANSLATE_NOOP("Labels", "Office code"),
    QT_TRANSLATE_NOOP("Labels", "Office"),
    QT_TRANSLATE_NOOP("Labels", "Province"),
    QT_TRANSLATE_NOOP("Labels", "Status"),
    QT_TRANSLATE_NOOP("Labels", "Quota (MB)"),
    QT_TRANSLATE_NOOP("Labels", "Primary custodian"),
    QT_TRANSLATE_NOOP("Labels", "Custodian's name"),
    QT_TRANSLATE_NOOP("Labels", "Deputies"),
    QT_TRANSLATE_NOOP("Labels", "Last password"),
    QT_TRANSLATE_NOOP("Labels", "Warning"),
)
_REPORT = {
    "report.audit": QT_TRANSLATE_NOOP("Labels", "Audit trail — detail"),
    "sheet.audit": QT_TRANSLATE_NOOP("Labels", "Events"),
    "head.filters": QT_TRANSLATE_NOOP("Labels", "Filters"),
    "head.exporter": QT_TRANSLATE_NOOP("Labels", "Exported by"),
    "head.exported_at": QT_TRANSLATE_NOOP("Labels", "Exported at (Turkey)"),
    "head.version": QT_TRANSLATE_NOOP("Labels", "Application"),
    "head.chain": QT_TRANSLATE_NOOP("Labels", "Audit chain"),
    "head.chain_head": QT_TRANSLATE_NOOP("Labels", "Chain head covered (event · hash)"),
    "chain.never": QT_TRANSLATE_NOOP("Labels", "never verified"),
    "chain.intact": QT_TRANSLATE_NOOP("Labels", "last verification: intact"),
    "chain.broken": QT_TRANSLATE_NOOP("Labels", "last verification: BROKEN"),
    "filter.none": QT_TRANSLATE_NOOP("Labels", "all events of the exporter's scope"),
    "filter.since": QT_TRANSLATE_NOOP("Labels", "from"),
    "filter.until": QT_TRANSLATE_NOOP("Labels", "until"),
    "filter.admin": QT_TRANSLATE_NOOP("Labels", "administrator"),
    "filter.action": QT_TRANSLATE_NOOP("Labels", "action"),
    "filter.province_code": QT_TRANSLATE_NOOP("Labels", "province"),
    "filter.target_type": QT_TRANSLATE_NOOP("Labels", "target"),
    "filter.target_id": QT_TRANSLATE_NOOP("Labels", "target number"),
    "filter.outcome": QT_TRANSLATE_NOOP("Labels", "outcome"),
    "filter.text": QT_TRANSLATE_NOOP("Labels", "text in the details"),
    "filter.targets": QT_TRANSLATE_NOOP("Labels", "trail of"),
    "col.time": QT_TRANSLATE_NOOP("Labels", "Time"),
    "col.admin": QT_TRANSLATE_NOOP("Labels", "Administrator"),
    "col.workstation": QT_TRANSLATE_NOOP("Labels", "Workstation"),
    "col.action": QT_TRANSLATE_NOOP("Labels", "Action"),
    "col.outcome": QT_TRANSLATE_NOOP("Labels", "Outcome"),
    "col.target": QT_TRANSLATE_NOOP("Labels", "Target"),
    "col.target_id": QT_TRANSLATE_NOOP("Labels", "Target number"),
    "col.province": QT_TRANSLATE_NOOP("Labels", "Province"),
    "col.central": QT_TRANSLATE_NOOP("Labels", "Central desk (no province)"),
    "col.details": QT_TRANSLATE_NOOP("Labels", "Details (masked)"),
    "col.event": QT_TRANSLATE_NOOP("Labels", "Event"),
    "report.summary": QT_TRANSLATE_NOOP("Labels", "Summary — provinces and administrators"),
    "report.backlog": QT_TRANSLATE_NOOP("Labels", "Info-update requests — open backlog"),
    "sheet.provinces": QT_TRANSLATE_NOOP("Labels", "Provinces"),
    "sheet.admins": QT_TRANSLATE_NOOP("Labels", "Administrators"),
    "sheet.backlog": QT_TRANSLATE_NOOP("Labels", "Backlog"),
    "chart.provinces": QT_TRANSLATE_NOOP("Labels", "Passwords sent and requests received"),
    "sheet.chart": QT_TRANSLATE_NOOP("Labels", "Chart"),
    "filter.all_time": QT_TRANSLATE_NOOP("Labels", "the whole trail (no period chosen)"),
    "filter.open": QT_TRANSLATE_NOOP("Labels", "open requests of the exporter's scope"),
    "sum.reissue_sent": QT_TRANSLATE_NOOP("Labels", "Passwords sent"),
    "sum.reissue_refused": QT_TRANSLATE_NOOP("Labels", "Passwords refused"),
    "sum.reissue_unknown": QT_TRANSLATE_NOOP("Labels", "Passwords, outcome unknown"),
    "sum.requests_received": QT_TRANSLATE_NOOP("Labels", "Requests received"),
    "sum.requests_approved": QT_TRANSLATE_NOOP("Labels", "Requests approved"),
    "sum.requests_rejected": QT_TRANSLATE_NOOP("Labels", "Requests rejected"),
    "sum.same_day_share": QT_TRANSLATE_NOOP("Labels", "Decided by the deadline"),
    "sum.handovers": QT_TRANSLATE_NOOP("Labels", "Unit handovers"),
    "sum.sms_sent": QT_TRANSLATE_NOOP("Labels", "SMS sent"),
    "sum.sms_failed": QT_TRANSLATE_NOOP("Labels", "SMS failed"),
    "sum.tickets_received": QT_TRANSLATE_NOOP("Labels", "Tickets received"),
    "sum.tickets_first_response_share": QT_TRANSLATE_NOOP(
        "Labels", "Tickets answered first within SLA"
    ),
    "sum.tickets_solved": QT_TRANSLATE_NOOP("Labels", "Tickets solved"),
    "sum.ticket_replies": QT_TRANSLATE_NOOP("Labels", "Ticket answers sent"),
    "col.request": QT_TRANSLATE_NOOP("Labels", "Request"),
    "col.received": QT_TRANSLATE_NOOP("Labels", "Received"),
    "col.due": QT_TRANSLATE_NOOP("Labels", "Due"),
    "col.age_days": QT_TRANSLATE_NOOP("Labels", "Age (days)"),
    "col.overdue": QT_TRANSLATE_NOOP("Labels", "Overdue"),
    "col.status": QT_TRANSLATE_NOOP("Labels", "Status"),
    "col.name": QT_TRANSLATE_NOOP("Labels", "Name"),
    "col.tckn": QT_TRANSLATE_NOOP("Labels", "TCKN (masked)"),
    "col.district": QT_TRANSLATE_NOOP("Labels", "District"),
    "col.source": QT_TRANSLATE_NOOP("Labels", "Source"),
    "col.assigned": QT_TRANSLATE_NOOP("Labels", "Assigned to"),
    "yes": QT_TRANSLATE_NOOP("Labels", "yes"),
}


def unit_bulk_text(code: str) -> str:
    """Texts of the unit accounts' import report and export."""
    if code in _UNIT_BULK:
        return _t(_UNIT_BULK[code])
    from mebposta_admin.texts.labels import import_text

    return import_text(code)


def unit_export_headers() -> tuple[str, ...]:
    return tuple(_t(text) for text in _UNIT_EXPORT_HEADERS)


def report_text(key: str) -> str:
    """Headings and header-block words of the Excel reports."""
    return _t(_REPORT[key]) if key in _REPORT else key


def report_texts() -> ReportTexts:
    """The translated words a report needs (services.reports.ReportTexts)."""
    from mebposta_admin.services.reports import ReportTexts
    from mebposta_admin.texts.labels import action_text, outcome_text, target_text

    return ReportTexts(
        label=report_text, action=action_text, outcome=outcome_text, target=target_text
    )
