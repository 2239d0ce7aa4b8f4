"""A realistic demo database: operators, staff, programmes and cases with whole timelines.

``small``: about 300 operators (80 % MSMEs), 25 staff, 600 cases in every state and kind.
``large``: 40,000 operators and 100,000 cases, for benchmarks (bulk SQL, about 10-20 s).
Deterministic for a given seed and "today".
"""

from __future__ import annotations

import itertools
import random
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import sqlite_utils

from db.repositories import cases as case_repo
from db.repositories import operators as operator_repo
from db.repositories import programmes as programme_repo
from db.repositories import search as search_repo
from db.repositories import staff as staff_repo
from db.repositories.common import new_uuid
from desktop.domain import deadlines as dl
from desktop.domain.cases import TRANSITIONS, CaseKind, CaseState, needs_reason
from desktop.domain.errors import DomainError
from desktop.domain.operators import SizeClass, size_class
from desktop.services import clock
from desktop.services.case_service import derived_fields, rules_of
from desktop.services.database import open_database

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
        raise DomainError("The database already holds data; the demo needs an empty one.")
    size = SCALES[scale]
    rng = random.Random(seed)
    today = clock.today()
    report = progress or (lambda *_: None)
    with db.atomic(), search_repo.bulk_load(db):
        report(0, 5, "Staff")
        staff_repo.insert_many(db, _staff(rng, size.staff, today))
        staff = staff_repo.list_staff(db)
        validators = [s for s in staff if "validator" in s["roles"]]
        current = [s for s in validators if not s["active_to"]]
        managers = [s for s in staff if "manager" in s["roles"]]
        programmes = programme_repo.list_programmes(db)

        report(1, 5, "Operators")
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

        report(2, 5, "Generating cases")
        cases, events = _cases(rng, size, today, ops, programmes, validators, current, managers)
        report(3, 5, "Cases")
        case_repo.insert_many(db, cases)
        report(4, 5, "Timelines")
        case_repo.insert_events_many(db, events)
    report(5, 5, "Done")
    return {"operators": len(ops), "staff": len(staff), "cases": len(cases), "events": len(events)}


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
            f"{prev.label} → {state.label}",
            REASONS[state] if needs_reason(state) else (),
            state is CaseState.ACCEPTED,
            state in (CaseState.GRANTED, CaseState.REJECTED),
        )
        for prev, state in itertools.pairwise(path)
    )
    return _Plan(kind.value, kind.label, target, target.value, target.is_open,
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
           f"{plan.kind_label} registered as {reference}")  # fmt: skip
        if validator:
            ev(received + timedelta(days=min(2, gaps[0] if gaps else 0)), "assigned", None, None,
               f"Assigned to {validator['name']}")  # fmt: skip
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
                ev(on, "extended", None, None, f"Decision period extended by {extension} days",
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


def create_demo_file(
    path: Path, *, scale: str = "small", seed: int = 1, progress: Progress | None = None
) -> dict[str, int]:
    """Build a demo database at ``path`` (which must not exist). The file is built under a
    temporary name and renamed at the end: it appears whole, or not at all."""
    if path.exists():
        raise DomainError(f"{path} already exists.")
    tmp = path.with_name(path.name + ".building")
    try:
        db = open_database(tmp)
        try:
            counts = build_demo(db, scale=scale, seed=seed, progress=progress)
            db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            db.close()
        tmp.replace(path)
    finally:
        for suffix in ("", "-wal", "-shm"):
            Path(f"{tmp}{suffix}").unlink(missing_ok=True)
    return counts
