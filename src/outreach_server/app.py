"""The ASGI application: ``create_app(settings)``; ``app_from_environment`` for workers
that uvicorn starts (``outreach-server serve --workers N``)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI

from outreach_desktop import __version__
from outreach_server.api import errors
from outreach_server.api.body_limit import BodySizeLimit
from outreach_server.api.routes import (
    admin,
    clients,
    enrol,
    figures,
    health,
    hello,
    login,
    me,
    records,
    sync,
)
from outreach_server.db import Database
from outreach_server.settings import Settings, settings_from_environment

DESCRIPTION = """The sync server of Outreach Desktop: devices enrol with a one-time code,
authenticate with a bearer token, and sync (hello, push, pull). Every error answer is
`{"detail": ..., "reason": ...}`; a revoked device is answered 401 with `"wipe": true`."""


def create_app(settings: Settings, db: Database | None = None) -> FastAPI:
    database = db or Database(settings.database_url)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        yield
        database.dispose()

    app = FastAPI(title="Outreach sync server", version=__version__, description=DESCRIPTION,
                  lifespan=lifespan)
    app.state.settings = settings
    app.state.db = database
    errors.install(app)
    app.add_middleware(BodySizeLimit, max_bytes=settings.max_body_bytes)
    for module in (health, enrol, hello, login, me, sync, records, clients, figures, admin):
        app.include_router(module.router)
    return app


def app_from_environment() -> FastAPI:
    return create_app(settings_from_environment())
