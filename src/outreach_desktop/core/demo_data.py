"""Demo data: a believable caseload for trying the app, training and benchmarks.

Why it looks like this: a newcomer (or a reviewer of a screen) should meet the people
and the work the programme is about (see shared/DOMAIN.md), not "Test User 1". So the
clients are mostly 18–27, from the communities the Cologne programme serves, with names
in the scripts they are written in (Arabic, Persian, Cyrillic, Latin with ş, ı, đ, ć, š)
and the alternative spellings caseworkers meet; cases sit in every phase of the method;
contacts, goals, steps and referrals use the vault's own catalogue codes.

Why it is written like this:

- Deterministic: one ``random.Random(seed)`` makes every value and every id, so the
  same seed (and day) gives the same rows, and a bug seen in a demo can be replayed.
  Dates are relative to ``today`` so that "overdue" and "due today" exist in a demo
  started on any day.
- Every row goes through the repository (``UnitOfWork.add_many``), so demo rows carry
  outbox, history and search-index entries exactly like rows typed in by a caseworker.
- Batches of ``batch_size`` clients (with their cases, contacts, ...) per transaction:
  progress is reported and a cancel is honoured between batches, so a cancelled seed
  leaves whole batches only.

The names are invented combinations of common names; they go into the encrypted vault
only. Nothing here logs a name.
"""

from __future__ import annotations

import bisect
import itertools
import logging
import multiprocessing
import random
from collections.abc import Callable, Mapping, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import select

from outreach_desktop.core.catalogues import ensure_defaults, load_default_catalogues
from outreach_desktop.core.repository import Repository
from outreach_desktop.core.storage.models import (
    REFERRAL_STATUSES,
    Case,
    CatalogueEntry,
    Client,
    Contact,
    Goal,
    GoalStep,
    Referral,
    Syncable,
    format_uuid7,
)

log = logging.getLogger(__name__)

DEFAULT_BATCH = 2_000
HISTORY_DAYS = 730  # contacts spread over the last two years
_CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # as client_import.new_client_code


@dataclass
class SeedSummary:
    """What ``seed_demo`` wrote (whole batches only) and whether it was cancelled."""

    clients: int = 0
    cases: int = 0
    contacts: int = 0
    goals: int = 0
    goal_steps: int = 0
    referrals: int = 0
    batches: int = 0
    cancelled: bool = False

    @property
    def rows(self) -> int:
        return (self.clients + self.cases + self.contacts + self.goals + self.goal_steps
                + self.referrals)


# --- the people -----------------------------------------------------------------------------
#: A name as (native script or None, usual Latin spelling, other spellings met in files).
Name = tuple[str | None, str, *tuple[str, ...]]  # type: ignore[misc]


@dataclass(frozen=True)
class Community:
    """Where a client's family comes from, as far as the demo needs it: names, the
    languages spoken (catalogue codes), residence statuses with weights."""

    weight: int
    female: Sequence[Name]
    male: Sequence[Name]
    family: Sequence[Name]
    languages: Sequence[tuple[tuple[str, ...], int]]
    statuses: Sequence[tuple[str, int]]
    native_share: float = 0.0  # share written in the native script (alias: Latin)
    gendered_family: bool = False  # Russian -ov/-ova


