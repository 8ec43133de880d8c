"""Import the client lists caseworkers keep today (CSV or Excel .xlsx).

``plan_import`` reads and checks the whole file and returns an ``ImportPlan``: what would
be imported, the column mapping it used, and every problem with its row and column.
``apply_import`` writes the plan in one transaction: all rows or none.

Row numbers are those a person sees in a spreadsheet: the header is row 1.
"""

from __future__ import annotations

import csv
import io
import re
import secrets
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select

from outreach_desktop.core.catalogues import CatalogueIndex, fold
from outreach_desktop.core.errors import ImportFailed, ImportRejected
from outreach_desktop.core.repository import Repository
from outreach_desktop.core.storage.models import Client

MAX_FILE_BYTES = 100 * 1024 * 1024
MAX_ROWS = 200_000
MAX_TEXT = {"given_name": 200, "family_name": 200, "client_code": 40}
MAX_OTHER_TEXT = 1000

#: Field -> header names people use (German and English), compared after ``fold`` and
#: dropping everything but letters and digits.
HEADER_SYNONYMS: dict[str, tuple[str, ...]] = {
    "client_code": ("klientencode", "klientcode", "code", "kennung", "clientcode", "clientid",
                    "id", "pseudonym", "fallnummer"),
    "given_name": ("vorname", "vornamen", "rufname", "firstname", "givenname", "forename"),
    "family_name": ("nachname", "familienname", "name", "zuname", "lastname", "surname",
                    "familyname"),
    "aliases": ("alias", "aliase", "aliasnamen", "spitzname", "auchgenannt", "andereschreibweise",
                "aliases", "nickname", "othernames"),
    "date_of_birth": ("geburtsdatum", "geb", "gebdatum", "geboren", "geburtstag", "dateofbirth",
                      "dob", "birthdate", "birthday"),
    "languages": ("sprache", "sprachen", "muttersprache", "language", "languages"),
    "district": ("stadtbezirk", "bezirk", "district", "citydistrict"),
    "residence_status": ("aufenthaltsstatus", "aufenthalt", "aufenthaltstitel", "residencestatus",
                         "residence", "status"),
    "target_groups": ("zielgruppe", "zielgruppen", "merkmale", "targetgroup", "targetgroups"),
    "phone": ("telefon", "tel", "telefonnummer", "handy", "mobil", "phone", "mobile",
              "phonenumber"),
    "email": ("email", "mail", "emailadresse"),
}
IMPORTABLE_FIELDS = tuple(HEADER_SYNONYMS)
_CATALOGUE_OF = {"district": "district", "residence_status": "residence_status",
                 "target_groups": "target_group", "languages": "language"}
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_LIST_SPLIT = re.compile(r"\s*[,;/|]\s*")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


@dataclass(frozen=True)
class RowProblem:
    """What is wrong in one cell (or row): ``code`` names the kind, ``detail`` the facts."""

    row: int
    column: str | None
    code: str
    detail: dict[str, Any] = field(default_factory=dict)


@dataclass
class ClientDraft:
    row: int
    values: dict[str, Any]

    @property
    def identity(self) -> tuple[str, str, date | None]:
        return (fold(self.values.get("given_name", "")), fold(self.values.get("family_name", "")),
                self.values.get("date_of_birth"))


@dataclass
class ImportPlan:
    """Everything a dry run shows and ``apply_import`` writes."""

    source: Path
    mapping: dict[str, str]  # column header -> field
    ignored_columns: list[str]
    drafts: list[ClientDraft]
    problems: list[RowProblem]
    duplicates: list[RowProblem]
    rows_read: int

    @property
    def importable(self) -> list[ClientDraft]:
        bad = {p.row for p in self.problems} | {p.row for p in self.duplicates}
        return [d for d in self.drafts if d.row not in bad]


# --- reading --------------------------------------------------------------------------------
def _normalise_header(text: str) -> str:
    return re.sub(r"[^0-9a-z]", "", fold(text).replace("ß", "ss"))


Rows = Iterator[tuple[int, list[Any]]]


def _read_csv(path: Path, encoding: str | None) -> tuple[list[str], Rows]:
    raw = path.read_bytes()
    enc = encoding or "utf-8-sig"
    try:
        text = raw.decode(enc)
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise ImportFailed("encoding", line=line) from exc
    except LookupError as exc:
        raise ImportFailed("unknown_encoding", encoding=enc) from exc
    if "\x00" in text[:4096]:
        raise ImportFailed("encoding", line=1)
    sample = text[:65536]
    try:
        dialect: Any = csv.Sniffer().sniff(sample, delimiters=";,\t")
    except csv.Error:
        dialect = csv.excel
        dialect.delimiter = ";" if sample.count(";") > sample.count(",") else ","
    csv.field_size_limit(sys.maxsize)
    reader = csv.reader(io.StringIO(text, newline=""), dialect)
    try:
        header = next(reader)
    except StopIteration as exc:
        raise ImportFailed("empty") from exc
    except csv.Error as exc:
        raise ImportFailed("unreadable") from exc

    def rows() -> Rows:
        try:
            yield from enumerate(reader, start=2)
        except csv.Error as exc:
            raise ImportFailed("unreadable") from exc

    return header, rows()


