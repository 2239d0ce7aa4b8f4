"""A realistic demo database: operators, staff, programmes and cases with whole timelines.

``small``: about 300 operators (80 % MSMEs), 25 staff, 600 cases in every state and kind,
and about 50 site audits in every stage (made through the audit service, see
:class:`_DemoAudits`; only when a checklist template is installed).
``large``: 40,000 operators and 100,000 cases, for benchmarks (bulk SQL, about 10-20 s).
Deterministic for a given seed and "today".
"""

from __future__ import annotations

import itertools
import random
import struct
import tempfile
import zlib
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import sqlite_utils

from db.repositories import cases as case_repo
from db.repositories import integrity
from db.repositories import operators as operator_repo
from db.repositories import programmes as programme_repo
from db.repositories import search as search_repo
from db.repositories import settings as settings_repo
from db.repositories import staff as staff_repo
from db.repositories.common import new_uuid
from desktop.domain import checklists as cl
from desktop.domain import deadlines as dl
from desktop.domain import timeline
from desktop.domain.cases import (
    KIND_LABELS,
    STATE_LABELS,
    TRANSITIONS,
    CaseKind,
    CaseState,
    legal_next,
    needs_reason,
)
from desktop.domain.errors import DomainError
from desktop.domain.i18n import _
from desktop.domain.operators import SizeClass, size_class
from desktop.services import audit_service, clock
from desktop.services import templates as template_service
from desktop.services.actor import Actor
from desktop.services.case_service import derived_fields, rules_of
from desktop.services.database import open_database
from desktop.services.demo_contacts import build_demo_contacts
from desktop.services.demo_training import build_demo_training

Progress = Callable[[int, int, str], None]


@dataclass(frozen=True)
class Scale:
    operators: int
    staff: int
    cases: int


SCALES = {"small": Scale(300, 25, 600), "large": Scale(40_000, 150, 100_000)}

REGIONS = (
    "Île-de-France", "Hauts-de-France", "Grand Est", "Normandie", "Bretagne",
    "Pays de la Loire", "Nouvelle-Aquitaine", "Occitanie", "Auvergne-Rhône-Alpes",
    "Provence-Alpes-Côte d'Azur",
)  # fmt: skip
CITIES = {
    "Île-de-France": ("Paris", "Roissy-en-France", "Rungis", "Gennevilliers"),
    "Hauts-de-France": ("Lille", "Dunkerque", "Calais", "Amiens"),
    "Grand Est": ("Strasbourg", "Metz", "Reims", "Mulhouse"),
    "Normandie": ("Le Havre", "Rouen", "Caen", "Cherbourg"),
    "Bretagne": ("Rennes", "Brest", "Lorient", "Saint-Malo"),
    "Pays de la Loire": ("Nantes", "Saint-Nazaire", "Angers", "Le Mans"),
    "Nouvelle-Aquitaine": ("Bordeaux", "La Rochelle", "Limoges", "Bayonne"),
    "Occitanie": ("Toulouse", "Montpellier", "Perpignan", "Sète"),
    "Auvergne-Rhône-Alpes": ("Lyon", "Grenoble", "Clermont-Ferrand", "Saint-Étienne"),
    "Provence-Alpes-Côte d'Azur": ("Marseille", "Nice", "Toulon", "Avignon"),
}
STREETS = ("rue de la République", "avenue Jean Jaurès", "quai des Docks", "rue du Port",
           "boulevard Pasteur", "zone industrielle Nord", "rue des Entrepôts",
           "chemin de la Gare", "allée des Tilleuls", "parc d'activités de l'Europe")  # fmt: skip
SECTORS = {
    "Automotive parts": ("importer", "exporter", "manufacturer"),
    "Food and beverages": ("importer", "exporter", "manufacturer"),
    "Chemicals": ("importer", "exporter", "manufacturer"),
    "Electronics": ("importer", "exporter"),
    "Textiles and clothing": ("importer", "exporter", "manufacturer"),
    "Pharmaceuticals": ("importer", "exporter", "manufacturer"),
    "Machinery": ("exporter", "manufacturer"),
    "Agricultural products": ("exporter", "importer"),
    "Wine and spirits": ("exporter",),
    "Furniture": ("importer", "manufacturer"),
    "Freight forwarding": ("forwarder", "customs broker"),
    "Road haulage": ("carrier", "forwarder"),
    "Warehousing": ("warehouse keeper", "forwarder"),
    "Port services": ("port operator", "warehouse keeper"),
    "Customs brokerage": ("customs broker",),
}
NAME_HEADS = ("Atlas", "Nordhafen", "Bellevue", "Cap Horn", "Azur", "Delta", "Étoile",
              "Gironde", "Horizon", "Iroise", "Jura", "Kerlann", "Lumière", "Mistral",
              "Navarre", "Opale", "Provence", "Quercy", "Rhône", "Sologne", "Tramontane",
              "Vauban", "Vercors", "Armor", "Bocage", "Camargue", "Dauphiné", "Estuaire",
              "Flandre", "Garonne", "Hexagone", "Ibéria", "Loire", "Meuse", "Océane",
              "Pyrène", "Saône", "Ventoux", "Alsace", "Morvan")  # fmt: skip