COMMUNITIES: dict[str, Community] = {
    "turkish": Community(
        weight=18,
        female=[(None, "Ayşe", "Ayse"), (None, "Elif"), (None, "Zeynep"), (None, "Büşra", "Busra"),
                (None, "Selin"), (None, "Merve"), (None, "Esra"), (None, "Gül", "Guel"),
                (None, "Hatice"), (None, "Dilara"), (None, "Sıla", "Sila"), (None, "Özlem")],
        male=[(None, "Mehmet", "Mehmed"), (None, "Emre"), (None, "Burak"), (None, "Yusuf"),
              (None, "İbrahim", "Ibrahim"), (None, "Çağlar", "Caglar"), (None, "Gökhan"),
              (None, "Ömer", "Oemer", "Omer"), (None, "Oğuz", "Oguz"), (None, "Kerem"),
              (None, "Hüseyin", "Hüsseyin"), (None, "Furkan")],
        family=[(None, "Yılmaz", "Yilmaz"), (None, "Öztürk", "Oeztuerk"), (None, "Kaya"),
                (None, "Demir"), (None, "Şahin", "Sahin"), (None, "Çelik", "Celik"),
                (None, "Aydın", "Aydin"), (None, "Arslan"), (None, "Doğan", "Dogan"),
                (None, "Kılıç", "Kilic"), (None, "Koç", "Koc"), (None, "Erdoğan", "Erdogan")],
        languages=[(("tr", "de"), 6), (("tr",), 3), (("tr", "ku", "de"), 1)],
        statuses=[("settlement_permit", 3), ("residence_permit", 4), ("german_citizen", 2),
                  ("permission_to_reside", 2), ("toleration", 1)],
    ),
    "arabic": Community(
        weight=18,
        female=[("فاطمة", "Fatima", "Fatma"), ("مريم", "Maryam", "Mariam"),
                ("ليلى", "Layla", "Leila"),
                ("نور", "Nour", "Nur"), ("سارة", "Sara", "Sarah"), ("رنا", "Rana"),
                ("هبة", "Hiba", "Heba"), ("آية", "Aya", "Aja"), ("زينب", "Zainab", "Zeinab"),
                ("ياسمين", "Yasmin", "Jasmin")],
        male=[("محمد", "Mohammed", "Muhammad", "Mohamed"), ("أحمد", "Ahmad", "Ahmed"),
              ("يوسف", "Youssef", "Yusuf", "Jussuf"), ("عمر", "Omar", "Umar"),
              ("خالد", "Khaled", "Khalid", "Chaled"), ("حسن", "Hassan", "Hasan"),
              ("علي", "Ali"), ("كريم", "Karim", "Kareem"), ("مصطفى", "Mustafa", "Moustafa"),
              ("إبراهيم", "Ibrahim", "Ebrahim")],
        family=[("الحسن", "Al-Hassan", "Alhassan", "El Hassan"), ("حداد", "Haddad"),
                ("خليل", "Khalil", "Chalil"), ("السيد", "El-Sayed", "Al Sayed"),
                ("النجار", "Al-Najjar", "Najjar"), ("العلي", "Al-Ali", "Alali"),
                ("منصور", "Mansour", "Mansur"), ("صالح", "Saleh", "Salih"),
                ("عبد الله", "Abdullah", "Abdallah"), ("الخطيب", "Al-Khatib", "Khatib"),
                ("درويش", "Darwish", "Darwisch"), ("حمدان", "Hamdan")],
        languages=[(("ar",), 5), (("ar", "de"), 3), (("ar", "en"), 1), (("ar", "ku"), 1)],
        statuses=[("residence_permit", 5), ("permission_to_reside", 3), ("toleration", 2),
                  ("unclear", 1)],
        native_share=0.45,
    ),
    "afghan_iranian": Community(
        weight=12,
        female=[("زهرا", "Zahra", "Sahra"), ("مریم", "Maryam", "Mariam"),
                ("فاطمه", "Fatemeh", "Fatima"), ("نرگس", "Narges"), ("شبنم", "Shabnam", "Schabnam"),
                ("مهسا", "Mahsa"), ("پریسا", "Parisa"), ("سحر", "Sahar")],
        male=[("علی", "Ali"), ("رضا", "Reza", "Resa"), ("محمد", "Mohammad", "Mohammed"),
              ("حمید", "Hamid"), ("سهراب", "Sohrab"), ("مهدی", "Mahdi", "Mehdi"),
              ("جواد", "Javad", "Jawad"), ("نوید", "Navid", "Nawid"), ("فرهاد", "Farhad")],
        family=[("احمدی", "Ahmadi"), ("رحیمی", "Rahimi"), ("حسینی", "Hosseini", "Husseini"),
                ("محمدی", "Mohammadi"), ("کریمی", "Karimi"), ("نوری", "Nouri", "Noori"),
                ("صدیقی", "Sediqi", "Siddiqi"), ("هاشمی", "Hashemi", "Haschemi"),
                ("رسولی", "Rasouli", "Rasuli"), ("عزیزی", "Azizi")],
        languages=[(("fa",), 5), (("fa", "de"), 3), (("fa", "ps"), 2), (("fa", "en"), 1)],
        statuses=[("permission_to_reside", 4), ("toleration", 4), ("residence_permit", 3),
                  ("unclear", 1)],
        native_share=0.4,
    ),
    "kurdish": Community(
        weight=7,
        female=[(None, "Rojda"), (None, "Berfin"), (None, "Delal"), (None, "Dilan"),
                (None, "Hêvî", "Hevi"), (None, "Nûjîn", "Nujin"), (None, "Bêrîvan", "Berivan")],
        male=[(None, "Azad", "Asad"), (None, "Şêrko", "Sherko", "Schirko"),
              (None, "Rênas", "Renas"),
              (None, "Zana"), (None, "Baran"), (None, "Dilşad", "Dilshad"), (None, "Welat")],
        family=[(None, "Xelîl", "Khalil"), (None, "Hesen", "Hasan"), (None, "Ebdo", "Abdo"),
                (None, "Silêman", "Sleman"), (None, "Elî", "Ali"), (None, "Reşîd", "Rashid"),
                (None, "Cizîrî", "Ciziri"), (None, "Mûsa", "Musa")],
        languages=[(("ku", "ar"), 3), (("ku", "tr"), 3), (("ku", "de"), 2), (("ku", "fa"), 1)],
        statuses=[("residence_permit", 4), ("permission_to_reside", 3), ("toleration", 3),
                  ("settlement_permit", 1)],
    ),
    "russian": Community(
        weight=6,
        female=[("Анастасия", "Anastasia", "Anastasija"), ("Екатерина", "Ekaterina", "Jekaterina"),
                ("Ольга", "Olga"), ("Наталья", "Natalia", "Natalja"), ("Дарья", "Daria", "Darja"),
                ("Ксения", "Ksenia", "Xenia")],
        male=[("Алексей", "Aleksei", "Alexej"), ("Дмитрий", "Dmitri", "Dmitrij"),
              ("Иван", "Ivan", "Iwan"), ("Артём", "Artjom", "Artem"), ("Никита", "Nikita"),
              ("Сергей", "Sergei", "Sergej")],
        family=[("Иванов", "Ivanov", "Iwanow"), ("Смирнов", "Smirnov", "Smirnow"),
                ("Кузнецов", "Kuznetsov", "Kusnezow"), ("Попов", "Popov", "Popow"),
                ("Соколов", "Sokolov", "Sokolow"), ("Волков", "Volkov", "Wolkow"),
                ("Фёдоров", "Fjodorov", "Fedorov")],
        languages=[(("ru",), 4), (("ru", "de"), 4), (("ru", "en"), 1)],
        statuses=[("residence_permit", 4), ("settlement_permit", 2), ("german_citizen", 2),
                  ("permission_to_reside", 1)],
        native_share=0.4,
        gendered_family=True,
    ),
    "ukrainian": Community(
        weight=12,
        female=[("Олена", "Olena", "Jelena"), ("Оксана", "Oksana"), ("Ірина", "Iryna", "Irina"),
                ("Юлія", "Yuliia", "Julija"), ("Софія", "Sofiia", "Sofija"),
                ("Анастасія", "Anastasiia", "Anastasija"), ("Марія", "Mariia", "Marija")],
        male=[("Дмитро", "Dmytro", "Dmitro"), ("Андрій", "Andrii", "Andrij"),
              ("Тарас", "Taras"), ("Богдан", "Bohdan", "Bogdan"), ("Максим", "Maksym", "Maxim"),
              ("Олександр", "Oleksandr", "Alexander"), ("Віктор", "Viktor", "Wiktor")],
        family=[("Коваленко", "Kovalenko", "Kowalenko"), ("Шевчук", "Shevchuk", "Schewtschuk"),
                ("Бондаренко", "Bondarenko"), ("Ткаченко", "Tkachenko", "Tkatschenko"),
                ("Мельник", "Melnyk", "Melnik"), ("Кравчук", "Kravchuk", "Krawtschuk"),
                ("Олійник", "Oliinyk", "Olijnyk"), ("Савченко", "Savchenko", "Sawtschenko")],
        languages=[(("uk",), 4), (("uk", "ru"), 4), (("uk", "en"), 2), (("uk", "de"), 1)],
        statuses=[("residence_permit", 9), ("unclear", 1)],
        native_share=0.45,
    ),
    "roma": Community(
        weight=8,
        female=[(None, "Esma"), (None, "Ramona"), (None, "Ljubica", "Ljubitza"), (None, "Sabina"),
                (None, "Denisa"), (None, "Šemsa", "Semsa"), (None, "Florentina")],
        male=[(None, "Dragan"), (None, "Florin"), (None, "Elvis"), (None, "Marius"),
              (None, "Nicolae", "Nikolai"), (None, "Šaban", "Saban", "Schaban"), (None, "Ilir")],
        family=[(None, "Ahmetović", "Ahmetovic"), (None, "Bajramović", "Bajramovic"),
                (None, "Mustafić", "Mustafic"), (None, "Rostaș", "Rostas"),
                (None, "Căldăraru", "Caldararu"), (None, "Demirović", "Demirovic"),
                (None, "Sejdić", "Sejdic"), (None, "Stoica"), (None, "Memedi")],
        languages=[(("rom", "sr"), 3), (("rom", "de"), 3), (("rom",), 2), (("rom", "sq"), 1)],
        statuses=[("toleration", 5), ("eu_free_movement", 4), ("residence_permit", 2),
                  ("unclear", 1)],
    ),
    "west_african": Community(
        weight=9,
        female=[(None, "Aminata"), (None, "Fatoumata", "Fatumata"), (None, "Awa"),
                (None, "Kadiatou", "Kadiatu"), (None, "Mariama"), (None, "Ngozi"), (None, "Adjoa")],
        male=[(None, "Mamadou", "Mamadu"), (None, "Ibrahima"), (None, "Ousmane", "Usman"),
              (None, "Abdoulaye", "Abdulai"), (None, "Moussa", "Musa"), (None, "Chinedu"),
              (None, "Kwame"), (None, "Lamine")],
        family=[(None, "Diallo", "Jallow"), (None, "Bah", "Ba"), (None, "Barry", "Bari"),
                (None, "Sow"), (None, "Camara", "Kamara"), (None, "Traoré", "Traore"),
                (None, "Keïta", "Keita"), (None, "Okafor"), (None, "Mensah"),
                (None, "Touré", "Toure"),
                (None, "Koné", "Kone"), (None, "Conteh")],
        languages=[(("fr",), 4), (("fr", "en"), 2), (("en",), 3), (("fr", "de"), 1)],
        statuses=[("permission_to_reside", 4), ("toleration", 4), ("residence_permit", 2),
                  ("unclear", 1)],
    ),
    "balkan": Community(
        weight=8,
        female=[(None, "Milica", "Militza"), (None, "Jelena"), (None, "Ivana"), (None, "Dragana"),
                (None, "Lejla"), (None, "Amela"), (None, "Blerina"), (None, "Ćamila", "Camila")],
        male=[(None, "Jovan"), (None, "Nikola"), (None, "Đorđe", "Djordje", "Dorde"),
              (None, "Stefan"), (None, "Emir"), (None, "Arben"), (None, "Drilon"),
              (None, "Ćazim", "Cazim")],
        family=[(None, "Petrović", "Petrovic"), (None, "Jovanović", "Jovanovic"),
                (None, "Nikolić", "Nikolic"), (None, "Đorđević", "Djordjevic", "Dordevic"),
                (None, "Hodžić", "Hodzic"), (None, "Šehić", "Sehic"),
                (None, "Kovačević", "Kovacevic"),
                (None, "Krasniqi"), (None, "Gashi"), (None, "Berisha"), (None, "Begić", "Begic")],
        languages=[(("sr",), 4), (("sr", "de"), 3), (("sq",), 2), (("sq", "de"), 2)],
        statuses=[("toleration", 3), ("residence_permit", 3), ("eu_free_movement", 1),
                  ("settlement_permit", 1)],
    ),
    "east_african": Community(
        weight=4,
        female=[(None, "Selam"), (None, "Helen"), (None, "Hodan"), (None, "Ayaan", "Ajaan"),
                (None, "Saba")],
        male=[(None, "Yonas", "Jonas"), (None, "Filmon"), (None, "Abdi"), (None, "Mohamed"),
              (None, "Dawit", "Dawid")],
        family=[(None, "Tesfaye"), (None, "Ghebremariam", "Gebremariam"), (None, "Haile"),
                (None, "Abdullahi"), (None, "Warsame"), (None, "Hassan")],
        languages=[(("ti",), 3), (("ti", "en"), 2), (("so",), 3), (("so", "en"), 1)],
        statuses=[("residence_permit", 3), ("permission_to_reside", 3), ("toleration", 2)],
    ),
}