def _read_xlsx(path: Path, sheet: str | None) -> tuple[list[str], Rows]:
    from openpyxl import load_workbook  # only needed for Excel files

    try:
        workbook = load_workbook(path, read_only=True, data_only=False)
        ws = workbook[sheet] if sheet else workbook.worksheets[0]
    except KeyError as exc:
        raise ImportFailed("unknown_sheet", sheet=sheet) from exc
    except Exception as exc:  # openpyxl raises many kinds for a file that is not xlsx
        raise ImportFailed("unreadable") from exc
    rows_iter = ws.iter_rows(values_only=True)
    try:
        header = ["" if v is None else str(v) for v in next(rows_iter)]
    except StopIteration as exc:
        raise ImportFailed("empty") from exc

    def rows() -> Rows:
        for number, row in enumerate(rows_iter, start=2):
            yield number, ["" if v is None else v for v in row]
        workbook.close()

    return header, rows()


def read_table(path: Path, encoding: str | None = None,
               sheet: str | None = None) -> tuple[list[str], Rows]:
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise ImportFailed("unreadable") from exc
    if size > MAX_FILE_BYTES:
        raise ImportFailed("too_large", limit_mb=MAX_FILE_BYTES // (1024 * 1024))
    suffix = path.suffix.lower()
    if suffix in (".csv", ".txt", ".tsv"):
        return _read_csv(path, encoding)
    if suffix in (".xlsx", ".xlsm"):
        return _read_xlsx(path, sheet)
    raise ImportFailed("unsupported_format")


# --- mapping --------------------------------------------------------------------------------
def map_columns(header: list[str], overrides: dict[str, str] | None = None) -> dict[str, str]:
    """Header -> field. Overrides (``--map "Spalte=field"``) win over the automatic guess."""
    overrides = overrides or {}
    known = {h.strip() for h in header}
    for column, target in overrides.items():
        if column not in known:
            raise ImportFailed("unknown_map_column", column=column)
        if target not in IMPORTABLE_FIELDS and target != "ignore":
            raise ImportFailed("unknown_map_field", field=target)
    synonyms = {syn: f for f, names in HEADER_SYNONYMS.items() for syn in names}
    mapping: dict[str, str] = {}
    taken = {t for t in overrides.values() if t != "ignore"}
    for raw in header:
        column = raw.strip()
        if column in overrides:
            if overrides[column] != "ignore":
                mapping[column] = overrides[column]
            continue
        guess = synonyms.get(_normalise_header(column))
        if guess and guess not in taken:
            mapping[column] = guess
            taken.add(guess)
    if not {"given_name", "family_name"} & set(mapping.values()):
        raise ImportFailed("missing_name_column")
    return mapping


# --- values ---------------------------------------------------------------------------------
_DATE_FORMATS = ("%d.%m.%Y", "%d.%m.%y", "%Y-%m-%d", "%d/%m/%Y", "%d-%m-%Y")


def parse_date(value: Any) -> date:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = str(value).strip()
    for fmt in _DATE_FORMATS:
        try:
            parsed = datetime.strptime(text, fmt).date()
        except ValueError:
            continue
        if fmt == "%d.%m.%y" and parsed > date.today():
            parsed = parsed.replace(year=parsed.year - 100)
        return parsed
    raise ValueError(text)


def _check_text(row: int, column: str, fieldname: str, value: Any,
                problems: list[RowProblem]) -> str | None:
    if isinstance(value, datetime | date):
        return value.isoformat()
    text = str(value).strip()
    if not text:
        return ""
    limit = MAX_TEXT.get(fieldname, MAX_OTHER_TEXT)
    if len(text) > limit:
        problems.append(RowProblem(row, column, "too_long", {"a": len(text), "b": limit}))
        return None
    if text.startswith(_FORMULA_START) and not re.fullmatch(r"[-+]?\d[\d ./-]*", text):
        problems.append(RowProblem(row, column, "formula"))
        return None
    if _CONTROL.search(text):
        problems.append(RowProblem(row, column, "control_chars"))
        return None
    return text


def _draft(row: int, cells: dict[str, Any], columns: dict[str, str], index: CatalogueIndex,
           problems: list[RowProblem]) -> ClientDraft | None:
    values: dict[str, Any] = {"aliases": [], "languages": [], "target_groups": [],
                              "contact_channels": []}
    before = len(problems)
    for fieldname, raw in cells.items():
        column = columns[fieldname]
        if isinstance(raw, str) and raw.startswith("=") and fieldname == "date_of_birth":
            problems.append(RowProblem(row, column, "formula"))
            continue
        if fieldname == "date_of_birth" and isinstance(raw, date | datetime):
            text: str | None = raw.isoformat()
        else:
            text = _check_text(row, column, fieldname, raw, problems)
        if not text:
            continue
        if fieldname == "date_of_birth":
            try:
                dob = parse_date(raw)
            except ValueError:
                problems.append(RowProblem(row, column, "bad_date"))
                continue
            if dob > date.today() or dob.year < 1900:
                problems.append(RowProblem(row, column, "implausible_date"))
                continue
            values["date_of_birth"] = dob
        elif fieldname in ("aliases", "languages", "target_groups"):
            items = [p for p in _LIST_SPLIT.split(text) if p]
            if fieldname == "aliases":
                values["aliases"] = items
                continue
            codes = []
            for item in items:
                code = index.lookup(_CATALOGUE_OF[fieldname], item)
                if code is None and fieldname == "target_groups":
                    problems.append(RowProblem(row, column, "unknown_code", {"a": item}))
                codes.append(code or fold(item))  # an unknown language is kept as typed
            values[fieldname] = codes
        elif fieldname in ("district", "residence_status"):
            code = index.lookup(_CATALOGUE_OF[fieldname], text)
            if code is None:
                problems.append(RowProblem(row, column, "unknown_code", {"a": text}))
            values[fieldname] = code
        elif fieldname in ("phone", "email"):
            values["contact_channels"].append({"kind": fieldname, "value": text})
        else:
            values[fieldname] = text
    if not values.get("given_name") and not values.get("family_name"):
        problems.append(RowProblem(row, None, "no_name"))
    return ClientDraft(row, values) if len(problems) == before else None


def plan_import(path: Path, repository: Repository, overrides: dict[str, str] | None = None,
                encoding: str | None = None, sheet: str | None = None) -> ImportPlan:
    """Read and check the whole file; nothing is written."""
    header, rows = read_table(path, encoding, sheet)
    mapping = map_columns(header, overrides)
    positions = {f: i for i, h in enumerate(header) if (f := mapping.get(h.strip()))}
    columns = {f: header[i].strip() for f, i in positions.items()}
    index = CatalogueIndex.from_repository(repository)
    drafts: list[ClientDraft] = []
    problems: list[RowProblem] = []
    rows_read = 0
    for number, row in rows:
        if not any(str(v).strip() for v in row):
            continue  # blank line
        rows_read += 1
        if rows_read > MAX_ROWS:
            raise ImportFailed("too_many_rows", limit=MAX_ROWS)
        cells = {f: row[i] for f, i in positions.items() if i < len(row)}
        draft = _draft(number, cells, columns, index, problems)
        if draft:
            drafts.append(draft)
    if rows_read == 0:
        raise ImportFailed("empty")
    duplicates = _find_duplicates(drafts, repository)
    return ImportPlan(path, {h: f for h, f in mapping.items()},
                      [h.strip() for h in header if h.strip() and h.strip() not in mapping],
                      drafts, problems, duplicates, rows_read)


def _find_duplicates(drafts: list[ClientDraft], repository: Repository) -> list[RowProblem]:
    with repository.read() as session:
        existing = session.execute(
            select(Client.given_name, Client.family_name, Client.date_of_birth, Client.client_code)
            .where(Client.deleted_at.is_(None))
        ).all()
    in_vault = {(fold(g), fold(f), d) for g, f, d, _ in existing}
    codes = {c for *_, c in existing}
    seen: dict[tuple, int] = {}
    seen_codes: dict[str, int] = {}
    found: list[RowProblem] = []
    for draft in drafts:
        code = draft.values.get("client_code")
        if code and (code in codes or code in seen_codes):
            found.append(RowProblem(draft.row, None, "duplicate_code"))
            continue
        if draft.identity in in_vault:
            found.append(RowProblem(draft.row, None, "duplicate_in_vault"))
        elif draft.identity in seen:
            found.append(RowProblem(draft.row, None, "duplicate_in_file",
                                    {"a": seen[draft.identity]}))
        else:
            seen[draft.identity] = draft.row
        if code:
            seen_codes[code] = draft.row
    return found


def new_client_code() -> str:
    alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I: read aloud on the phone
    body = "".join(secrets.choice(alphabet) for _ in range(8))
    return f"K-{body[:4]}-{body[4:]}"


def apply_import(plan: ImportPlan, repository: Repository, skip_duplicates: bool = False) -> int:
    """Write the plan in one transaction. Refuses (``ImportRejected``) if any row has a
    problem, or a duplicate unless ``skip_duplicates``. Returns the number imported."""
    if plan.problems or (plan.duplicates and not skip_duplicates):
        raise ImportRejected(plan.problems + ([] if skip_duplicates else plan.duplicates))
    rows = [{"client_code": new_client_code(), **draft.values} for draft in plan.importable]
    with repository.write() as uow:
        uow.add_many(Client, rows)
    return len(rows)