NAME_TAILS = {
    "Automotive parts": ("Pièces Auto", "Automotive", "Composants"),
    "Food and beverages": ("Alimentaire", "Foods", "Conserverie", "Fromagerie"),
    "Chemicals": ("Chimie", "Chemicals", "Polymères"),
    "Electronics": ("Électronique", "Electronics", "Systèmes"),
    "Textiles and clothing": ("Textiles", "Confection", "Tissage"),
    "Pharmaceuticals": ("Pharma", "Laboratoires", "Santé"),
    "Machinery": ("Machines", "Mécanique", "Industries"),
    "Agricultural products": ("Agri", "Céréales", "Semences"),
    "Wine and spirits": ("Vins", "Distillerie", "Vignobles"),
    "Furniture": ("Mobilier", "Ameublement", "Bois"),
    "Freight forwarding": ("Freight", "Transit", "Logistique"),
    "Road haulage": ("Transports", "Routiers", "Fret"),
    "Warehousing": ("Entrepôts", "Stockage", "Logistics"),
    "Port services": ("Manutention", "Port Services", "Terminal"),
    "Customs brokerage": ("Douane Services", "Customs Brokers", "Déclarants"),
}
LEGAL_FORMS = ("SARL", "SAS", "SA", "EURL", "SASU")
FIRST = ("Camille", "Julien", "Sophie", "Nicolas", "Claire", "Thomas", "Isabelle", "Mehdi",
         "Nadia", "Pierre", "Lucie", "Antoine", "Fatima", "Olivier", "Hélène", "Karim",
         "Élodie", "Marc", "Aurélie", "Yann", "Sandrine", "Laurent", "Inès", "Bruno",
         "Chloé", "Rachid", "Margaux", "Vincent", "Amélie", "Hugo")  # fmt: skip
LAST = ("Martin", "Bernard", "Dubois", "Lefèvre", "Moreau", "Laurent", "Garnier", "Rousseau",
        "Benali", "Fontaine", "Chevalier", "Robin", "Masson", "Leroy", "Girard", "Bonnet",
        "Dupont", "Lambert", "Faure", "Mercier", "Blanc", "Guerin", "Muller", "Henry",
        "Roussel", "Nicolas", "Perrin", "Morin", "Mathieu", "Clément")  # fmt: skip
REASONS = {
    CaseState.INFO_REQUESTED: (
        "Missing organisation chart and customs procedures manual.",
        "Financial statements for the last three years not supplied.",
        "Self-assessment questionnaire incomplete (sections 5 and 6).",
    ),
    CaseState.NOT_ACCEPTED: (
        "Applicant not established in the customs territory.",
        "Requested information not provided within the deadline.",
    ),
    CaseState.REJECTED: (
        "Serious infringements of customs legislation in the last 3 years.",
        "Security criteria not met after the improvement period.",
    ),
    CaseState.WITHDRAWN: (
        "Applicant withdrew: business restructuring.",
        "Applicant withdrew to apply under the MSME simplified track.",
    ),
    CaseState.UNDER_REASSESSMENT: (
        "Change of ownership notified.",
        "Risk signal from post-clearance audit.",
    ),
    CaseState.SUSPENDED: ("Non-compliance found during monitoring; 30 days to remedy.",),
    CaseState.REVOKED: ("Conditions no longer met after suspension period.",),
}
STEP_DAYS = {
    CaseState.INFO_REQUESTED: (3, 20), CaseState.RECEIVED: (5, 25),
    CaseState.ACCEPTED: (5, 28), CaseState.NOT_ACCEPTED: (10, 30),
    CaseState.UNDER_EXAMINATION: (2, 15), CaseState.AUDIT_SCHEDULED: (15, 45),
    CaseState.AUDIT_DONE: (10, 40), CaseState.IMPROVEMENT_PLAN: (5, 20),
    CaseState.DECISION_PENDING: (10, 45), CaseState.GRANTED: (3, 20),
    CaseState.REJECTED: (3, 20), CaseState.WITHDRAWN: (5, 60), CaseState.ACTIVE: (5, 5),
    CaseState.UNDER_REASSESSMENT: (200, 600), CaseState.SUSPENDED: (20, 90),
    CaseState.REVOKED: (30, 90), CaseState.EXPIRED: (700, 1100), CaseState.RENEWED: (10, 60),
}  # fmt: skip
KIND_SHARE = ((CaseKind.INITIAL, 0.55), (CaseKind.RENEWAL, 0.15),
              (CaseKind.MONITORING, 0.2), (CaseKind.REASSESSMENT, 0.1))  # fmt: skip


def _paths_from(start: CaseState) -> dict[CaseState, list[CaseState]]:
    """Shortest path from ``start`` to every reachable state (BFS over TRANSITIONS)."""
    paths = {start: [start]}
    queue = deque([start])
    while queue:
        s = queue.popleft()
        for t in TRANSITIONS[s]:
            if t not in paths:
                paths[t] = [*paths[s], t]
                queue.append(t)
    return paths


_PATHS = {k: _paths_from(k.start_state) for k in CaseKind}


def _eori(n: int) -> str:
    return f"FR{(n * 982451653 + 10**13) % 10**14:014d}"


def _operator(rng: random.Random, n: int) -> dict[str, Any]:
    cls = rng.choices(list(SizeClass), weights=(35, 30, 15, 20))[0]
    headcount, turnover = {
        SizeClass.MICRO: (rng.randint(1, 9), rng.uniform(0.1e6, 1.9e6)),
        SizeClass.SMALL: (rng.randint(10, 49), rng.uniform(2.5e6, 9.5e6)),
        SizeClass.MEDIUM: (rng.randint(50, 249), rng.uniform(12e6, 48e6)),
        SizeClass.LARGE: (rng.randint(250, 4000), rng.uniform(60e6, 900e6)),
    }[cls]
    balance = turnover * rng.uniform(0.4, 0.9)
    sector = rng.choice(list(SECTORS))
    region = rng.choice(REGIONS)
    name = f"{rng.choice(NAME_HEADS)} {rng.choice(NAME_TAILS[sector])} {rng.choice(LEGAL_FORMS)}"
    if n > len(NAME_HEADS) * 3:
        name = f"{name[: name.rfind(' ')]} {n % 97 + 1:02d} {name.rsplit(' ', 1)[1]}"
    roles = rng.sample(SECTORS[sector], k=rng.randint(1, len(SECTORS[sector])))
    city = rng.choice(CITIES[region])
    return {
        "id": n,
        "name": name,
        "headcount": headcount,
        "turnover_eur": round(turnover, -3),
        "balance_sheet_eur": round(balance, -3),
        "size_class": size_class(headcount, round(turnover, -3), round(balance, -3)).value,
        "sector": sector,
        "roles": roles,
        "region": region,
        "address": f"{rng.randint(1, 180)} {rng.choice(STREETS)}, "
        f"{rng.randint(10, 95)}{rng.randint(0, 9)}{rng.randint(0, 9)}0 {city}",
    }