DISTRICT_WEIGHTS = {"kalk": 16, "muelheim": 16, "chorweiler": 12, "porz": 10, "ehrenfeld": 10,
                    "innenstadt": 9, "nippes": 9, "rodenkirchen": 5, "lindenthal": 4}
PHASE_WEIGHTS = {"intake": 12, "assessment": 13, "goal_agreement": 15, "implementation": 22,
                 "monitoring": 15, "closed": 23}
#: How long ago a case in each phase was opened (days, min..max), and how many contacts.
PHASE_AGE = {"intake": (0, 45), "assessment": (14, 120), "goal_agreement": (30, 240),
             "implementation": (60, 600), "monitoring": (120, HISTORY_DAYS),
             "closed": (60, HISTORY_DAYS)}
PHASE_CONTACTS = {"intake": (1, 1), "assessment": (1, 3), "goal_agreement": (2, 3),
                  "implementation": (2, 4), "monitoring": (2, 5), "closed": (1, 4)}
CLOSURE_WEIGHTS = {"goals_reached": 9, "moved_away": 3, "contact_lost": 4, "handed_over": 3,
                   "consent_withdrawn": 1}
KIND_WEIGHTS = {"outreach": 35, "office": 25, "remote": 25, "accompaniment": 10,
                "case_conference": 5}
