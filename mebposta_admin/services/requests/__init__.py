"""Info-update requests ("Kullanıcı Bilgi Güncelleme Formu"): intake from the portal feed, an
Excel export and the desk (intake, feed, excel); the queue (queue); the three-way review against
our record and MEBBİS (review); decisions and their application (decide).

Every source stores a form through :func:`intake.store`, which checks it the one way
(domain.info_update), computes its same-day deadline (domain.business_calendar) and supersedes
an older open request for the same TCKN — visibly, in both requests' history.
"""

from __future__ import annotations

# Request statuses.
PENDING = "pending"  # waiting for a decision
SECOND_APPROVAL = "second_approval"  # approved once; a GSM change waiting for a second admin
APPLIED = "applied"  # approved and the person updated
REJECTED = "rejected"  # rejected by an administrator, or stored rejected by the intake check
SUPERSEDED = "superseded"  # a newer request for the same TCKN replaced it
OPEN_STATUSES = (PENDING, SECOND_APPROVAL)
STATUSES = (PENDING, SECOND_APPROVAL, APPLIED, REJECTED, SUPERSEDED)

# Sources.
PORTAL = "portal"
EXCEL = "excel"
DESK = "desk"
SOURCES = (PORTAL, EXCEL, DESK)

# History (request_events.kind).
RECEIVED = "received"
REJECTED_AT_INTAKE = "rejected_at_intake"
SUPERSEDED_EVENT = "superseded"
SUPERSEDES = "supersedes"
ASSIGNED = "assigned"
UNASSIGNED = "unassigned"
FIRST_APPROVAL = "first_approval"
APPROVED = "approved"
REJECTED_EVENT = "rejected"
APPLIED_EVENT = "applied"
NOTICE_SENT = "notice_sent"
NOTICE_FAILED = "notice_failed"
NOTICE_UNKNOWN = "notice_unknown"
