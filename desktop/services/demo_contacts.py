"""Demo contact points for a demo that already has operators and staff.

Primary contacts for most MSMEs and many large operators (about 15 % of operators left
uncovered, MSMEs among them), backups for some, history with ended assignments, two past
handovers (one from the staff member who rotated out), a contact log of a few hundred entries
over the last 18 months with follow-ups done, due soon, later and overdue, one officer over
the maximum load and a few long-tenure contacts.

Runs inside the caller's transaction (bulk repository inserts, no service round trips), so
that it joins the demo's all-or-nothing build. Deterministic for a given ``rng`` and ``today``.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

import sqlite_utils

from db.repositories import contacts as repo
from db.repositories import staff as staff_repo
from db.repositories.common import Row, require_transaction
from desktop.domain import contacts as dc
from desktop.services import contact_service

#: Who recorded the demo's rows when no manager is found.
DEMO_ACTOR = "demo"

CHANNEL_WEIGHTS = (("visit", 25), ("phone", 30), ("email", 25), ("seminar", 10), ("outreach", 10))
TOPICS = {
    "visit": (
        "Introductory visit: AEO benefits for a small operator",
        "Pre-application visit: self-assessment questionnaire",
        "Site visit: record keeping and customs procedures",
        "Follow-up visit after the improvement plan",
        "Visit: security of premises and access control",
    ),
    "phone": (
        "Question on the MSME simplified track",
        "Question on the documents for an application",
        "Call about the timing of the decision",
        "Question on customs valuation records",
        "Call on changes to the supply chain",
    ),
    "email": (
        "Sent the self-assessment questionnaire and guidance",
        "Answered questions on the security criteria",
        "Reminder about the missing financial statements",
        "Guidance on internal control procedures",
        "Explained the monitoring of an authorisation",
    ),
    "seminar": (
        "AEO information seminar for MSMEs",
        "Seminar: compliance management for small traders",
        "Regional seminar on the security and safety criteria",
    ),
    "outreach": (
        "Chamber of commerce outreach day",
        "Trade fair stand: AEO programme",
        "Port community outreach meeting",
    ),
}
ADVICE = (
    "Start with the self-assessment; the MSME track needs fewer criteria.",
    "Keep a written procedure for customs declarations and who checks them.",
    "Name one person responsible for customs matters and a deputy.",
    "Gather three years of financial statements before applying.",
    "Review the access control of the warehouse before the audit.",
    "Use the checklist sent by e-mail to prepare the site visit.",
    "",
)
HANDOVER_NOTES = (
    "Rotation: {name} moved to another office; operators shared between two officers.",
    "Portfolio rebalanced after the reorganisation of the {office} office.",
)


@dataclass
class _Segment:
    operator_id: int
    officer_id: int
    role: str
    start: date
    end: date | None
    handover: int | None = None  # index into the handover list, replaced by its id
    note: str = ""


def _between(rng: random.Random, lo: date, hi: date) -> date:
    if hi <= lo:
        return lo
    return lo + timedelta(days=rng.randint(0, (hi - lo).days))


def _af(person: Row) -> date:
    return date.fromisoformat(person["active_from"])


def _in_post(person: Row, on: date) -> bool:
    end = date.fromisoformat(person["active_to"]) if person["active_to"] else None
    return dc.is_active(_af(person), end, on)


def build_demo_contacts(
    db: sqlite_utils.Database, rng: random.Random, today: date
) -> dict[str, int]:
    """Fill the contact tables of a demo that has operators and staff (none of contacts yet).

    Call it inside ``with db.atomic():``. Returns counts of what it made.
    """
    require_transaction(db)
    builder = _DemoContacts(db, rng, today)
    return builder.build()


class _DemoContacts:
    def __init__(self, db: sqlite_utils.Database, rng: random.Random, today: date) -> None:
        self.db, self.rng, self.today = db, rng, today
        self.staff = staff_repo.list_staff(db)
        self.officers = [
            s for s in self.staff if dc.CONTACT_OFFICER_ROLE in s["roles"] and _in_post(s, today)
        ]
        self.by_id = {s["id"]: s for s in self.staff}
        managers = [s for s in self.staff if "manager" in s["roles"]]
        self.actor = managers[0]["name"] if managers else DEMO_ACTOR
        self.rules = contact_service.rules(db)
        self.segments: list[_Segment] = []
        self.handovers: list[dict[str, Any]] = []

    # --- assignments ----------------------------------------------------------------------

    def build(self) -> dict[str, int]:
        ops = repo.operator_list(self.db)
        if not ops or not self.officers:
            return {"assignments": 0, "handovers": 0, "contact_log": 0, "uncovered": len(ops)}
        rng, today = self.rng, self.today
        order = list(ops)
        rng.shuffle(order)
        uncovered = [
            o for o in order if rng.random() < (0.12 if o["size_class"] in dc.MSME else 0.27)
        ]
        if not any(o["size_class"] in dc.MSME for o in uncovered):
            uncovered.append(next(o for o in order if o["size_class"] in dc.MSME))
        gone = {o["id"] for o in uncovered}
        covered = [o for o in order if o["id"] not in gone]
        # MSMEs first into the handovers: that is whom the study worries about.
        msmes_first = sorted(covered, key=lambda o: o["size_class"] == "large")
        current: dict[int, tuple[int, date]] = {}  # operator -> (primary officer, since)
        taken: set[int] = set()

        rotated = sorted(
            (s for s in self.staff if s["active_to"] and s["active_to"] < today.isoformat()),
            key=lambda s: s["id"],
        )
        if rotated:
            person = rotated[0]
            eff = date.fromisoformat(person["active_to"]) + timedelta(days=1)
            group = msmes_first[: min(14, max(1, len(covered) // 8))]
            self._handover(person, group, eff, current, taken, 0, name=person["name"])
        eff2 = today - timedelta(days=rng.randint(250, 330))
        senior = [s for s in self.officers if _af(s) <= eff2 - timedelta(days=200)]
        if senior and len(self.officers) > 1:
            person = rng.choice(senior)
            rest = [o for o in msmes_first if o["id"] not in taken]
            group = rest[len(rest) // 3 : len(rest) // 3 + min(6, len(rest) // 10 + 1)]
            self._handover(person, group, eff2, current, taken, 1, office=person["office"])

        # The rest: one officer above the maximum, the others shared evenly (round-robin).
        heavy = self.officers[rng.randrange(len(self.officers))]
        others = [s for s in self.officers if s["id"] != heavy["id"]]
        rng.shuffle(others)
        heavy_target = self.rules.max_operators + rng.randint(3, 7)
        heavy_count = sum(1 for officer, _ in current.values() if officer == heavy["id"])
        turn = 0
        for op in covered:
            if op["id"] in taken:
                continue
            if heavy_count < heavy_target or not others:
                officer, heavy_count = heavy, heavy_count + 1
            else:
                officer, turn = others[turn % len(others)], turn + 1
            start = _between(
                rng, max(_af(officer), today - timedelta(days=4 * 365)), today - timedelta(days=14)
            )
            self._previous(op["id"], officer["id"], start)
            self.segments.append(_Segment(op["id"], officer["id"], "primary", start, None))
            current[op["id"]] = (officer["id"], start)
        self._long_tenure(current)
        self._uncovered_history(uncovered)
        self._backups(current)
        return self._write(len(uncovered))

    def _handover(
        self,
        person: Row,
        group: Sequence[Row],
        eff: date,
        current: dict[int, tuple[int, date]],
        taken: set[int],
        which: int,
        **fmt: str,
    ) -> None:
        successors = [s for s in self.officers if s["id"] != person["id"] and _in_post(s, eff)]
        if not group or not successors:
            return
        self.rng.shuffle(successors)
        chosen = [s["id"] for s in successors[:2]]
        items = [dc.MoveItem(o["id"], o["name"], o["size_class"], "primary") for o in group]
        plan = dc.distribute(items, chosen, {})
        self.handovers.append(
            {
                "from_officer_id": person["id"],
                "effective_on": eff.isoformat(),
                "note": HANDOVER_NOTES[which].format(**fmt),
                "moved": len(plan),
                "created_at": f"{eff - timedelta(days=3)}T09:00:00Z",
                "created_by": self.actor,
            }
        )
        index = len(self.handovers) - 1
        for item, to in plan:
            assert to is not None
            start = _between(
                self.rng, max(_af(person), eff - timedelta(days=1100)), eff - timedelta(days=60)
            )
            self.segments.append(
                _Segment(item.operator_id, person["id"], "primary", start, eff - timedelta(days=1))
            )
            self.segments.append(
                _Segment(item.operator_id, to, "primary", eff, None, handover=index)
            )
            current[item.operator_id] = (to, eff)
            taken.add(item.operator_id)

    def _previous(self, operator_id: int, officer_id: int, start: date) -> None:
        """About one in three operators had another primary before."""
        if self.rng.random() >= 0.3:
            return
        choices = [
            s
            for s in self.officers
            if s["id"] != officer_id and _af(s) <= start - timedelta(days=120)
        ]
        if not choices:
            return
        before = self.rng.choice(choices)
        first = _between(
            self.rng, max(_af(before), start - timedelta(days=900)), start - timedelta(days=90)
        )
        self.segments.append(
            _Segment(
                operator_id,
                before["id"],
                "primary",
                first,
                start - timedelta(days=1),
                note="Reassigned when the portfolios were redrawn.",
            )
        )

    def _long_tenure(self, current: dict[int, tuple[int, date]]) -> None:
        """Two or three contacts held for longer than the rule allows."""
        years = self.rules.max_years
        oldest = min(self.officers, key=_af)
        limit = dc.add_years(self.today, -years)
        mine = [
            s
            for s in self.segments
            if s.officer_id == oldest["id"] and s.end is None and s.handover is None
            and s.role == "primary"
        ]  # fmt: skip
        for seg in mine[: self.rng.randint(2, 3)]:
            # Before the officer joined only if nobody has been here long enough (a demo).
            lo = max(_af(oldest), limit - timedelta(days=700))
            hi = limit - timedelta(days=20)
            seg.start = _between(self.rng, lo, hi) if lo <= hi else hi
            self.segments[:] = [
                s
                for s in self.segments
                if not (s.operator_id == seg.operator_id and s.end is not None)
            ]
            current[seg.operator_id] = (oldest["id"], seg.start)

    def _uncovered_history(self, uncovered: Sequence[Row]) -> None:
        """Some operators without a contact had one: it ended and nobody took over."""
        for op in uncovered:
            if self.rng.random() >= 0.35:
                continue
            person = self.rng.choice(self.officers)
            lo = max(_af(person), self.today - timedelta(days=900))
            start = _between(self.rng, lo, self.today - timedelta(days=150))
            end = _between(self.rng, start + timedelta(days=30), self.today - timedelta(days=20))
            self.segments.append(
                _Segment(
                    op["id"], person["id"], "primary", start, end,
                    note="Ended: the officer's portfolio was reduced.",
                )
            )  # fmt: skip

    def _backups(self, current: dict[int, tuple[int, date]]) -> None:
        primaries: dict[int, set[int]] = {}
        for s in self.segments:
            primaries.setdefault(s.operator_id, set()).add(s.officer_id)
        for operator_id, (_, since) in current.items():
            if self.rng.random() >= 0.25:
                continue
            choices = [s for s in self.officers if s["id"] not in primaries[operator_id]]
            if not choices:
                continue
            person = self.rng.choice(choices)
            start = min(
                max(since, _af(person)) + timedelta(days=self.rng.randint(0, 60)),
                self.today - timedelta(days=1),
            )
            start = max(start, _af(person))
            self.segments.append(_Segment(operator_id, person["id"], "backup", start, None))

    # --- writing ----------------------------------------------------------------------------

    def _write(self, uncovered: int) -> dict[str, int]:
        ids = [repo.insert_handover(self.db, h) for h in self.handovers]
        repo.insert_assignments_many(
            self.db,
            (
                {
                    "operator_id": s.operator_id,
                    "officer_id": s.officer_id,
                    "role": s.role,
                    "start_on": s.start.isoformat(),
                    "end_on": s.end.isoformat() if s.end else None,
                    "note": s.note,
                    "handover_id": None if s.handover is None else ids[s.handover],
                    "created_at": f"{s.start}T08:30:00Z",
                    "created_by": self.actor,
                }
                for s in self.segments
            ),
        )
        log = self._log()
        repo.insert_log_many(self.db, log)
        return {
            "assignments": len(self.segments),
            "handovers": len(ids),
            "contact_log": len(log),
            "uncovered": uncovered,
        }

    # --- contact log ------------------------------------------------------------------------

    def _officer_on(self, operator_id: int, on: date, timeline: dict[int, list[_Segment]]) -> int:
        for s in timeline.get(operator_id, ()):
            if s.role == "primary" and dc.is_active(s.start, s.end, on):
                person = self.by_id[s.officer_id]
                if _in_post(person, on):
                    return s.officer_id
        choices = [s for s in self.officers if _af(s) <= on] or self.officers
        return int(self.rng.choice(choices)["id"])

    def _log(self) -> list[dict[str, Any]]:
        rng, today = self.rng, self.today
        timeline: dict[int, list[_Segment]] = {}
        for s in self.segments:
            timeline.setdefault(s.operator_id, []).append(s)
        ops = repo.operator_list(self.db)
        weights = [3 if o["size_class"] in dc.MSME else 2 for o in ops]
        channels = [c for c, _ in CHANNEL_WEIGHTS]
        channel_weights = [w for _, w in CHANNEL_WEIGHTS]
        total = min(420, max(60, len(ops) * 11 // 10))
        # Follow-ups of each kind for sure (due soon, later, overdue), the rest by chance.
        fixed = [(5, 3), (9, 1), (2, 12), (20, 0), (12, 35), (30, 50), (70, -12), (95, -40),
                 (50, -5), (130, -70), (16, 6)]  # fmt: skip
        entries: list[dict[str, Any]] = []
        for n in range(total):
            op = rng.choices(ops, weights)[0]
            channel = rng.choices(channels, channel_weights)[0]
            follow: date | None = None
            done: date | None = None
            if n < len(fixed):
                ago, ahead = fixed[n]
                on = today - timedelta(days=ago)
                follow = today + timedelta(days=ahead)
            else:
                on = today - timedelta(days=rng.randint(0, 547))
                if rng.random() < 0.35:
                    follow = on + timedelta(days=rng.randint(7, 60))
                    done_share = 0.97 if follow < today - timedelta(days=90) else 0.7
                    if follow < today and rng.random() < done_share:
                        done = min(today, max(on, follow + timedelta(days=rng.randint(-6, 12))))
            topic = rng.choice(TOPICS[channel])
            entries.append(
                {
                    "operator_id": op["id"],
                    "officer_id": self._officer_on(op["id"], on, timeline),
                    "contact_on": on.isoformat(),
                    "channel": channel,
                    "topic": topic,
                    "advice": rng.choice(ADVICE),
                    "follow_up_on": follow.isoformat() if follow else None,
                    "follow_up_done_on": done.isoformat() if done else None,
                    "created_at": f"{on}T15:00:00Z",
                    "created_by": self.actor,
                }
            )
        entries.sort(key=lambda e: (e["contact_on"], e["operator_id"]))
        return entries