KIND_MINUTES = {"outreach": (10, 60), "office": (30, 90), "remote": (5, 25),
                "accompaniment": (60, 240), "case_conference": (45, 90)}
TARGET_GROUP_SHARE = {"single_parent": 0.05, "disability": 0.03, "lgbti": 0.02}
MOBILE_PREFIXES = ("0151", "0152", "0157", "0160", "0162", "0170", "0176", "0177", "0178")

# --- the work (German, as caseworkers write it) ---------------------------------------------
NOTES = {
    "outreach": ("Im Jugendzentrum angetroffen, {t} besprochen.",
                 "Aufsuchend im Veedel, kurzes Gespräch zu {t}.",
                 "Im Café getroffen: {t}, nächster Schritt vereinbart.",
                 "Vor der Unterkunft angesprochen, Interesse an Beratung zu {t}."),
    "office": ("Beratung im Büro zu {t}; Unterlagen gesichtet.",
               "Termin im Büro: {t}, Antrag gemeinsam ausgefüllt.",
               "Beratung mit Sprachmittlung, Schwerpunkt {t}."),
    "remote": ("Per Messenger nachgefragt, Stand {t}.",
               "Telefonat: Termin bestätigt, Thema {t}.",
               "Sprachnachricht erhalten, Rückruf zu {t}."),
    "accompaniment": ("Zur Behörde begleitet, Termin zu {t} wahrgenommen.",
                      "Begleitung zum Termin, Sprachmittlung organisiert ({t}).",
                      "Gemeinsam zum Amt, Unterlagen zu {t} abgegeben."),
    "case_conference": ("Fallkonferenz mit Jobcenter und Jugendhilfe: {t}.",
                        "Fallkonferenz: Absprachen zu {t} festgehalten."),
}
GOALS = {
    "language": ("Deutschkurs B1 beginnen", "Sprachprüfung A2 bestehen",
                 "Integrationskurs anmelden"),
    "job_search": ("Arbeitsstelle finden", "Minijob neben dem Kurs finden",
                   "Bewerbungsunterlagen erstellen"),
    "apprenticeship": ("Ausbildungsplatz finden", "Einstiegsqualifizierung beginnen",
                       "Praktikum im Handwerk machen"),
    "education": ("Schulabschluss anerkennen lassen", "Hauptschulabschluss nachholen",
                  "Studienberatung wahrnehmen"),
    "housing": ("Eigene Wohnung finden", "Wohnberechtigungsschein beantragen",
                "Umzug aus der Unterkunft vorbereiten"),
    "health": ("Krankenversicherung klären", "Hausarzt finden", "Therapieplatz suchen"),
    "family": ("Kita-Platz finden", "Kindergeld beantragen", "Familiennachzug klären"),
    "authorities": ("Post der Behörden verstehen und beantworten", "Bankkonto eröffnen",
                    "Anträge beim Jobcenter vollständig einreichen"),
    "residence": ("Aufenthaltsperspektive klären", "Passbeschaffung klären",
                  "Antrag auf Bleiberecht vorbereiten"),
}
STEPS = ("Unterlagen zusammenstellen", "Termin vereinbaren", "Antrag ausfüllen",
         "Beratungsstelle kontaktieren", "Nachweise kopieren", "Rückmeldung abwarten",
         "Termin wahrnehmen", "Ergebnis besprechen")