def _staff(rng: random.Random, count: int, today: date) -> list[dict[str, Any]]:
    people = []
    used: set[str] = set()
    for i in range(count):
        while True:
            name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
            if name not in used:
                used.add(name)
                break
        if i < 2:
            roles = ["manager"]
        elif i == 2:
            roles = ["admin"]
        elif i % 5 == 0:
            roles = ["contact officer"]
        elif i % 4 == 0:
            roles = ["validator", "contact officer"]
        else:
            roles = ["validator"]
        active_from = today - timedelta(days=rng.randint(200, 3000))
        # One validator rotated out last month: history shows them, new work must not.
        active_to = (today - timedelta(days=30)).isoformat() if i == 7 else None
        people.append(
            {
                "name": name,
                "email": f"{name.lower().replace(' ', '.')}@douane.example",
                "roles": roles,
                "office": REGIONS[i % len(REGIONS)],
                "caseload_capacity": float(rng.choice((18, 22, 26, 30)))
                if "validator" in roles
                else 0.0,
                "active_from": active_from.isoformat(),
                "active_to": active_to,
                "updated_at": clock.now_iso(),
            }
        )
    return people


def build_demo(
    db: sqlite_utils.Database,
    *,
    scale: str = "small",
    seed: int = 1,
    progress: Progress | None = None,
) -> dict[str, int]:
    """Fill an empty, migrated database. Everything goes in or nothing does."""
    if scale not in SCALES:
        raise ValueError(f"unknown scale {scale!r}")
    if case_repo.count_cases(db) or operator_repo.count(db):
        raise DomainError(_("The database already holds data; the demo needs an empty one."))
    size = SCALES[scale]
    rng = random.Random(seed)
    today = clock.today()
    report = progress or (lambda *_: None)
    with_audits = scale in AUDIT_SCALES and bool(
        template_service.list_templates(db, include_retired=False)
    )
    steps = 7 if with_audits else 6
    audits = 0
    extra: dict[str, int] = {}
    # One transaction: the audits join the bulk load, so that everything goes in or nothing.
    with db.atomic():
        with search_repo.bulk_load(db):
            report(0, steps, _("Staff"))
            staff_repo.insert_many(db, _staff(rng, size.staff, today))
            staff = staff_repo.list_staff(db)
            validators = [s for s in staff if "validator" in s["roles"]]
            current = [s for s in validators if not s["active_to"]]
            managers = [s for s in staff if "manager" in s["roles"]]
            programmes = programme_repo.list_programmes(db)

            report(1, steps, _("Operators"))
            now = clock.now_iso()
            ops = [
                {**_operator(rng, n), "created_at": now, "updated_at": now}
                for n in range(1, size.operators + 1)
            ]
            operator_repo.insert_many(db, ops)
            idents: list[tuple[int, str, str, str]] = []
            for op in ops:
                idents.append((op["id"], "EORI", "FR", _eori(op["id"])))
                if rng.random() < 0.3:
                    idents.append((op["id"], "VAT", "FR", f"FR{(op['id'] * 7727) % 10**11:011d}"))
            operator_repo.insert_identifiers_many(db, idents)

            report(2, steps, _("Generating cases"))
            cases, events = _cases(rng, size, today, ops, programmes, validators, current, managers)
            report(3, steps, _("Cases"))
            case_repo.insert_many(db, cases)
            report(4, steps, _("Timelines"))
            case_repo.insert_events_many(db, events)
        if with_audits:
            report(5, steps, _("Audits"))
            demo = _DemoAudits(db, seed, today, ops, programmes)
            audits = demo.build(cases)
        # Contact points and training follow their own random streams, so that adding them
        # left every seed's cases and audits as they were.
        report(steps - 1, steps, _("Contact points and training"))
        contacts = build_demo_contacts(db, random.Random(seed * 7919 + 4), today)
        training = build_demo_training(db, random.Random(seed * 7919 + 5), today)
        extra = {
            "contact assignments": contacts.get("assignments", 0),
            "training records": training.get("training_records", 0),
        }
    report(steps, steps, _("Done"))
    counts = {"operators": len(ops), "staff": len(staff), "cases": len(cases)}
    return {**counts, "events": len(events), "audits": audits, **extra}


@dataclass(frozen=True)
class _Plan:
    """Everything about one (kind, target state) walk that does not depend on chance,
    worked out once: the hot loop below then touches no Enum (their hashing is slow)."""

    kind_value: str
    kind_label: str
    target: CaseState
    target_value: str
    is_open: bool
    start_value: str
    # (min days, max days, from, to, detail, reasons or (), is acceptance, is decision)
    steps: tuple[tuple[int, int, str, str, str, tuple[str, ...], bool, bool], ...]


def _plan(kind: CaseKind, target: CaseState) -> _Plan:
    path = _PATHS[kind][target]
    steps = tuple(
        (
            *STEP_DAYS[state],
            prev.value,
            state.value,
            timeline.MOVED.render(from_state=STATE_LABELS[prev], to_state=STATE_LABELS[state]),
            REASONS[state] if needs_reason(state) else (),
            state is CaseState.ACCEPTED,
            state in (CaseState.GRANTED, CaseState.REJECTED),
        )
        for prev, state in itertools.pairwise(path)
    )
    return _Plan(kind.value, KIND_LABELS[kind], target, target.value, target.is_open,
                 path[0].value, steps)  # fmt: skip


