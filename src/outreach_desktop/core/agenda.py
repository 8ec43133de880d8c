"""*Heute*: what is due today — open follow-ups and goal steps, overdue first — and the
supervisor's feedback not read yet."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import text
from sqlalchemy.orm import Session

from outreach_desktop.core.client_search import OPEN_FOLLOW_UPS_DUE  # one meaning of "open"


@dataclass(frozen=True)
class AgendaItem:
    """``kind`` is "follow_up", "goal_step" or "review" (unread feedback from a
    supervisor); ``title`` is the step's title (empty for a follow-up; for a review its
    kind, "comment", "approve" or "return"); ``item_id`` the contact, step or review id;
    ``detail`` the review's text (empty otherwise)."""

    kind: str
    due_on: date
    client_id: str
    client_name: str
    client_code: str
    title: str
    item_id: str
    detail: str = ""

    def overdue(self, today: date) -> bool:
        return self.kind != "review" and self.due_on < today


def feedback_items(session: Session) -> list[AgendaItem]:
    """Unread reviews, newest first: they stay in *Heute* until the client is opened."""
    from outreach_desktop.core.storage.models import Client
    from outreach_desktop.core.sync.local import unread_reviews

    items = []
    for review in unread_reviews(session):
        client = session.get(Client, review.client_id)
        if client is None or client.deleted_at is not None:
            continue
        items.append(AgendaItem(
            "review", review.created_at.date(), client.id,
            f"{client.given_name} {client.family_name}".strip(), client.client_code,
            review.kind, review.id, review.body))
    return items


def agenda(session: Session, today: date | None = None, horizon_days: int = 0,
           limit: int = 500) -> list[AgendaItem]:
    """Everything due up to ``today + horizon_days``: overdue first (oldest first), then
    today's; ties by client name."""
    today = today or date.today()
    until = date.fromordinal(today.toordinal() + horizon_days).isoformat()
    follow_ups = session.execute(text(f"""
        SELECT 'follow_up', f.due, c.id, c.given_name || ' ' || c.family_name, c.client_code,
               '', c.id
        FROM ({OPEN_FOLLOW_UPS_DUE}) AS f
        JOIN client c ON c.id = f.cid AND c.deleted_at IS NULL
    """), {"until": until}).all()
    steps = session.execute(text("""
        SELECT 'goal_step', s.due_on, c.id, c.given_name || ' ' || c.family_name,
               c.client_code, s.title, s.id
        FROM goal_step s
        JOIN goal g ON g.id = s.goal_id AND g.deleted_at IS NULL
        JOIN case_file cf ON cf.id = g.case_id AND cf.deleted_at IS NULL
                          AND cf.closed_on IS NULL
        JOIN client c ON c.id = cf.client_id AND c.deleted_at IS NULL
        WHERE s.deleted_at IS NULL AND s.done_on IS NULL AND s.due_on IS NOT NULL
          AND s.due_on <= :until
    """), {"until": until}).all()
    items = [AgendaItem(r[0], date.fromisoformat(str(r[1])[:10]), r[2], r[3].strip(), r[4],
                        r[5], r[6]) for r in [*follow_ups, *steps]]
    items.sort(key=lambda i: (i.due_on, i.client_name.casefold(), i.kind))
    return items[:limit]