#: Which institution a goal's topic usually leads to.
INSTITUTION_FOR_TOPIC = {
    "language": "language_course", "job_search": "jobcenter", "apprenticeship": "employment_agency",
    "education": "school", "housing": "social_welfare", "health": "health_service",
    "family": "youth_welfare", "authorities": "jobcenter", "residence": "foreigners_office",
}
REFERRAL_NOTES = ("", "Termin vereinbart.", "Unterlagen vorab geschickt.",
                  "Ansprechperson telefonisch informiert.", "Wartezeit ca. vier Wochen.")


# --- small, fast random helpers -------------------------------------------------------------
class Weighted:
    """A weighted choice prepared once (``random.choices`` re-adds the weights per call)."""

    def __init__(self, items: Sequence[Any], weights: Sequence[float]) -> None:
        if not items:
            raise ValueError("nothing to choose from")
        self.items = list(items)
        self.cumulative = list(itertools.accumulate(weights))
        self.total = self.cumulative[-1]

    def pick(self, rng: random.Random) -> Any:
        return self.items[bisect.bisect_right(self.cumulative, rng.random() * self.total)]


def _weighted(weights: Mapping[str, float], known: Sequence[str]) -> Weighted:
    """Weights for the codes the vault knows; a code without a weight counts 1."""
    codes = [c for c in known if c in weights] or list(known)
    return Weighted(codes, [weights.get(c, 1) for c in codes])


class _DemoIds:
    """Row ids for demo data: time-ordered like ``new_id`` (so they append to the indexes),
    but deterministic: the clock is a counter starting at ``start_ms`` and the random part
    comes from the seed's generator."""

    def __init__(self, rng: random.Random, start_ms: int) -> None:
        self.rng = rng
        self.count = start_ms << 12

    def __call__(self) -> str:
        self.count += 1
        return format_uuid7(self.count >> 12, self.count & 0xFFF, self.rng.getrandbits(62))


def _feminine(family: str) -> str:
    """Russian family names take -a for women (Ivanov → Ivanova, Иванов → Иванова)."""
    if family.endswith(("ов", "ев", "ёв", "ин")):
        return family + "а"
    if family.endswith(("ov", "ev", "in", "ow")):
        return family + "a"
    return family


# --- catalogues -----------------------------------------------------------------------------
@dataclass
class Catalogues:
    """The codes (and German labels) of the vault's live catalogues, in their order."""

    codes: dict[str, list[str]] = field(default_factory=dict)
    labels_de: dict[str, str] = field(default_factory=dict)  # "topic:code" -> German label

    @classmethod
    def from_repository(cls, repository: Repository) -> Catalogues:
        """Read from the vault; a catalogue the vault lacks falls back to the shipped
        defaults so the demo still has every field (the codes are the same ones)."""
        ensure_defaults(repository)
        found = cls()
        with repository.read() as session:
            rows = session.execute(
                select(CatalogueEntry.catalogue, CatalogueEntry.code, CatalogueEntry.labels)
                .where(CatalogueEntry.deleted_at.is_(None), CatalogueEntry.active.is_(True))
                .order_by(CatalogueEntry.catalogue, CatalogueEntry.position))
            for catalogue, code, labels in rows:
                found.codes.setdefault(catalogue, []).append(code)
                found.labels_de[f"{catalogue}:{code}"] = (labels or {}).get("de", code)
        for catalogue, entries in load_default_catalogues().items():
            if not found.codes.get(catalogue):
                found.codes[catalogue] = [e["code"] for e in entries]
                for e in entries:
                    found.labels_de[f"{catalogue}:{e['code']}"] = e["labels"].get("de", e["code"])
        return found

    def label(self, catalogue: str, code: str) -> str:
        return self.labels_de.get(f"{catalogue}:{code}", code)


def _existing_client_codes(repository: Repository) -> set[str]:
    with repository.read() as session:
        return set(session.scalars(select(Client.client_code)))


# --- one batch ------------------------------------------------------------------------------
@dataclass
class Batch:
    """The rows of one transaction, per model, in foreign-key order."""

    clients: list[dict[str, Any]] = field(default_factory=list)
    cases: list[dict[str, Any]] = field(default_factory=list)
    goals: list[dict[str, Any]] = field(default_factory=list)
    goal_steps: list[dict[str, Any]] = field(default_factory=list)
    contacts: list[dict[str, Any]] = field(default_factory=list)
    referrals: list[dict[str, Any]] = field(default_factory=list)

    def by_model(self) -> list[tuple[type[Syncable], list[dict[str, Any]]]]:
        return [(Client, self.clients), (Case, self.cases), (Goal, self.goals),
                (GoalStep, self.goal_steps), (Contact, self.contacts),
                (Referral, self.referrals)]


