"""Excel reports: the audit trail's detail (and, next, the summary and the request backlog),
written the one way (reports.workbook), scoped and masked like the screens, each export
itself an audit event (its filters, row count and the file's hash)."""

from mebposta_admin.services.reports.audit_report import ExportResult, ReportTexts, export_audit

__all__ = ["ExportResult", "ReportTexts", "export_audit"]