def _cases(
    rng: random.Random,
    size: Scale,
    today: date,
    ops: list[dict[str, Any]],
    programmes: list[dict[str, Any]],
    validators: list[dict[str, Any]],
    current: list[dict[str, Any]],
    managers: list[dict[str, Any]],
) -> tuple[list[dict[str, Any]], list[tuple[Any, ...]]]:
    all_states = list(CaseState)
    by_code = {p["code"]: p for p in programmes}
    rules_by_id = {p["id"]: rules_of(p) for p in programmes}
    cases: list[dict[str, Any]] = []
    events: list[tuple[Any, ...]] = []
    seq: dict[int, int] = {}
    now = clock.now_iso()
    kinds = [k for k, _ in KIND_SHARE]
    weights = [w for _, w in KIND_SHARE]
    # Per kind: the reachable plans in BFS order, and the open ones among them.
    plans = [[_plan(k, t) for t in _PATHS[k]] for k in kinds]
    open_plans = [[p for p in ps if p.is_open] or ps for ps in plans]
    for n in range(1, size.cases + 1):
        op = ops[rng.randrange(len(ops))] if n > len(ops) else ops[n - 1]
        # The first cases walk every state in turn, so that each state and kind shows up.
        if n <= len(all_states) * 3:
            target = all_states[n % len(all_states)]
            kind = next(k for k in (kinds[n % 4], *kinds) if target in _PATHS[k])
            plan = _plan(kind, target)
        else:
            ki = kinds.index(rng.choices(kinds, weights)[0])
            plan = plans[ki][rng.randrange(len(plans[ki]))]
            if not plan.is_open and rng.random() < 0.25:
                # Keep a realistic share of live work: many open cases per validator.
                plan = open_plans[ki][rng.randrange(len(open_plans[ki]))]
        is_open = plan.is_open
        is_msme = op["size_class"] != "large"
        prog = _programme_for(rng, by_code, is_msme)
        gaps = [rng.randint(step[0], step[1]) for step in plan.steps]
        open_wait = rng.randint(0, 40) if is_open else rng.randint(5, 700)
        last = today - timedelta(days=open_wait)
        received = last - timedelta(days=sum(gaps))
        case_id = n
        year = received.year
        seq[year] = seq.get(year, 0) + 1
        reference = f"AEO-{year}-{seq[year]:05d}"
        pool = current if is_open else validators
        validator = rng.choice(pool) if (rng.random() < 0.93 or not is_open) else None
        manager = rng.choice(managers)
        actor_v = validator or manager
        case_events = _Timeline(case_id, manager)
        ev = case_events.add

        ev(received, "created", None, plan.start_value,
           timeline.CREATED.render(kind=plan.kind_label, reference=reference))  # fmt: skip
        if validator:
            ev(received + timedelta(days=min(2, gaps[0] if gaps else 0)), "assigned", None, None,
               timeline.ASSIGNED.render(name=validator["name"]))  # fmt: skip
        on = received
        accepted = decided = None
        for step, gap in zip(plan.steps, gaps, strict=True):
            _lo, _hi, prev_value, value, detail, reasons, is_accept, is_decision = step
            on = on + timedelta(days=gap)
            if is_accept:
                accepted = on
            if is_decision:
                decided = on
            reason = rng.choice(reasons) if reasons else ""
            ev(on, "transition", prev_value, value, detail, reason, actor_v)
        extension = 0
        extension_reason = ""
        if accepted and is_open and rng.random() < 0.12:
            days = rng.choice((30, 45, 60))
            # A decided case has no decision period left to extend. (Tested after the draws,
            # so that a seed still gives the same demo otherwise.)
            if decided is None:
                extension = days
                extension_reason = "Complex supply chain: additional site visit needed."
                ev(on, "extended", None, None, timeline.EXTENDED_DAYS.render(days=extension),
                   extension_reason, manager)  # fmt: skip
        dates = dl.CaseDates(received, accepted, decided, extension)
        case = {
            "id": case_id,
            "uuid": new_uuid(),
            "reference": reference,
            "kind": plan.kind_value,
            "programme_id": prog["id"],
            "operator_id": op["id"],
            "state": plan.target_value,
            "validator_id": validator["id"] if validator else None,
            "priority": rng.choices(("low", "normal", "high", "urgent"), (10, 70, 15, 5))[0],
            "received_on": received.isoformat(),
            "accepted_on": accepted.isoformat() if accepted else None,
            "decided_on": decided.isoformat() if decided else None,
            "extension_days": extension,
            "extension_reason": extension_reason,
            "summary": (
                f"{plan.kind_label} for {op['name']} ({op['sector'].lower()}, {op['region']})."
            ),
            "created_at": now,
            "updated_at": now,
            **derived_fields(rules_by_id[prog["id"]], plan.target, dates),
        }
        cases.append(case)
        events.extend(case_events.rows)
    return cases, events


class _Timeline:
    """The events of one demo case, with plausible office-hours timestamps."""

    def __init__(self, case_id: int, manager: dict[str, Any]) -> None:
        self.case_id = case_id
        self.manager = manager
        self.rows: list[tuple[Any, ...]] = []

    def add(self, on: date, kind: str, frm: Any, to: Any, detail: str, reason: str = "",
            who: dict[str, Any] | None = None) -> None:  # fmt: skip
        who = who or self.manager
        n = len(self.rows)
        hour, minute = 8 + (self.case_id + n) % 9, (self.case_id * 7 + n * 13) % 60
        at = f"{on.isoformat()}T{hour:02d}:{minute:02d}:00Z"
        self.rows.append((self.case_id, at, on.isoformat(), who["name"], who["id"], kind, frm,
                          to, detail, reason))  # fmt: skip


def _programme_for(
    rng: random.Random, by_code: dict[str, dict[str, Any]], is_msme: bool
) -> dict[str, Any]:
    if is_msme and rng.random() < 0.45:
        return by_code["MSME"]
    code = rng.choices(("AEOF", "AEOC", "AEOS", "T1", "T2"), (35, 25, 15, 15, 10))[0]
    return by_code[code]


# --- audits (small demo) ----------------------------------------------------------------------

#: Scales whose demo also holds site audits (made through the audit service, so slower).
AUDIT_SCALES = frozenset({"small"})

