"""Filling a form for a client: drafts, finishing, and what a finished consent records.

A response keeps the form id, the version it was started on and the language it was
shown in. A draft is saved as often as the GUI likes (``save_draft``) and stays on its
version even after a newer version ships; ``finish`` checks the answers against that
version and stores only the answers of questions still asked. A finished response is
not changed again (a new one is started instead). Finishing the consent form records a
``Consent`` with what was agreed to, so the rest of the app can ask whether it exists.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from outreach_desktop.core.errors import OutreachError
from outreach_desktop.core.forms.definition import (
    AnswerProblem,
    FormDefinition,
    check_answers,
    clean_answers,
)
from outreach_desktop.core.repository import UnitOfWork
from outreach_desktop.core.storage.models import Client, Consent, FormResponse

#: What a finished consent form's yes/no answers grant, as ``Consent.scope`` codes.
CONSENT_SCOPES = {"consent_basic": "processing", "consent_special": "special_categories",
                  "consent_referral": "referral_talks"}
MAX_ANSWER_CHARS = 20_000


class FormResponseError(OutreachError):
    """``rule``: ``response_not_found``, ``response_final``, ``form_mismatch``,
    ``language_not_offered``, ``client_not_found`` or ``answer_too_long``."""

    def __init__(self, rule: str) -> None:
        super().__init__(rule)
        self.rule = rule


class AnswersIncomplete(OutreachError):
    """The answers cannot be finished yet; ``problems`` says where and why."""

    def __init__(self, problems: list[AnswerProblem]) -> None:
        super().__init__(", ".join(f"{p.field_id}:{p.code}" for p in problems))
        self.problems = problems


def pick_language(form: FormDefinition, client_languages: list[str]) -> str:
    """The first of the client's languages the form is written in; else German."""
    for language in client_languages:
        if language in form.languages:
            return language
    return "de"


def start_response(uow: UnitOfWork, client_id: str, form: FormDefinition,
                   language: str) -> FormResponse:
    client = uow.session.get(Client, client_id)
    if client is None or client.deleted_at is not None:
        raise FormResponseError("client_not_found")
    if language not in form.languages:
        raise FormResponseError("language_not_offered")
    return uow.add(FormResponse, client_id=client_id, form_id=form.id,
                   form_version=form.version, language=language, answers={},
                   status="draft")


def _draft(uow: UnitOfWork, response_id: str) -> FormResponse:
    response = uow.session.get(FormResponse, response_id)
    if response is None or response.deleted_at is not None:
        raise FormResponseError("response_not_found")
    if response.status != "draft":
        raise FormResponseError("response_final")
    return response


def _stored(form: FormDefinition, answers: dict[str, Any]) -> dict[str, Any]:
    """Answers of the form's own fields, empties dropped (a draft keeps hidden ones)."""
    known = {f.id for f in form.fields if f.answers}
    kept = {k: v for k, v in answers.items() if k in known and v not in (None, "", [])}
    for value in kept.values():
        if isinstance(value, str) and len(value) > MAX_ANSWER_CHARS:
            raise FormResponseError("answer_too_long")
    return kept


def _check_form(response: FormResponse, form: FormDefinition) -> None:
    if (response.form_id, response.form_version) != (form.id, form.version):
        raise FormResponseError("form_mismatch")


def save_draft(uow: UnitOfWork, response_id: str, form: FormDefinition,
               answers: dict[str, Any], language: str | None = None) -> FormResponse:
    """Store the answers as they are (unfinished ones too); ``language`` switches the
    language the form is shown in."""
    response = _draft(uow, response_id)
    _check_form(response, form)
    fields: dict[str, Any] = {"answers": _stored(form, answers)}
    if language is not None:
        if language not in form.languages:
            raise FormResponseError("language_not_offered")
        fields["language"] = language
    return uow.update(response, **fields)


def finish(uow: UnitOfWork, response_id: str, form: FormDefinition,
           answers: dict[str, Any], on: date | None = None) -> FormResponse:
    """Check and finish; ``AnswersIncomplete`` (nothing saved) if anything is missing."""
    response = _draft(uow, response_id)
    _check_form(response, form)
    kept = _stored(form, answers)
    problems = check_answers(form, kept)
    if problems:
        raise AnswersIncomplete(problems)
    response = uow.update(response, answers=clean_answers(form, kept), status="final")
    if form.id == "consent":
        scope = [code for key, code in CONSENT_SCOPES.items() if response.answers.get(key)]
        if scope:
            uow.add(Consent, client_id=response.client_id, form_id=form.id,
                    form_version=form.version, language=response.language,
                    given_on=on or date.today(), scope=scope)
    return response


def discard(uow: UnitOfWork, response_id: str) -> None:
    """Throw a draft away (a finished form is kept)."""
    uow.delete(_draft(uow, response_id))


def client_responses(session: Session, client_id: str) -> list[FormResponse]:
    """The client's forms, newest first."""
    return list(session.scalars(
        select(FormResponse).where(FormResponse.client_id == client_id,
                                   FormResponse.deleted_at.is_(None))
        .order_by(FormResponse.created_at.desc(), FormResponse.id.desc())))


def get_response(session: Session, response_id: str) -> FormResponse:
    response = session.get(FormResponse, response_id)
    if response is None or response.deleted_at is not None:
        raise FormResponseError("response_not_found")
    return response
