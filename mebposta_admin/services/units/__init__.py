"""Unit accounts (birim hesapları): the offices' shared mailboxes, their custodians, and the
mailbox actions every mailbox shares (deactivate / reactivate, quota, old addresses).

Scope: a unit account belongs to its province (``mailboxes.province_code``), a central unit to
none — so a province administrator manages the province's units and only national roles the
central ones (services.scope; the action guard refuses and audits the rest). A personal
mailbox belongs to its person's area.

Custody: one primary custodian (the password's SMS goes to their GSM on file), optional
deputies; custody ends, it is never deleted. A handover ends the old primary's custody and
proposes an immediate reissue, because the old custodian knew the password; declining it is
recorded with a reason.
"""

from mebposta_admin.services.units.bulk import UnitImportReport, import_file
from mebposta_admin.services.units.create import Office, create, offices
from mebposta_admin.services.units.custodians import (
    add_deputy,
    decline_reissue,
    end_custody,
    handover,
)
from mebposta_admin.services.units.export import EXPORT_COLUMNS, export_file
from mebposta_admin.services.units.mailbox import add_alias, remove_alias, set_active, set_quota
from mebposta_admin.services.units.reading import (
    HISTORY_LIMIT,
    QUOTA_RANGE_MB,
    UNIT,
    CustodianInfo,
    HandoverResult,
    UnitCounts,
    UnitDetail,
    UnitRow,
    counts,
    detail,
    mailbox_target,
    matching,
    page,
)

__all__ = [
    "EXPORT_COLUMNS",
    "UnitImportReport",
    "export_file",
    "import_file",
    "HISTORY_LIMIT",
    "QUOTA_RANGE_MB",
    "UNIT",
    "CustodianInfo",
    "HandoverResult",
    "Office",
    "UnitCounts",
    "UnitDetail",
    "UnitRow",
    "add_alias",
    "add_deputy",
    "counts",
    "create",
    "decline_reissue",
    "detail",
    "end_custody",
    "handover",
    "mailbox_target",
    "matching",
    "offices",
    "page",
    "remove_alias",
    "set_active",
    "set_quota",
]
