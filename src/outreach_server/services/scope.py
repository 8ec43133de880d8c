"""Who may see which synced rows: the one place the server decides it.

- caseworker: the clients they own, and those shared with them;
- supervisor: the clients of their team (or of their organisation when they have none);
- coordinator and admin: no rows at all (figures and administration only).

Reference rows (organisations, teams, catalogues, form definitions) are seen by
caseworkers and supervisors of their organisation, and those of no organisation by all.
Every check is made on the server, against the row's current scope columns.
"""

from __future__ import annotations

from collections.abc import Collection
from typing import Any

from sqlalchemy import ColumnElement, and_, false, or_, select
from sqlalchemy.orm import Session

from outreach_desktop.core.sync.tables import REFERENCE_TABLES
from outreach_server.models import ClientShare, SyncChange, SyncRow
from outreach_server.services.auth import Principal
from outreach_server.services.errors import Forbidden

READERS = ("caseworker", "supervisor")


def require_reader(principal: Principal) -> None:
    if principal.role not in READERS:
        raise Forbidden(f"a {principal.role} has no access to case records", "role_forbidden")


def shared_client_ids(session: Session, principal: Principal) -> set[str]:
    if principal.role != "caseworker":
        return set()
    return set(session.scalars(select(ClientShare.client_id)
                               .where(ClientShare.user_id == principal.user_id)))


def sees_client_scope(principal: Principal, *, owner_user_id: str | None, team_id: str | None,
                      organisation_id: str | None, client_id: str | None,
                      shared: set[str]) -> bool:
    """Whether the caller may see a client with this scope."""
    if principal.role == "caseworker":
        return owner_user_id == principal.user_id or (client_id is not None
                                                      and client_id in shared)
    if principal.role == "supervisor":
        if principal.team_id is not None:
            return team_id == principal.team_id
        return organisation_id == principal.organisation_id
    return False


def sees_row(principal: Principal, row: SyncRow, shared: set[str]) -> bool:
    if row.client_id is None:  # reference data
        return principal.role in READERS and row.organisation_id in (
            None, principal.organisation_id)
    return sees_client_scope(principal, owner_user_id=row.owner_user_id, team_id=row.team_id,
                             organisation_id=row.organisation_id, client_id=row.client_id,
                             shared=shared)


def _reference(table_col: Any, org_col: Any, client_col: Any,
               principal: Principal) -> ColumnElement[bool]:
    return and_(client_col.is_(None), table_col.in_(REFERENCE_TABLES),
                or_(org_col.is_(None), org_col == principal.organisation_id))


def row_filter(principal: Principal,
               shared: Collection[str] | None = None) -> ColumnElement[bool]:
    """SQL: the ``sync_row`` rows the caller may see (client rows and reference rows).

    ``shared``: the caller's shared client ids (``shared_client_ids``), when the caller
    has read them already. Given as a list, PostgreSQL combines the owner, client and
    reference conditions through their indexes (a bitmap OR); as a subquery it cannot,
    and scans every row of the table for each caseworker."""
    reference = _reference(SyncRow.table_name, SyncRow.organisation_id, SyncRow.client_id,
                           principal)
    if principal.role == "caseworker":
        if shared is None:
            shares = select(ClientShare.client_id).where(
                ClientShare.user_id == principal.user_id)
            return or_(SyncRow.owner_user_id == principal.user_id,
                       SyncRow.client_id.in_(shares), reference)
        terms = [SyncRow.owner_user_id == principal.user_id, reference]
        if shared:
            terms.append(SyncRow.client_id.in_(sorted(shared)))
        return or_(*terms)
    if principal.role == "supervisor":
        if principal.team_id is not None:
            return or_(SyncRow.team_id == principal.team_id, reference)
        return or_(SyncRow.organisation_id == principal.organisation_id, reference)
    return false()


def client_row_filter(principal: Principal) -> ColumnElement[bool]:
    """SQL: the caller's client rows only (no reference data)."""
    return and_(SyncRow.client_id.is_not(None), row_filter(principal))


def change_filter(principal: Principal) -> ColumnElement[bool]:
    """SQL: the changes that may concern the caller, by the scope they were written with
    (before and after, for a change of access). Pull still checks each row's current
    scope before sending it."""
    reference = _reference(SyncChange.table_name, SyncChange.organisation_id,
                           SyncChange.client_id, principal)
    if principal.role == "caseworker":
        shares = select(ClientShare.client_id).where(ClientShare.user_id == principal.user_id)
        return or_(SyncChange.owner_user_id == principal.user_id,
                   SyncChange.prev_owner_user_id == principal.user_id,
                   SyncChange.client_id.in_(shares), reference)
    if principal.role == "supervisor":
        if principal.team_id is not None:
            return or_(SyncChange.team_id == principal.team_id,
                       SyncChange.prev_team_id == principal.team_id, reference)
        return or_(SyncChange.organisation_id == principal.organisation_id,
                   SyncChange.prev_organisation_id == principal.organisation_id, reference)
    return false()
