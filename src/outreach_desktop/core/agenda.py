"""*Heute*: what is due today — open follow-ups and goal steps, overdue first."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import text
from sqlalchemy.orm import Session

from outreach_desktop.core.client_search import OPEN_FOLLOW_UPS_DUE  # one meaning of "open"


@dataclass(frozen=True)
class AgendaItem:
    """``kind`` is "follow_up" or "goal_step"; ``title`` is the step's title (empty for a
    follow-up); ``item_id`` the contact or step id."""

    kind: str
    due_on: date
    client_id: str
    client_name: str
    client_code: str
    title: str
    item_id: str

    def overdue(self, today: date) -> bool:
        return self.due_on < today


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