FINDING_NOTES = (
    "Procedure exists but is not applied at the second site.",
    "Seal register incomplete for March; two numbers missing.",
    "Visitor log kept, but badges are not returned on exit.",
    "Training records missing for three warehouse staff hired this year.",
    "Access to the customs software is shared between two clerks.",
    "Screening of new hauliers not documented for the last quarter.",
    "CCTV covers the loading bays but not the container yard.",
    "Reconciliation of stock records is done yearly, not monthly.",
)
MET_NOTES = ("Checked on site.", "Procedure seen and sampled (5 records).", "", "", "", "")
NOT_APPLICABLE_NOTE = "Not applicable: the operator does not perform this activity."
ACTIONS = (
    "Extend the procedure to every site and train the staff concerned.",
    "Complete the register and add a weekly check by the shift supervisor.",
    "Introduce badge return at the gate, with a daily reconciliation.",
    "Run the induction training for the new staff and keep the records.",
    "Give each clerk a personal account; remove the shared login.",
    "Document haulier screening and review the last quarter's partners.",
    "Add two cameras covering the container yard; keep 30 days of footage.",
    "Move stock reconciliation to a monthly cycle, signed off by finance.",
)
OWNERS = ("Quality manager", "Security officer", "Customs compliance lead", "Warehouse manager",
          "Finance director", "HR manager")  # fmt: skip
REOPEN_REASONS = (
    "The operator sent the missing contract after the visit; item re-assessed.",
    "The operator contests a finding; the evidence is being reviewed again.",
)
#: Evidence photos: (file name, main colour of the generated picture).
EVIDENCE_FILES = (
    ("seal-stock.png", (176, 52, 40)),
    ("gate-register.png", (60, 96, 160)),
    ("cctv-coverage.png", (70, 130, 80)),
)


def _png(width: int, height: int, colour: tuple[int, int, int]) -> bytes:
    """A small RGB picture (a shaded band on a light background), made without Qt."""

    def chunk(kind: bytes, body: bytes) -> bytes:
        crc = zlib.crc32(kind + body) & 0xFFFFFFFF
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", crc)

    raw = bytearray()
    for y in range(height):
        raw.append(0)  # filter: none
        band = height // 3 <= y < 2 * height // 3
        for x in range(width):
            shade = 40 * x // width
            if band:
                raw += bytes(min(255, c + shade) for c in colour)
            else:
                raw += bytes((235 - shade // 2,) * 3)
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(bytes(raw), 9))
        + chunk(b"IEND", b"")
    )


class _DemoClock:
    """The audit services stamp what they store with the app clock: the demo sets it to moments
    of each case's past (never later than the build's own "now"), and puts the previous clock
    back at the end, whatever happens."""

    def __init__(self) -> None:
        self.base = clock.now()
        self._override = clock.override()  # this thread only: a UI elsewhere keeps real time
        self._set_to = self._override.__enter__()

    def at(self, day: date, hour: int = 10, minute: int = 0) -> None:
        moment = min(datetime(day.year, day.month, day.day, hour, minute).astimezone(), self.base)
        self._set_to(moment)

    def restore(self) -> None:
        self._override.__exit__(None, None, None)


#: What the demo answers for an item: result, severity of a shortfall, note.
_Answer = tuple[cl.Result, cl.Severity | None, str]