class DemoGenerator:
    """Makes clients with their cases, contacts, goals, steps and referrals.

    All randomness comes from ``rng``; nothing reads the clock except through ``today``.
    """

    def __init__(self, rng: random.Random, catalogues: Catalogues, today: date,
                 taken_codes: set[str]) -> None:
        self.rng = rng
        self.cat = catalogues
        self.today = today.toordinal()
        self.new_id = _DemoIds(rng, (self.today - date(1970, 1, 1).toordinal()) * 86_400_000)
        self.taken_codes = taken_codes
        codes = catalogues.codes
        languages = set(codes.get("language", []))
        self.communities = Weighted(
            [self._usable(c, languages) for c in COMMUNITIES.values()],
            [c.weight for c in COMMUNITIES.values()])
        self.districts = _weighted(DISTRICT_WEIGHTS,
                                   [d for d in codes["district"] if d != "stadtweit"])
        self.residence = set(codes["residence_status"])
        self.phases = Weighted(list(PHASE_WEIGHTS), list(PHASE_WEIGHTS.values()))
        self.closures = _weighted(CLOSURE_WEIGHTS, codes["closure_reason"])
        self.kinds = _weighted(KIND_WEIGHTS, codes["contact_kind"])
        self.topics = list(codes["topic"])
        self.institutions = list(codes["institution"])
        self.target_groups = [(g, share) for g, share in TARGET_GROUP_SHARE.items()
                              if g in codes.get("target_group", [])]

    @staticmethod
    def _usable(community: Community, languages: set[str]) -> Community:
        """The community with only the language codes this vault's catalogue has."""
        sets = [(tuple(c for c in s if c in languages), w) for s, w in community.languages]
        sets = [(s, w) for s, w in sets if s] or [((), 1)]
        return Community(community.weight, community.female, community.male, community.family,
                         sets, community.statuses, community.native_share,
                         community.gendered_family)

    def _date(self, days_ago_min: int, days_ago_max: int) -> int:
        return self.today - self.rng.randint(days_ago_min, days_ago_max)

    # --- clients -----------------------------------------------------------------------------
    def _client_code(self) -> str:
        rng = self.rng
        while True:
            body = "".join(rng.choice(_CODE_ALPHABET) for _ in range(8))
            code = f"K-{body[:4]}-{body[4:]}"
            if code not in self.taken_codes:
                self.taken_codes.add(code)
                return code

    def _names(self, community: Community) -> tuple[str, str, list[str]]:
        rng = self.rng
        female = rng.random() < 0.5
        given: Name = rng.choice(community.female if female else community.male)
        family: Name = rng.choice(community.family)
        if community.gendered_family and female:
            family = tuple(_feminine(n) if n else n for n in family)  # type: ignore[assignment]
        aliases: list[str] = []
        if given[0] and family[0] and rng.random() < community.native_share:
            # Written as the client writes it; the Latin spelling (as on a German
            # document) is kept as an alias so either finds the person.
            aliases.append(f"{given[1]} {family[1]}")
            return given[0], family[0], aliases
        if rng.random() < 0.3:
            other_given = rng.choice(given[1:]) if len(given) > 2 else given[1]
            other_family = rng.choice(family[1:]) if len(family) > 2 else family[1]
            alias = f"{other_given} {other_family}"
            if alias != f"{given[1]} {family[1]}":
                aliases.append(alias)
        return given[1], family[1], aliases

    def _channels(self) -> list[dict[str, str]]:
        rng = self.rng
        channels: list[dict[str, str]] = []
        if rng.random() < 0.85:
            number = f"{rng.choice(MOBILE_PREFIXES)} {rng.randrange(1_000_000, 99_999_999)}"
            channels.append({"kind": "phone", "value": number})
            if rng.random() < 0.5:
                channels.append({"kind": "messenger", "value": number})
        if rng.random() < 0.25:
            channels.append({"kind": "email",
                             "value": f"demo.{rng.randrange(10_000, 99_999)}@example.org"})
        return channels

    def client(self, batch: Batch) -> None:
        rng = self.rng
        community: Community = self.communities.pick(rng)
        given, family, aliases = self._names(community)
        age_days = (rng.randint(18 * 365, 27 * 365 + 364) if rng.random() < 0.85
                    else rng.randint(28 * 365, 45 * 365))
        statuses = [(s, w) for s, w in community.statuses if s in self.residence]
        status = (Weighted([s for s, _ in statuses], [w for _, w in statuses]).pick(rng)
                  if statuses and rng.random() < 0.92 else None)
        client_id = self.new_id()
        district = self.districts.pick(rng)
        languages = list(rng.choices([s for s, _ in community.languages],
                                     [w for _, w in community.languages])[0])
        batch.clients.append({
            "id": client_id,
            "client_code": self._client_code(),
            "given_name": given,
            "family_name": family,
            "aliases": aliases,
            "date_of_birth": date.fromordinal(self.today - age_days),
            "languages": languages,
            "district": district,
            "residence_status": status,
            "target_groups": [g for g, share in self.target_groups if rng.random() < share],
            "contact_channels": self._channels(),
            "caseworker_id": None,
            "team_id": None,
        })
        topics = self._topics(status)
        earlier_end = 0
        if rng.random() < 0.1:  # an earlier case, closed before the current one began
            earlier = self._date(500, HISTORY_DAYS)
            earlier_end = min(earlier + rng.randint(60, 200), self.today - 200)
            self.case(batch, client_id, district, languages, topics, "closed", earlier,
                      earlier_end)
        phase = self.phases.pick(rng)
        low, high = PHASE_AGE[phase]
        opened = max(self._date(low, high), earlier_end + 14)
        closed = (rng.randint(min(opened + 30, self.today), self.today)
                  if phase == "closed" else None)
        self.case(batch, client_id, district, languages, topics, phase, opened, closed)

    def _topics(self, status: str | None) -> list[str]:
        topics = self.rng.sample(self.topics, k=min(len(self.topics), self.rng.randint(1, 3)))
        if status in ("toleration", "permission_to_reside", "unclear") and "residence" in \
                self.topics and "residence" not in topics:
            topics[0] = "residence"
        return topics

    # --- cases and what hangs on them --------------------------------------------------------
    def case(self, batch: Batch, client_id: str, district: str, languages: list[str],
             topics: list[str], phase: str, opened: int, closed: int | None) -> None:
        rng = self.rng
        case_id = self.new_id()
        reason = self.closures.pick(rng) if phase == "closed" else None
        batch.cases.append({
            "id": case_id, "client_id": client_id, "phase": phase,
            "opened_on": date.fromordinal(opened),
            "closed_on": date.fromordinal(closed) if closed is not None else None,
            "closure_reason": reason, "caseworker_id": None,
        })
        end = closed if closed is not None else self.today
        self._contacts(batch, client_id, case_id, district, languages, topics, phase,
                       opened, end, closed is None)
        if phase in ("goal_agreement", "implementation", "monitoring", "closed"):
            self._goals(batch, case_id, topics, phase, opened, end, reason)
        if phase in ("implementation", "monitoring", "closed") or (
                phase == "goal_agreement" and rng.random() < 0.3):
            self._referrals(batch, client_id, case_id, topics, phase, opened, end)

    def _contacts(self, batch: Batch, client_id: str, case_id: str, district: str,
                  languages: list[str], topics: list[str], phase: str, opened: int, end: int,
                  open_case: bool) -> None:
        rng = self.rng
        low, high = PHASE_CONTACTS[phase]
        count = rng.randint(low, high)
        days = sorted([opened] + [rng.randint(opened, end) for _ in range(count - 1)])
        for i, day in enumerate(days):
            kind = self.kinds.pick(rng)
            lo, hi = KIND_MINUTES.get(kind, (15, 60))
            about = rng.sample(topics, k=1 if len(topics) == 1 or rng.random() < 0.7 else 2)
            note = rng.choice(NOTES.get(kind, NOTES["office"])).format(
                t=self.cat.label("topic", about[0]))
            follow_up = None
            if open_case and i == len(days) - 1 and rng.random() < 0.6:
                # The open case's next appointment: some overdue, some today, most ahead.
                roll = rng.random()
                offset = (0 if roll < 0.12 else rng.randint(-21, -1) if roll < 0.4
                          else rng.randint(1, 30))
                # Never before the contact it was agreed at.
                follow_up = date.fromordinal(self.today if offset == 0
                                             else max(day + 1, self.today + offset))
                note += " Wiedervorlage vereinbart."
            batch.contacts.append({
                "id": self.new_id(), "client_id": client_id, "case_id": case_id,
                "occurred_on": date.fromordinal(day),
                "duration_minutes": 5 * (rng.randint(lo, hi) // 5) or 5,
                "kind": kind,
                "district": district if rng.random() < 0.75 else self.districts.pick(rng),
                "topics": about,
                "language": rng.choice(languages) if languages and rng.random() < 0.8 else "de",
                "note": note,
                "follow_up_on": follow_up,
            })

    def _goals(self, batch: Batch, case_id: str, topics: list[str], phase: str, opened: int,
               end: int, reason: str | None) -> None:
        rng = self.rng
        for topic in topics[:1 if rng.random() < 0.7 else 2]:
            goal_id = self.new_id()
            agreed = min(opened + rng.randint(7, 60), end)
            if phase == "closed":
                status = "reached" if reason == "goals_reached" or rng.random() < 0.4 \
                    else "dropped"
                due = rng.randint(agreed + 30, max(agreed + 30, end + 30))
            else:
                status = "reached" if phase == "monitoring" and rng.random() < 0.35 else "open"
                roll = rng.random()  # open goals: a few due today, some overdue
                due = (self.today if roll < 0.08 else self.today - rng.randint(1, 45)
                       if roll < 0.3 else self.today + rng.randint(1, 180))
                due = max(due, agreed) if due != self.today else due
            titles = GOALS.get(topic) or (f"{self.cat.label('topic', topic)}: Ziel klären",)
            batch.goals.append({
                "id": goal_id, "case_id": case_id, "title": rng.choice(titles), "topic": topic,
                "agreed_on": date.fromordinal(agreed), "due_on": date.fromordinal(due),
                "status": status,
            })
            self._steps(batch, goal_id, agreed, due, status)

    def _steps(self, batch: Batch, goal_id: str, agreed: int, due: int, status: str) -> None:
        rng = self.rng
        titles = rng.sample(STEPS, k=rng.randint(1, 3))
        span = max(1, due - agreed)
        for position, title in enumerate(titles):
            step_due = agreed + span * (position + 1) // len(titles)
            done: int | None
            if status != "open":
                done = step_due - rng.randint(0, 7) if status == "reached" or position == 0 \
                    else None
            else:
                done = (min(step_due, self.today) - rng.randint(0, 5)
                        if step_due < self.today and rng.random() < 0.7 else None)
            if status == "open" and done is None and rng.random() < 0.06:
                step_due = self.today  # something for the "due today" list
            batch.goal_steps.append({
                "id": self.new_id(), "goal_id": goal_id, "title": title,
                "due_on": date.fromordinal(step_due),
                "done_on": (date.fromordinal(min(max(done, agreed), self.today))
                            if done is not None else None),
                "position": position,
            })

    def _referrals(self, batch: Batch, client_id: str, case_id: str, topics: list[str],
                   phase: str, opened: int, end: int) -> None:
        rng = self.rng
        for topic in topics[:1 if rng.random() < 0.8 else 2]:
            institution = INSTITUTION_FOR_TOPIC.get(topic)
            if institution not in self.institutions:
                institution = rng.choice(self.institutions)
            if phase == "goal_agreement":
                status = "planned"
            elif phase == "closed":
                status = rng.choice(("completed", "completed", "accepted", "declined"))
            else:
                status = rng.choice(REFERRAL_STATUSES)
            batch.referrals.append({
                "id": self.new_id(), "client_id": client_id, "case_id": case_id,
                "institution": institution,
                "referred_on": date.fromordinal(rng.randint(min(opened + 14, end), end)),
                "status": status, "note": rng.choice(REFERRAL_NOTES),
            })


# --- the entry point ------------------------------------------------------------------------
#: From this many clients on, the rows are made in a second process while this one writes
#: (two cores: generating is about a fifth of the work). Below it, starting the process
#: costs more than it saves.
PARALLEL_FROM = 20_000

_generator: DemoGenerator | None = None  # the one in a generating process


def _new_generator(rng_seed: int | str, catalogues: Catalogues, today: date,
                   taken: set[str]) -> DemoGenerator:
    return DemoGenerator(random.Random(rng_seed), catalogues, today, taken)


def _start_generator(*args: Any) -> None:
    global _generator
    _generator = _new_generator(*args)


def _fill(generator: DemoGenerator, size: int) -> Batch:
    batch = Batch()
    for _ in range(size):
        generator.client(batch)
    return batch


def _generate(size: int) -> Batch:
    assert _generator is not None, "_start_generator runs first"
    return _fill(_generator, size)


class _InProcess:
    """Makes the batches right here, in order (small seeds, and the GUI's demo)."""

    def __init__(self, *args: Any) -> None:
        self.generator = _new_generator(*args)

    def submit(self, size: int) -> Callable[[], Batch]:
        return lambda: _fill(self.generator, size)

    def close(self) -> None:
        pass


class _InChildProcess:
    """Makes the batches in one child process, ahead of the writes. One worker and one
    generator there, asked in order: the rows are the same as made in process."""

    def __init__(self, *args: Any) -> None:
        # "spawn": a fork of a process with threads (Qt, SQLCipher) is not safe.
        self.pool = ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn"),
                                        initializer=_start_generator, initargs=args)

    def submit(self, size: int) -> Callable[[], Batch]:
        return self.pool.submit(_generate, size).result

    def close(self) -> None:
        self.pool.shutdown(wait=True, cancel_futures=True)


