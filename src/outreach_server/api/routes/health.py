from __future__ import annotations

from fastapi import APIRouter
from sqlalchemy import text

from outreach_desktop.core.sync.protocol import PROTOCOL_VERSION
from outreach_server.api.deps import DbDep
from outreach_server.schemas import HealthPublic

router = APIRouter(tags=["operations"])


@router.get("/v1/health", summary="Health check", response_model=HealthPublic)
def health(db: DbDep) -> HealthPublic:
    """For load balancers: answers when the database answers."""
    with db.read() as session:
        session.execute(text("SELECT 1"))
    return HealthPublic(status="ok", protocol_version=PROTOCOL_VERSION)
