"""The case management method as operations on the vault (see shared/DOMAIN.md).

Every function that changes something takes a ``UnitOfWork`` (one transaction, outbox
and history included); reads take a ``Session``. Phases follow the method one step at a
time: forward to the next phase, or back one step (a goal agreement revisited after
monitoring); a case is closed from any phase, always with a reason.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from outreach_desktop.core.client_import import new_client_code
from outreach_desktop.core.errors import OutreachError
from outreach_desktop.core.repository import UnitOfWork
from outreach_desktop.core.storage.models import (
    CASE_PHASES,
    Attachment,
    Case,
    Client,
    Consent,
    Contact,
    FormResponse,
    Goal,
    GoalStep,
    HistoryEntry,
    Note,
    Referral,
)
from outreach_desktop.core.validation import (
    ValidationFailed,
    check_client,
    check_contact,
    check_due_date,
)

OPEN_PHASES = CASE_PHASES[:-1]  # every phase but "closed"
MAX_ATTACHMENT_BYTES = 25 * 1024 * 1024


class CaseRuleBroken(OutreachError):
    """An operation the method does not allow; ``rule`` names which."""

    def __init__(self, rule: str) -> None:
        super().__init__(rule)
        self.rule = rule


def allowed_phase_changes(phase: str) -> list[str]:
    """The phases a case in ``phase`` may move to by a phase change (closing is separate)."""
    if phase not in OPEN_PHASES:
        return []
    i = OPEN_PHASES.index(phase)
    return [p for p in (OPEN_PHASES[i - 1] if i > 0 else None,
                        OPEN_PHASES[i + 1] if i + 1 < len(OPEN_PHASES) else None) if p]


# --- clients ---------------------------------------------------------------------------------
def create_client(uow: UnitOfWork, given_name: str, family_name: str,
                  date_of_birth: date | None = None, **fields: Any) -> Client:
    check_client(given_name, family_name, date_of_birth).raise_if_blocked()
    fields.setdefault("client_code", new_client_code())
    return uow.add(Client, given_name=given_name.strip(), family_name=family_name.strip(),
                   date_of_birth=date_of_birth, **fields)


def update_client(uow: UnitOfWork, client: Client, **fields: Any) -> Client:
    merged = {"given_name": client.given_name, "family_name": client.family_name,
              "date_of_birth": client.date_of_birth, **fields}
    check_client(merged["given_name"], merged["family_name"],
                 merged["date_of_birth"]).raise_if_blocked()
    return uow.update(client, **fields)


_CLIENT_CHILDREN: tuple[type[Any], ...] = (Contact, Referral, Note, Consent, FormResponse,
                                            Attachment)


def delete_client(uow: UnitOfWork, client: Client) -> int:
    """Tombstone the client and everything recorded about them; returns rows deleted.

    Tombstones, not erasure: on the next sync the server and every device holding the
    record delete it too. Erasure under GDPR Art. 17 (a purge) is a server-side act.
    """
    session = uow.session
    count = 0
    for case in session.scalars(select(Case).where(Case.client_id == client.id,
                                                   Case.deleted_at.is_(None))):
        for goal in session.scalars(select(Goal).where(Goal.case_id == case.id,
                                                       Goal.deleted_at.is_(None))):
            for step in session.scalars(select(GoalStep).where(GoalStep.goal_id == goal.id,
                                                               GoalStep.deleted_at.is_(None))):
                uow.delete(step)
                count += 1
            uow.delete(goal)
            count += 1
        uow.delete(case)
        count += 1
    for model in _CLIENT_CHILDREN:
        for row in session.scalars(select(model).where(model.client_id == client.id,
                                                       model.deleted_at.is_(None))):
            uow.delete(row)
            count += 1
    uow.delete(client)
    return count + 1


# --- cases ---------------------------------------------------------------------------------------
def open_case(uow: UnitOfWork, client_id: str, opened_on: date | None = None) -> Case:
    if current_case(uow.session, client_id, open_only=True) is not None:
        raise CaseRuleBroken("case_already_open")
    return uow.add(Case, client_id=client_id, phase=OPEN_PHASES[0],
                   opened_on=opened_on or date.today())


def current_case(session: Session, client_id: str, open_only: bool = False) -> Case | None:
    query = select(Case).where(Case.client_id == client_id, Case.deleted_at.is_(None))
    if open_only:
        query = query.where(Case.closed_on.is_(None))
    query = query.order_by(Case.closed_on.is_not(None), Case.opened_on.desc())
    return session.scalars(query.limit(1)).first()


def change_phase(uow: UnitOfWork, case: Case, phase: str) -> Case:
    if phase not in allowed_phase_changes(case.phase):
        raise CaseRuleBroken("phase_not_allowed")
    return uow.update(case, phase=phase)


def close_case(uow: UnitOfWork, case: Case, reason: str, closed_on: date | None = None) -> Case:
    if case.closed_on is not None:
        raise CaseRuleBroken("case_already_closed")
    if not reason:
        raise ValidationFailed({"closure_reason": "required"})
    closed_on = closed_on or date.today()
    if closed_on < case.opened_on:
        raise ValidationFailed({"closed_on": "before_opened"})
    return uow.update(case, phase="closed", closure_reason=reason, closed_on=closed_on)


# --- goals ---------------------------------------------------------------------------------------
def add_goal(uow: UnitOfWork, case: Case, title: str, due_on: date | None = None,
             topic: str | None = None, agreed_on: date | None = None) -> Goal:
    if not title.strip():
        raise ValidationFailed({"title": "required"})
    check_due_date(due_on, agreed_on or case.opened_on).raise_if_blocked()
    return uow.add(Goal, case_id=case.id, title=title.strip(), due_on=due_on, topic=topic,
                   agreed_on=agreed_on or date.today())


def add_goal_step(uow: UnitOfWork, goal: Goal, title: str, due_on: date | None = None) -> GoalStep:
    if not title.strip():
        raise ValidationFailed({"title": "required"})
    position = len(uow.session.scalars(select(GoalStep.id).where(GoalStep.goal_id == goal.id))
                   .all())
    return uow.add(GoalStep, goal_id=goal.id, title=title.strip(), due_on=due_on,
                   position=position)


def complete_step(uow: UnitOfWork, step: GoalStep, done_on: date | None = None) -> GoalStep:
    return uow.update(step, done_on=done_on or date.today())


# --- contacts, referrals, notes, documents ---------------------------------------------------
def log_contact(uow: UnitOfWork, client_id: str, occurred_on: date, kind: str,
                duration_minutes: int | None = None, district: str | None = None,
                topics: list[str] | None = None, language: str | None = None, note: str = "",
                follow_up_on: date | None = None) -> Contact:
    check_contact(occurred_on, kind, duration_minutes, note, follow_up_on).raise_if_blocked()
    case = current_case(uow.session, client_id, open_only=True)
    return uow.add(Contact, client_id=client_id, case_id=case.id if case else None,
                   occurred_on=occurred_on, kind=kind, duration_minutes=duration_minutes,
                   district=district, topics=list(topics or []), language=language,
                   note=note.strip(), follow_up_on=follow_up_on)


def add_referral(uow: UnitOfWork, client_id: str, institution: str, status: str = "planned",
                 referred_on: date | None = None, note: str = "") -> Referral:
    if not institution.strip():
        raise ValidationFailed({"institution": "required"})
    case = current_case(uow.session, client_id, open_only=True)
    return uow.add(Referral, client_id=client_id, case_id=case.id if case else None,
                   institution=institution, status=status,
                   referred_on=referred_on or date.today(), note=note.strip())


def add_note(uow: UnitOfWork, client_id: str, body: str) -> Note:
    if not body.strip():
        raise ValidationFailed({"body": "required"})
    case = current_case(uow.session, client_id, open_only=True)
    return uow.add(Note, client_id=client_id, case_id=case.id if case else None,
                   body=body.strip())


def add_attachment(uow: UnitOfWork, client_id: str, filename: str, content: bytes,
                   media_type: str = "application/octet-stream") -> Attachment:
    """Store a document inside the encrypted database (never as a file beside it)."""
    if len(content) > MAX_ATTACHMENT_BYTES:
        raise ValidationFailed({"content": "too_large"})
    return uow.add(Attachment, client_id=client_id, filename=filename, media_type=media_type,
                   size=len(content), sha256=hashlib.sha256(content).hexdigest(),
                   content=content)


# --- reading a whole record --------------------------------------------------------------------
@dataclass
class ClientRecord:
    """Everything the client record shows, loaded in one go on the worker."""

    client: Client
    cases: list[Case]
    goals: dict[str, list[Goal]]  # case id -> goals
    steps: dict[str, list[GoalStep]]  # goal id -> steps
    contacts: list[Contact]
    referrals: list[Referral]
    notes: list[Note]
    attachments: list[tuple[str, str, str, int]]  # id, filename, media type, size
    consents: list[Consent]
    history: list[HistoryEntry] = field(default_factory=list)
    forms: list[FormResponse] = field(default_factory=list)  # newest first

    @property
    def current_case(self) -> Case | None:
        open_cases = [c for c in self.cases if c.closed_on is None]
        candidates = open_cases or self.cases
        return candidates[0] if candidates else None


def load_record(session: Session, client_id: str, history_limit: int = 500) -> ClientRecord:
    client = session.get(Client, client_id)
    if client is None or client.deleted_at is not None:
        raise CaseRuleBroken("client_not_found")

    def live(model: Any, *where: Any, order: Any = None) -> list[Any]:
        query = select(model).where(model.deleted_at.is_(None), *where)
        return list(session.scalars(query.order_by(order) if order is not None else query))

    cases = live(Case, Case.client_id == client_id, order=Case.opened_on.desc())
    case_ids = [c.id for c in cases]
    goals = live(Goal, Goal.case_id.in_(case_ids), order=Goal.due_on) if case_ids else []
    goal_ids = [g.id for g in goals]
    steps = live(GoalStep, GoalStep.goal_id.in_(goal_ids), order=GoalStep.position) \
        if goal_ids else []
    attachments = session.execute(
        select(Attachment.id, Attachment.filename, Attachment.media_type, Attachment.size)
        .where(Attachment.client_id == client_id, Attachment.deleted_at.is_(None))).all()
    row_ids = [client_id, *case_ids, *goal_ids]
    history = list(session.scalars(
        select(HistoryEntry).where(HistoryEntry.row_id.in_(row_ids))
        .order_by(HistoryEntry.seq.desc()).limit(history_limit)))
    by_case: dict[str, list[Goal]] = {}
    for goal in goals:
        by_case.setdefault(goal.case_id, []).append(goal)
    by_goal: dict[str, list[GoalStep]] = {}
    for step in steps:
        by_goal.setdefault(step.goal_id, []).append(step)
    return ClientRecord(
        client=client, cases=cases, goals=by_case, steps=by_goal,
        contacts=live(Contact, Contact.client_id == client_id,
                      order=Contact.occurred_on.desc()),
        referrals=live(Referral, Referral.client_id == client_id,
                       order=Referral.referred_on.desc()),
        notes=live(Note, Note.client_id == client_id, order=Note.created_at.desc()),
        attachments=[tuple(a) for a in attachments],  # type: ignore[misc]
        consents=live(Consent, Consent.client_id == client_id, order=Consent.given_on.desc()),
        history=history,
        forms=live(FormResponse, FormResponse.client_id == client_id,
                   order=FormResponse.created_at.desc()),
    )


def attachment_content(session: Session, attachment_id: str) -> tuple[str, bytes]:
    row = session.get(Attachment, attachment_id)
    if row is None or row.deleted_at is not None:
        raise CaseRuleBroken("attachment_not_found")
    return row.filename, row.content
