"""Excel reports: the audit trail's detail, the managers' summary and the request backlog,
written the one way (reports.workbook), scoped and masked like the screens, each export
itself an audit event (its filters, row count and the file's hash)."""

from mebposta_admin.services.reports.audit_report import ExportResult, ReportTexts, export_audit
from mebposta_admin.services.reports.summary import export_backlog, export_summary

__all__ = ["ExportResult", "ReportTexts", "export_audit", "export_backlog", "export_summary"]