def seed_demo(repository: Repository, clients: int, seed: int = 1,
              progress: Callable[[int, int], None] | None = None,
              cancelled: Callable[[], bool] | None = None, *,
              batch_size: int = DEFAULT_BATCH, today: date | None = None,
              parallel: bool | None = None) -> SeedSummary:
    """Write ``clients`` demo clients with their cases, contacts, goals, steps and
    referrals, ``batch_size`` clients per transaction.

    ``progress(done, total)`` is called after each committed batch; ``cancelled()`` is
    asked before each batch and a True stops the seed (whole batches stay). ``today``
    anchors every date (default: the real today). The same seed, ``today`` and starting
    vault give the same rows, ids included, whether or not they are made in a second
    process (``parallel``; default: from ``PARALLEL_FROM`` clients on).
    """
    if clients < 0 or batch_size < 1:
        raise ValueError("clients must be >= 0 and batch_size >= 1")
    taken = _existing_client_codes(repository)
    # Ids come from the seed: on a vault that already has clients (``--force``), the same
    # seed would make the same ids again, so the number already there joins the seed.
    rng_seed = seed if not taken else f"{seed}+{len(taken)}"
    if parallel is None:
        parallel = clients >= PARALLEL_FROM
    maker = (_InChildProcess if parallel else _InProcess)(
        rng_seed, Catalogues.from_repository(repository), today or date.today(), taken)
    summary = SeedSummary()
    done = 0
    try:
        sizes = [min(batch_size, clients - start) for start in range(0, clients, batch_size)]
        pending = maker.submit(sizes[0]) if sizes else None
        for index, size in enumerate(sizes):
            if cancelled is not None and cancelled():
                summary.cancelled = True
                break
            assert pending is not None
            batch = pending()
            pending = maker.submit(sizes[index + 1]) if index + 1 < len(sizes) else None
            with repository.write() as uow:
                for model, rows in batch.by_model():
                    uow.add_many(model, rows)
            done += size
            summary.clients += len(batch.clients)
            summary.cases += len(batch.cases)
            summary.contacts += len(batch.contacts)
            summary.goals += len(batch.goals)
            summary.goal_steps += len(batch.goal_steps)
            summary.referrals += len(batch.referrals)
            summary.batches += 1
            log.info("demo batch %d written: clients=%d rows=%d", summary.batches, done,
                     summary.rows)
            if progress is not None:
                progress(done, clients)
    finally:
        maker.close()
    return summary