class _DemoAudits:
    """Site audits in every stage, made through the audit service on the cases just built,
    with dates that fit each case's timeline: planned visits in the coming weeks, visits in
    progress, finalised audits (met, improvement plan with corrective actions in every
    follow-up state, not met), a cancelled one and reopened ones.

    Uses its own random stream, so the cases of a seed stay what they were without audits.
    No audit is planned where planning would move the case (``plan_audit`` moves a case under
    examination to "audit scheduled"), and no finalisation moves a case: the audits follow
    the timelines, never the other way round.
    """

    def __init__(
        self,
        db: sqlite_utils.Database,
        seed: int,
        today: date,
        ops: list[dict[str, Any]],
        programmes: list[dict[str, Any]],
    ) -> None:
        self.db = db
        self.rng = random.Random(seed * 7919 + 104729)
        self.today = today
        self.ops = {o["id"]: o for o in ops}
        self.programme_code = {p["id"]: p["code"] for p in programmes}
        self.staff = {s["id"]: s for s in staff_repo.list_staff(db)}
        self.validators = [s for s in self.staff.values() if "validator" in s["roles"]]
        self.clock = _DemoClock()
        self.evidence: list[Path] = []
        self.evidence_left = 4
        self.count = 0

    # -- the plan of the demo --------------------------------------------------------------

    def build(self, cases: list[dict[str, Any]]) -> int:
        pools: dict[tuple[str, str], list[dict[str, Any]]] = {}
        scoped = self._programmes_in_scope()
        for c in cases:
            state = CaseState(c["state"])
            if self.programme_code[c["programme_id"]] not in scoped:
                continue
            if CaseState.AUDIT_SCHEDULED in legal_next(state):
                continue  # planning an audit would move this case on
            pools.setdefault((c["state"], c["kind"]), []).append(c)

        def pick(state: str, kinds: tuple[str, ...], k: int) -> list[dict[str, Any]]:
            pool = [c for kind in kinds for c in pools.get((state, kind), [])]
            pool.sort(key=lambda c: int(c["id"]))
            return self.rng.sample(pool, min(k, len(pool)))

        applications = ("initial", "renewal")
        try:
            with tempfile.TemporaryDirectory(prefix="aeo-demo-") as folder:
                for name, colour in EVIDENCE_FILES:
                    path = Path(folder) / name
                    path.write_bytes(_png(96, 64, colour))
                    self.evidence.append(path)
                self._scheduled(pick("audit_scheduled", applications, 16))
                for n, c in enumerate(pick("audit_done", applications, 5)):
                    self._after_audit_done(c, "met" if n < 3 else "not_met")
                for c in pick("improvement_plan", applications, 8):
                    self._after_audit_done(c, "improvement_plan")
                decision = ("met", "reopened", "improvement_plan", "improvement_plan",
                            "not_met", "reopened_open", "met")  # fmt: skip
                for c, kind in zip(
                    pick("decision_pending", applications, 7), decision, strict=False
                ):
                    self._examined(c, kind)
                for state in ("granted", "active"):
                    for n, c in enumerate(pick(state, applications, 2)):
                        self._examined(c, ("met", "improvement_plan")[n % 2])
                for c in pick("rejected", applications, 3):
                    self._examined(c, "not_met")
                for n, c in enumerate(pick("active", ("monitoring",), 3)):
                    self._monitoring(c, "met" if n == 2 else "improvement_plan")
                for c in pick("under_reassessment", ("reassessment",), 2):
                    self._reassessment(c)
        finally:
            self.clock.restore()
        return self.count

    def _programmes_in_scope(self) -> set[str]:
        """Programmes whose default template asks at least one item."""
        found = set()
        for code in set(self.programme_code.values()):
            try:
                choice = template_service.default_for(self.db, code)
            except DomainError:
                continue
            t = template_service.template(self.db, choice.template_id)
            if any(cl.in_scope(i, code, code == "MSME") for i in t.all_items()):
                found.add(code)
        return found

    def _scheduled(self, cases: list[dict[str, Any]]) -> None:
        """Cases in "audit scheduled": the visit is planned (two were re-planned after a
        cancelled date), or has started and is partly answered."""
        in_progress = 0
        for n, c in enumerate(cases):
            scheduled = self._entered(c)["audit_scheduled"]
            days_since = (self.today - scheduled).days
            if n >= 2 and days_since >= 3 and in_progress < 7:
                in_progress += 1
                start = scheduled + timedelta(days=self.rng.randint(1, min(20, days_since - 1)))
                if planned := self._plan(c, start, scheduled, now=True):
                    visit = self._visit_days(start, self.rng.randint(1, 2), self.today)
                    share = self.rng.uniform(0.3, 0.7)
                    self._answer(*planned, visit, None, share=share)
                continue
            if n < 2:
                first = scheduled + timedelta(days=self.rng.randint(10, 25))
                if planned := self._plan(c, first, scheduled, now=True):
                    cancelled_on = scheduled + timedelta(days=self.rng.randint(1, 6))
                    cancelled_on = min(self.today, cancelled_on)
                    self.clock.at(cancelled_on, 11, 20)
                    audit_service.cancel(self.db, planned[0])
                    scheduled = cancelled_on
            start = self.today + timedelta(days=self.rng.randint(3, 35))
            self._plan(c, start, scheduled, now=True)

    def _after_audit_done(self, c: dict[str, Any], outcome: str) -> None:
        """A case in "audit done" or "improvement plan": finalised the day it entered audit
        done, after a visit that started once the audit was scheduled."""
        entered = self._entered(c)
        scheduled, done = entered["audit_scheduled"], entered["audit_done"]
        start = max(scheduled + timedelta(days=1), done - timedelta(days=self.rng.randint(1, 4)))
        start = min(start, done)
        if not (planned := self._plan(c, start, scheduled)):
            return
        audit_id, lead = planned
        visit = self._visit_days(start, self.rng.randint(0, 2), done)
        self._answer(audit_id, lead, visit, outcome)
        self._finalise(audit_id, lead, done, c)

    def _examined(self, c: dict[str, Any], plan: str) -> None:
        """A case decided (or ready for decision) after examination: the visit took place
        while it was under examination, and was finalised by the time it moved on."""
        entered = self._entered(c)
        examined, ready = entered.get("under_examination"), entered.get("decision_pending")
        if examined is None or ready is None or (ready - examined).days < 3:
            return
        span = (ready - examined).days
        start = examined + timedelta(days=self.rng.randint(1, max(1, span // 2)))
        if not (planned := self._plan(c, start, examined)):
            return
        audit_id, lead = planned
        visit = self._visit_days(start, self.rng.randint(0, 2), ready)
        outcome = "met" if plan.startswith("reopened") else plan
        self._answer(audit_id, lead, visit, outcome)
        finalised = min(visit[-1] + timedelta(days=self.rng.randint(0, 3)), ready)
        # Actions of a decided case were closed before the decision; a pending one may
        # still have some open.
        closed_by = ready if c["state"] != "decision_pending" else None
        self._finalise(audit_id, lead, finalised, c, closed_by=closed_by)
        if plan == "reopened":
            self._reopen(audit_id, lead, min(finalised + timedelta(days=1), self.today), c, 0)
        elif plan == "reopened_open":
            on = max(finalised, self.today - timedelta(days=self.rng.randint(0, 3)))
            self._reopen(audit_id, lead, on, c, 1)

    def _monitoring(self, c: dict[str, Any], outcome: str) -> None:
        """A monitoring visit to an active authorisation; its actions are being followed up."""
        since = self._entered(c)["active"]
        room = (self.today - since).days
        if room < 30:
            return
        start = since + timedelta(days=self.rng.randint(5, min(90, room - 20)))
        if not (planned := self._plan(c, start, since)):
            return
        audit_id, lead = planned
        visit = self._visit_days(start, self.rng.randint(0, 1), self.today)
        self._answer(audit_id, lead, visit, outcome)
        finalised = visit[-1] + timedelta(days=self.rng.randint(0, 2))
        self._finalise(audit_id, lead, min(finalised, self.today), c)

    def _reassessment(self, c: dict[str, Any]) -> None:
        """A reassessment: the visit has started, or is planned."""
        since = self._entered(c)["under_reassessment"]
        room = (self.today - since).days
        if room < 2:
            self._plan(c, self.today + timedelta(days=self.rng.randint(5, 20)), since, now=True)
            return
        start = since + timedelta(days=self.rng.randint(1, room - 1))
        if planned := self._plan(c, start, since, now=True):
            visit = self._visit_days(start, 1, self.today)
            self._answer(*planned, visit, None, share=self.rng.uniform(0.4, 0.8))

    # -- steps, through the audit service ----------------------------------------------------

    def _entered(self, c: dict[str, Any]) -> dict[str, date]:
        """State -> the date the case (last) entered it, from its timeline."""
        return {
            e["to_state"]: date.fromisoformat(e["effective_on"])
            for e in case_repo.list_events(self.db, c["id"])
            if e["kind"] in ("created", "transition") and e["to_state"]
        }

    def _active(self, person: dict[str, Any], *days: date) -> bool:
        """Whether ``person`` is in post on each of ``days`` (the service checks it)."""
        return all(
            person["active_from"] <= d.isoformat()
            and (not person["active_to"] or person["active_to"] >= d.isoformat())
            for d in days
        )

    def _plan(
        self, c: dict[str, Any], start: date, created: date, *, now: bool = False
    ) -> tuple[int, dict[str, Any]] | None:
        """Plan the visit on ``created``; its lead (the case's validator where they can) and
        team are in post then, and today too for a visit still to come. None when nobody
        was."""
        days = (created, self.today) if now else (created,)
        eligible = [v for v in self.validators if self._active(v, *days)]
        if not eligible:
            return None
        lead = self.staff.get(c["validator_id"]) if c["validator_id"] else None
        if lead is None or lead not in eligible:
            lead = self.rng.choice(eligible)
        op = self.ops[c["operator_id"]]
        city = op["address"].rsplit(", ", 1)[1].split(" ", 1)[1]
        sites = [f"Head office, {op['address']}"]
        if self.rng.random() < 0.35:
            sites.append(f"Warehouse, zone logistique, {city}")
        team: tuple[int, ...] = ()
        if self.rng.random() < 0.4:
            other = self.rng.choice(eligible)
            team = (other["id"],) if other["id"] != lead["id"] else ()
        self.clock.at(created, 9, 10 + self.count % 40)
        plan = audit_service.AuditPlan(
            case_id=c["id"],
            planned_start=start,
            planned_end=start + timedelta(days=self.rng.randint(0, 2)),
            lead_validator_id=lead["id"],
            sites=tuple(sites),
            team=team,
        )
        audit_id = audit_service.plan_audit(self.db, plan, self._actor(lead))
        self.count += 1
        return audit_id, lead

    def _visit_days(self, start: date, extra: int, until: date) -> list[date]:
        last = max(start, min(start + timedelta(days=extra), until))
        return [start + timedelta(days=n) for n in range((last - start).days + 1)]

    def _results(
        self, items: list[audit_service.ChecklistItem], outcome: str | None
    ) -> list[_Answer]:
        """(result, severity, note) per item, so that the audit ends with ``outcome`` (None:
        a realistic mix for a visit in progress)."""
        rng = self.rng
        out: list[_Answer] = []
        for it in items:
            if it.requirement is cl.Requirement.SHOULD and rng.random() < 0.05:
                out.append((cl.Result.NOT_APPLICABLE, None, NOT_APPLICABLE_NOTE))
            else:
                out.append((cl.Result.MET, None, rng.choice(MET_NOTES)))
        musts = [n for n, it in enumerate(items) if it.requirement is cl.Requirement.MUST]
        shoulds = [n for n, it in enumerate(items) if it.requirement is cl.Requirement.SHOULD]

        def short(n: int, result: cl.Result, severity: cl.Severity) -> None:
            out[n] = (result, severity, rng.choice(FINDING_NOTES))

        if outcome in ("improvement_plan", None):
            picked = rng.sample(range(len(items)), min(len(items), rng.randint(2, 4)))
            for n in picked:
                if n in shoulds and rng.random() < 0.4:
                    short(n, cl.Result.NOT_MET, cl.Severity.MAJOR)
                else:
                    short(
                        n,
                        cl.Result.PARTIALLY_MET,
                        rng.choice((cl.Severity.MINOR, cl.Severity.MINOR, cl.Severity.MAJOR)),
                    )
        elif outcome == "not_met":
            if musts:
                for n in rng.sample(musts, min(len(musts), rng.randint(1, 2))):
                    short(
                        n, cl.Result.NOT_MET, rng.choice((cl.Severity.CRITICAL, cl.Severity.MAJOR))
                    )
                for n in rng.sample(range(len(items)), min(len(items), 2)):
                    if out[n][0] is not cl.Result.NOT_MET:
                        short(n, cl.Result.PARTIALLY_MET, cl.Severity.MAJOR)
            else:  # nothing is a Must here: too many shortfalls fail the audit instead
                for n in range(0, len(items), 2):
                    short(n, cl.Result.NOT_MET, cl.Severity.MAJOR)
        return out

    def _answer(
        self,
        audit_id: int,
        lead: dict[str, Any],
        days: list[date],
        outcome: str | None,
        *,
        share: float = 1.0,
    ) -> None:
        items = list(audit_service.checklist(self.db, audit_id).items.values())
        results = self._results(items, outcome)
        todo = len(items) if share >= 1.0 else max(1, int(len(items) * share))
        per_day = -(-todo // len(days))
        actor = self._actor(lead)
        photo_for = None
        if self.evidence_left and self.count % 3 == 0:
            # A photo goes with the first shortfall (or the first answer) of some audits.
            shortfalls = [n for n, r in enumerate(results[:todo]) if r[0].is_shortfall]
            photo_for = shortfalls[0] if shortfalls else 0
        for n, (it, (result, severity, note)) in enumerate(
            zip(items[:todo], results[:todo], strict=True)
        ):
            minutes = 9 * 60 + (n % per_day) * 8 * 60 // per_day  # 9:00 to 17:00
            self.clock.at(days[n // per_day], minutes // 60, minutes % 60)
            audit_service.answer(
                self.db, audit_id, it.id, result, actor, severity=severity, note=note
            )
            if n == photo_for:
                self.evidence_left -= 1
                path = self.evidence[self.evidence_left % len(self.evidence)]
                audit_service.add_evidence(self.db, audit_id, path, actor, item_id=it.id)

    def _finalise(
        self,
        audit_id: int,
        lead: dict[str, Any],
        on: date,
        c: dict[str, Any],
        *,
        closed_by: date | None = None,
    ) -> None:
        """Plan the corrective actions an improvement plan needs, finalise on ``on``, then
        let the operator report actions done and the validator verify them."""
        data = audit_service.checklist(self.db, audit_id)
        outcome = cl.outcome(data.overall())
        if c["state"] == "audit_done" and outcome is cl.Outcome.IMPROVEMENT_PLAN:
            raise RuntimeError("demo bug: this finalisation would move the case on")
        actions: list[tuple[int, str]] = []
        if outcome is cl.Outcome.IMPROVEMENT_PLAN:
            self.clock.at(on, 15, 40)
            for n, item_id in enumerate(data.findings):
                due, status = self._action_plan(on, closed_by)
                action_id = audit_service.add_action(
                    self.db,
                    audit_id,
                    item_id,
                    ACTIONS[(audit_id + n) % len(ACTIONS)],
                    f"{self.rng.choice(OWNERS)} ({self.rng.choice(FIRST)[0]}. "
                    f"{self.rng.choice(LAST)})",
                    due,
                )
                actions.append((action_id, status))
        self.clock.at(on, 16, 30)
        audit_service.finalise(self.db, audit_id, self._actor(lead))
        last = min(closed_by or self.today, self.today)
        for action_id, status in actions:
            if status in ("done", "verified"):
                completed = on + timedelta(days=self.rng.randint(0, max(0, (last - on).days)))
                self.clock.at(completed, 14, 5)
                audit_service.complete_action(
                    self.db, action_id, "The operator sent photos and the updated procedure."
                )
                if status == "verified":
                    spare = max(0, (last - completed).days)
                    self.clock.at(completed + timedelta(days=self.rng.randint(0, spare)), 16, 45)
                    audit_service.verify_action(self.db, action_id, self._actor(lead))

    def _action_plan(self, finalised: date, closed_by: date | None) -> tuple[date, str]:
        """(due date, what becomes of the action): open and due soon, overdue, done,
        verified. Before a decision (``closed_by``), every action was done."""
        rng, today = self.rng, self.today
        if closed_by is not None:
            return finalised + timedelta(days=rng.randint(7, 30)), rng.choice(("done", "verified"))
        status = rng.choices(("open", "overdue", "done", "verified"), (3, 3, 2, 2))[0]
        if status == "overdue" and (today - finalised).days >= 8:
            return finalised + timedelta(days=rng.randint(7, (today - finalised).days - 1)), status
        if status in ("open", "overdue"):
            return today + timedelta(days=rng.randint(1, 28)), "open"
        return finalised + timedelta(days=rng.randint(14, 60)), status

    def _reopen(
        self, audit_id: int, lead: dict[str, Any], on: date, c: dict[str, Any], reason: int
    ) -> None:
        """Reopen a finalised audit (revision 1). The first kind is corrected and finalised
        again the same day; the second is still being reviewed."""
        actor = self._actor(lead)
        self.clock.at(on, 10, 15)
        audit_service.reopen(self.db, audit_id, REOPEN_REASONS[reason], actor)
        if reason:
            return
        data = audit_service.checklist(self.db, audit_id)
        met = [i for i in data.items if data.result_of(i) is cl.Result.MET]
        should = [i for i in met if data.items[i].requirement is cl.Requirement.SHOULD]
        self.clock.at(on, 10, 40)
        audit_service.answer(
            self.db,
            audit_id,
            (should or met)[-1],
            cl.Result.NOT_APPLICABLE,
            actor,
            note="Re-assessed after the visit: " + NOT_APPLICABLE_NOTE,
        )
        self._finalise(audit_id, lead, on, c, closed_by=on)

    @staticmethod
    def _actor(person: dict[str, Any]) -> Actor:
        return Actor(name=person["name"], staff_id=person["id"])


def create_demo_file(
    path: Path,
    *,
    scale: str = "small",
    seed: int = 1,
    progress: Progress | None = None,
    replace: bool = False,
    users: bool = False,
) -> dict[str, int]:
    """Build a demo database at ``path``. The file is built under a temporary name and renamed
    at the end: it appears whole, or not at all. With ``replace``, an existing file is only
    replaced once the new one is complete (a failed build leaves it as it was). With
    ``users``, the demo gets sign-in users (:data:`DEMO_PASSWORD`), see :func:`add_demo_users`."""
    if path.exists() and not replace:
        raise DomainError(_("{path} already exists.").format(path=path))
    tmp = path.with_name(path.name + ".building")
    try:
        db = open_database(tmp)
        try:
            counts = build_demo(db, scale=scale, seed=seed, progress=progress)
            integrity.checkpoint(db)
        finally:
            db.close()
        for suffix in ("-wal", "-shm", ".keys"):  # the old file's side files must go with it
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        tmp.replace(path)
        if users:
            add_demo_users(path)
    finally:
        for suffix in ("", "-wal", "-shm"):
            Path(f"{tmp}{suffix}").unlink(missing_ok=True)
    return counts


#: The password of every demo user (shown on the demo's sign-in screen and in the README).
DEMO_PASSWORD = "aeo-demo-2026"


def add_demo_users(path: Path) -> list[str]:
    """Users "admin" (administrator), "manager" and "validator" (linked to the validator with
    the most open cases), all with :data:`DEMO_PASSWORD`, and the hint that says so."""
    from desktop.services import keyring, users

    db = open_database(path)
    try:
        admin = users.create_first_admin(path, db, "admin", DEMO_PASSWORD, roles=("admin",))
        busiest = staff_repo.busiest_validator(db)
        manager = staff_repo.first_with_role(db, "manager")
        made = ["admin"]
        for name, roles, staff_id in (
            ("manager", ["manager"], manager),
            ("validator", ["validator"], busiest),
        ):
            user, _password = users.create_user(
                admin, name, roles, staff_id=staff_id, temporary=DEMO_PASSWORD
            )
            ring = keyring.load(path)
            keyring.set_password(ring, user.uuid, user.username, DEMO_PASSWORD, admin.db_key)
            made.append(name)
        with db.atomic():
            settings_repo.put(
                db,
                "demo.users_hint",
                # English, like all stored text: the sign-in screen translates it.
                timeline.USERS_HINT.render(
                    users=", ".join(made[:-1]), last=made[-1], password=DEMO_PASSWORD
                ),
            )
    finally:
        db.close()
    return made
