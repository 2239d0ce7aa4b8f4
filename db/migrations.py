"""The schema, as an append-only list of named migrations.

Never edit a step once it has shipped: add a new one. ``apply()`` is idempotent. Each step runs
in its own transaction (sqlite-utils ``Migrations``). ``PRAGMA user_version`` mirrors the number
of steps so that an older AEO Desk can tell that a file is newer than itself.
"""

from __future__ import annotations

import sqlite_utils
from sqlite_utils.migrations import Migrations

from db.connection import APPLICATION_ID, application_id, user_tables
from db.errors import NotAnAeoDatabaseError, SchemaTooNewError
from db.i18n import _

MIGRATION_SET = "aeo_desk"
migrations = Migrations(MIGRATION_SET)

CASE_STATES_0001 = (
    "received", "info_requested", "accepted", "not_accepted", "under_examination",
    "audit_scheduled", "audit_done", "improvement_plan", "decision_pending", "granted",
    "rejected", "withdrawn", "active", "under_reassessment", "suspended", "revoked",
    "expired", "renewed",
)  # fmt: skip


def _in_list(values: tuple[str, ...]) -> str:
    # Identifiers from a constant tuple in this module, never user input.
    return ", ".join(f"'{v}'" for v in values)


@migrations(name="0001_create_core_tables")
def _0001_create_core_tables(db: sqlite_utils.Database) -> None:
    db.executescript(
        f"""
        PRAGMA application_id = {APPLICATION_ID};

        CREATE TABLE programmes (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            code TEXT NOT NULL UNIQUE CHECK (length(trim(code)) > 0),
            name TEXT NOT NULL CHECK (length(trim(name)) > 0),
            authorisation_type TEXT NOT NULL
                CHECK (authorisation_type IN ('AEOC', 'AEOS', 'AEOF', 'TIER', 'MSME')),
            tier INTEGER CHECK (tier IS NULL OR tier > 0),
            is_msme_track INTEGER NOT NULL DEFAULT 0 CHECK (is_msme_track IN (0, 1)),
            acceptance_days INTEGER NOT NULL DEFAULT 30 CHECK (acceptance_days > 0),
            decision_days INTEGER NOT NULL DEFAULT 120 CHECK (decision_days > 0),
            extension_days INTEGER NOT NULL DEFAULT 60 CHECK (extension_days >= 0),
            effective_days INTEGER NOT NULL DEFAULT 5 CHECK (effective_days >= 0),
            validity_years INTEGER CHECK (validity_years IS NULL OR validity_years > 0),
            renewal_notice_months INTEGER NOT NULL DEFAULT 6 CHECK (renewal_notice_months >= 0),
            is_active INTEGER NOT NULL DEFAULT 1 CHECK (is_active IN (0, 1)),
            updated_at TEXT NOT NULL
        ) STRICT;

        CREATE TABLE operators (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            name TEXT NOT NULL CHECK (length(trim(name)) > 0),
            headcount INTEGER NOT NULL CHECK (headcount >= 0),
            turnover_eur REAL CHECK (turnover_eur IS NULL OR turnover_eur >= 0),
            balance_sheet_eur REAL CHECK (balance_sheet_eur IS NULL OR balance_sheet_eur >= 0),
            size_class TEXT NOT NULL CHECK (size_class IN ('micro', 'small', 'medium', 'large')),
            sector TEXT NOT NULL DEFAULT '',
            roles TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(roles)),
            region TEXT NOT NULL DEFAULT '',
            address TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        ) STRICT;
        CREATE INDEX operators_name ON operators (name COLLATE NOCASE);
        CREATE INDEX operators_size_class ON operators (size_class);

        CREATE TABLE operator_identifiers (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            operator_id INTEGER NOT NULL REFERENCES operators (id) ON DELETE CASCADE,
            scheme TEXT NOT NULL CHECK (scheme IN ('EORI', 'TIN', 'VAT')),
            country TEXT NOT NULL CHECK (length(country) = 2),
            value TEXT NOT NULL CHECK (length(value) > 0),
            UNIQUE (scheme, country, value)
        ) STRICT;
        CREATE INDEX operator_identifiers_operator ON operator_identifiers (operator_id);

        CREATE TABLE staff (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            name TEXT NOT NULL CHECK (length(trim(name)) > 0),
            email TEXT NOT NULL DEFAULT '',
            roles TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(roles)),
            office TEXT NOT NULL DEFAULT '',
            caseload_capacity REAL NOT NULL DEFAULT 0 CHECK (caseload_capacity >= 0),
            active_from TEXT NOT NULL,
            active_to TEXT CHECK (active_to IS NULL OR active_to >= active_from),
            updated_at TEXT NOT NULL
        ) STRICT;

        CREATE TABLE cases (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            reference TEXT NOT NULL UNIQUE,
            kind TEXT NOT NULL
                CHECK (kind IN ('initial', 'monitoring', 'reassessment', 'renewal')),
            programme_id INTEGER NOT NULL REFERENCES programmes (id),
            operator_id INTEGER NOT NULL REFERENCES operators (id),
            state TEXT NOT NULL CHECK (state IN ({_in_list(CASE_STATES_0001)})),
            is_open INTEGER NOT NULL CHECK (is_open IN (0, 1)),
            validator_id INTEGER REFERENCES staff (id),
            priority TEXT NOT NULL DEFAULT 'normal'
                CHECK (priority IN ('low', 'normal', 'high', 'urgent')),
            received_on TEXT NOT NULL,
            accepted_on TEXT CHECK (accepted_on IS NULL OR accepted_on >= received_on),
            decided_on TEXT CHECK (decided_on IS NULL OR decided_on >= received_on),
            acceptance_due TEXT,
            decision_due TEXT,
            extension_days INTEGER NOT NULL DEFAULT 0 CHECK (extension_days >= 0),
            extension_reason TEXT NOT NULL DEFAULT '',
            effective_on TEXT,
            expires_on TEXT,
            next_deadline TEXT,
            summary TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            CHECK (extension_days = 0 OR length(trim(extension_reason)) > 0)
        ) STRICT;
        CREATE INDEX cases_received ON cases (received_on DESC, id DESC);
        CREATE INDEX cases_state ON cases (state);
        CREATE INDEX cases_validator ON cases (validator_id, is_open);
        CREATE INDEX cases_operator ON cases (operator_id);
        CREATE INDEX cases_programme ON cases (programme_id);
        CREATE INDEX cases_kind ON cases (kind);
        CREATE INDEX cases_next_deadline ON cases (is_open, next_deadline);

        CREATE TABLE case_events (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            case_id INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
            at TEXT NOT NULL,
            effective_on TEXT NOT NULL,
            actor TEXT NOT NULL,
            actor_staff_id INTEGER REFERENCES staff (id),
            kind TEXT NOT NULL
                CHECK (kind IN ('created', 'transition', 'assigned', 'edited', 'extended')),
            from_state TEXT,
            to_state TEXT,
            detail TEXT NOT NULL DEFAULT '',
            reason TEXT NOT NULL DEFAULT ''
        ) STRICT;
        CREATE INDEX case_events_case ON case_events (case_id, id);

        CREATE TABLE app_settings (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL
        ) STRICT;

        -- Quick search: case reference, operator name and identifiers, kept by triggers.
        -- While a row sits in _bulk_load, the triggers stand aside and the bulk loader
        -- rebuilds the index in one statement at the end (db.repositories.search).
        CREATE TABLE _bulk_load (started_at TEXT NOT NULL);
        CREATE VIRTUAL TABLE case_search USING fts5 (
            reference, operator_name, identifiers,
            tokenize = "unicode61 remove_diacritics 2"
        );

        CREATE TRIGGER cases_search_ai AFTER INSERT ON cases
        WHEN NOT EXISTS (SELECT 1 FROM _bulk_load) BEGIN
            INSERT INTO case_search (rowid, reference, operator_name, identifiers)
            SELECT new.id, new.reference, o.name,
                   coalesce((SELECT group_concat(i.value, ' ') FROM operator_identifiers i
                             WHERE i.operator_id = o.id), '')
            FROM operators o WHERE o.id = new.operator_id;
        END;
        CREATE TRIGGER cases_search_au AFTER UPDATE OF reference, operator_id ON cases BEGIN
            DELETE FROM case_search WHERE rowid = old.id;
            INSERT INTO case_search (rowid, reference, operator_name, identifiers)
            SELECT new.id, new.reference, o.name,
                   coalesce((SELECT group_concat(i.value, ' ') FROM operator_identifiers i
                             WHERE i.operator_id = o.id), '')
            FROM operators o WHERE o.id = new.operator_id;
        END;
        CREATE TRIGGER cases_search_ad AFTER DELETE ON cases BEGIN
            DELETE FROM case_search WHERE rowid = old.id;
        END;

        CREATE TABLE _case_search_refresh (operator_id INTEGER NOT NULL);
        CREATE TRIGGER case_search_refresh AFTER INSERT ON _case_search_refresh BEGIN
            DELETE FROM case_search
             WHERE rowid IN (SELECT id FROM cases WHERE operator_id = new.operator_id);
            INSERT INTO case_search (rowid, reference, operator_name, identifiers)
            SELECT c.id, c.reference, o.name,
                   coalesce((SELECT group_concat(i.value, ' ') FROM operator_identifiers i
                             WHERE i.operator_id = o.id), '')
            FROM cases c JOIN operators o ON o.id = c.operator_id
            WHERE c.operator_id = new.operator_id;
            DELETE FROM _case_search_refresh;
        END;
        CREATE TRIGGER operators_search_au AFTER UPDATE OF name ON operators BEGIN
            INSERT INTO _case_search_refresh VALUES (new.id);
        END;
        CREATE TRIGGER identifiers_search_ai AFTER INSERT ON operator_identifiers
        WHEN NOT EXISTS (SELECT 1 FROM _bulk_load) BEGIN
            INSERT INTO _case_search_refresh VALUES (new.operator_id);
        END;
        CREATE TRIGGER identifiers_search_ad AFTER DELETE ON operator_identifiers BEGIN
            INSERT INTO _case_search_refresh VALUES (old.operator_id);
        END;
        CREATE TRIGGER identifiers_search_au AFTER UPDATE ON operator_identifiers BEGIN
            INSERT INTO _case_search_refresh VALUES (old.operator_id);
            INSERT INTO _case_search_refresh VALUES (new.operator_id);
        END;
        """
    )


@migrations(name="0002_create_audit_tables")
def _0002_create_audit_tables(db: sqlite_utils.Database) -> None:
    db.executescript(
        """
        -- A template version is immutable once loaded: audits point at the version they
        -- started with, so retiring or replacing a template never changes an audit.
        CREATE TABLE checklist_templates (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            code TEXT NOT NULL,
            version TEXT NOT NULL,
            name TEXT NOT NULL CHECK (length(trim(name)) > 0),
            description TEXT NOT NULL DEFAULT '',
            programmes TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(programmes)),
            is_msme_track INTEGER NOT NULL DEFAULT 0 CHECK (is_msme_track IN (0, 1)),
            is_retired INTEGER NOT NULL DEFAULT 0 CHECK (is_retired IN (0, 1)),
            source TEXT NOT NULL DEFAULT '',
            sha256 TEXT NOT NULL,
            body TEXT NOT NULL CHECK (json_valid(body)),
            loaded_at TEXT NOT NULL,
            UNIQUE (code, version)
        ) STRICT;

        CREATE TABLE checklist_sections (
            id INTEGER PRIMARY KEY,
            template_id INTEGER NOT NULL REFERENCES checklist_templates (id) ON DELETE CASCADE,
            parent_id INTEGER REFERENCES checklist_sections (id) ON DELETE CASCADE,
            code TEXT NOT NULL,
            title TEXT NOT NULL,
            depth INTEGER NOT NULL CHECK (depth BETWEEN 1 AND 3),
            position INTEGER NOT NULL,
            UNIQUE (template_id, code)
        ) STRICT;

        CREATE TABLE checklist_items (
            id INTEGER PRIMARY KEY,
            template_id INTEGER NOT NULL REFERENCES checklist_templates (id) ON DELETE CASCADE,
            section_id INTEGER NOT NULL REFERENCES checklist_sections (id) ON DELETE CASCADE,
            code TEXT NOT NULL,
            text TEXT NOT NULL,
            guidance TEXT NOT NULL DEFAULT '',
            requirement TEXT NOT NULL CHECK (requirement IN ('must', 'should')),
            applies_to TEXT NOT NULL CHECK (json_valid(applies_to)),
            msme_keeps INTEGER NOT NULL CHECK (msme_keeps IN (0, 1)),
            saq TEXT,
            position INTEGER NOT NULL,
            UNIQUE (template_id, code)
        ) STRICT;
        CREATE INDEX checklist_items_section ON checklist_items (section_id, position);

        CREATE TABLE audits (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            reference TEXT NOT NULL UNIQUE,
            case_id INTEGER NOT NULL REFERENCES cases (id),
            template_id INTEGER NOT NULL REFERENCES checklist_templates (id),
            programme_code TEXT NOT NULL,
            is_msme_track INTEGER NOT NULL CHECK (is_msme_track IN (0, 1)),
            status TEXT NOT NULL
                CHECK (status IN ('planned', 'in_progress', 'finalised', 'cancelled')),
            planned_start TEXT NOT NULL,
            planned_end TEXT NOT NULL CHECK (planned_end >= planned_start),
            sites TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(sites)),
            lead_validator_id INTEGER NOT NULL REFERENCES staff (id),
            team TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(team)),
            revision INTEGER NOT NULL DEFAULT 0 CHECK (revision >= 0),
            outcome TEXT
                CHECK (outcome IS NULL OR outcome IN ('met', 'improvement_plan', 'not_met')),
            score REAL,
            last_item_id INTEGER REFERENCES checklist_items (id),
            started_at TEXT,
            finalised_at TEXT,
            finalised_by TEXT,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        ) STRICT;
        CREATE INDEX audits_case ON audits (case_id);
        CREATE INDEX audits_start ON audits (status, planned_start);
        CREATE INDEX audits_lead ON audits (lead_validator_id, planned_start);

        CREATE TABLE audit_answers (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            audit_id INTEGER NOT NULL REFERENCES audits (id) ON DELETE CASCADE,
            item_id INTEGER NOT NULL REFERENCES checklist_items (id),
            result TEXT NOT NULL CHECK (result IN
                ('not_assessed', 'met', 'partially_met', 'not_met', 'not_applicable')),
            severity TEXT CHECK (severity IS NULL OR severity IN ('minor', 'major', 'critical')),
            note TEXT NOT NULL DEFAULT '',
            answered_at TEXT NOT NULL,
            answered_by TEXT NOT NULL,
            CHECK ((result IN ('partially_met', 'not_met')) = (severity IS NOT NULL)),
            UNIQUE (audit_id, item_id)
        ) STRICT;

        CREATE TABLE audit_evidence (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            audit_id INTEGER NOT NULL REFERENCES audits (id) ON DELETE CASCADE,
            item_id INTEGER REFERENCES checklist_items (id),
            action_id INTEGER,
            file_name TEXT NOT NULL,
            media_type TEXT NOT NULL,
            size INTEGER NOT NULL CHECK (size >= 0),
            sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
            content BLOB NOT NULL,
            added_at TEXT NOT NULL,
            added_by TEXT NOT NULL
        ) STRICT;
        CREATE INDEX audit_evidence_item ON audit_evidence (audit_id, item_id);

        CREATE TABLE findings (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            audit_id INTEGER NOT NULL REFERENCES audits (id) ON DELETE CASCADE,
            item_id INTEGER NOT NULL REFERENCES checklist_items (id),
            severity TEXT NOT NULL CHECK (severity IN ('minor', 'major', 'critical')),
            description TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            UNIQUE (audit_id, item_id)
        ) STRICT;

        CREATE TABLE corrective_actions (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            finding_id INTEGER NOT NULL REFERENCES findings (id),
            description TEXT NOT NULL CHECK (length(trim(description)) > 0),
            owner TEXT NOT NULL CHECK (length(trim(owner)) > 0),
            due_on TEXT NOT NULL,
            status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done', 'verified')),
            completed_on TEXT,
            completion_note TEXT NOT NULL DEFAULT '',
            verified_on TEXT,
            verified_by TEXT,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            CHECK (status = 'open' OR completed_on IS NOT NULL),
            CHECK (status <> 'verified' OR verified_on IS NOT NULL)
        ) STRICT;
        CREATE INDEX corrective_actions_due ON corrective_actions (status, due_on);

        CREATE TABLE audit_revisions (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            audit_id INTEGER NOT NULL REFERENCES audits (id) ON DELETE CASCADE,
            revision INTEGER NOT NULL,
            reason TEXT NOT NULL CHECK (length(trim(reason)) > 0),
            reopened_at TEXT NOT NULL,
            reopened_by TEXT NOT NULL,
            snapshot TEXT NOT NULL CHECK (json_valid(snapshot)),
            UNIQUE (audit_id, revision)
        ) STRICT;
        """
    )


@migrations(name="0003_create_contact_and_training_tables")
def _0003_create_contact_and_training_tables(db: sqlite_utils.Database) -> None:
    db.executescript(
        """
        -- Contact points: who is an operator's dedicated officer, with the history kept.
        CREATE TABLE contact_assignments (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            operator_id INTEGER NOT NULL REFERENCES operators (id),
            officer_id INTEGER NOT NULL REFERENCES staff (id),
            role TEXT NOT NULL CHECK (role IN ('primary', 'backup')),
            start_on TEXT NOT NULL,
            end_on TEXT CHECK (end_on IS NULL OR end_on >= start_on),
            note TEXT NOT NULL DEFAULT '',
            handover_id INTEGER REFERENCES contact_handovers (id),
            created_at TEXT NOT NULL,
            created_by TEXT NOT NULL
        ) STRICT;
        -- At most one active primary (and one active backup) per operator: the database
        -- enforces it, whatever the code above it does.
        CREATE UNIQUE INDEX contact_one_active_primary ON contact_assignments (operator_id)
            WHERE role = 'primary' AND end_on IS NULL;
        CREATE UNIQUE INDEX contact_one_active_backup ON contact_assignments (operator_id)
            WHERE role = 'backup' AND end_on IS NULL;
        CREATE INDEX contact_assignments_officer ON contact_assignments (officer_id, end_on);
        CREATE INDEX contact_assignments_operator ON contact_assignments (operator_id, start_on);

        CREATE TABLE contact_handovers (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            from_officer_id INTEGER NOT NULL REFERENCES staff (id),
            effective_on TEXT NOT NULL,
            note TEXT NOT NULL DEFAULT '',
            moved INTEGER NOT NULL CHECK (moved >= 0),
            created_at TEXT NOT NULL,
            created_by TEXT NOT NULL
        ) STRICT;

        CREATE TABLE contact_log (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            operator_id INTEGER NOT NULL REFERENCES operators (id),
            officer_id INTEGER NOT NULL REFERENCES staff (id),
            contact_on TEXT NOT NULL,
            channel TEXT NOT NULL
                CHECK (channel IN ('visit', 'phone', 'email', 'seminar', 'outreach')),
            topic TEXT NOT NULL CHECK (length(trim(topic)) > 0),
            advice TEXT NOT NULL DEFAULT '',
            follow_up_on TEXT CHECK (follow_up_on IS NULL OR follow_up_on >= contact_on),
            follow_up_done_on TEXT,
            created_at TEXT NOT NULL,
            created_by TEXT NOT NULL
        ) STRICT;
        CREATE INDEX contact_log_operator ON contact_log (operator_id, contact_on);
        CREATE INDEX contact_log_follow_up ON contact_log (follow_up_done_on, follow_up_on);

        -- Staff training: the catalogue, who took what, and what the manager did about
        -- each follow-up (the follow-ups themselves are computed from the rules).
        CREATE TABLE courses (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            code TEXT NOT NULL UNIQUE CHECK (length(trim(code)) > 0),
            name TEXT NOT NULL CHECK (length(trim(name)) > 0),
            provider TEXT NOT NULL DEFAULT '',
            hours REAL NOT NULL DEFAULT 0 CHECK (hours >= 0),
            required_for TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(required_for)),
            refresh_months INTEGER CHECK (refresh_months IS NULL OR refresh_months > 0),
            is_onboarding INTEGER NOT NULL DEFAULT 0 CHECK (is_onboarding IN (0, 1)),
            is_active INTEGER NOT NULL DEFAULT 1 CHECK (is_active IN (0, 1)),
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        ) STRICT;

        CREATE TABLE training_records (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            staff_id INTEGER NOT NULL REFERENCES staff (id),
            course_id INTEGER NOT NULL REFERENCES courses (id),
            completed_on TEXT NOT NULL,
            result TEXT NOT NULL CHECK (result IN ('passed', 'failed', 'attended')),
            certificate_ref TEXT NOT NULL DEFAULT '',
            session_ref TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            created_by TEXT NOT NULL
        ) STRICT;
        CREATE INDEX training_records_staff ON training_records (staff_id, course_id, completed_on);

        CREATE TABLE training_follow_up_actions (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            staff_id INTEGER NOT NULL REFERENCES staff (id),
            course_id INTEGER NOT NULL REFERENCES courses (id),
            kind TEXT NOT NULL,
            due_on TEXT,
            status TEXT NOT NULL CHECK (status IN ('planned', 'dismissed')),
            planned_on TEXT,
            reason TEXT NOT NULL DEFAULT '',
            decided_at TEXT NOT NULL,
            decided_by TEXT NOT NULL,
            CHECK (status <> 'planned' OR planned_on IS NOT NULL),
            CHECK (status <> 'dismissed' OR length(trim(reason)) > 0)
        ) STRICT;
        CREATE INDEX training_follow_up_actions_key
            ON training_follow_up_actions (staff_id, course_id, kind);

        -- When a staff member's role changed (onboarding follow-ups start from it).
        CREATE TABLE staff_role_changes (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            staff_id INTEGER NOT NULL REFERENCES staff (id),
            changed_on TEXT NOT NULL,
            roles TEXT NOT NULL CHECK (json_valid(roles)),
            created_at TEXT NOT NULL
        ) STRICT;
        """
    )


@migrations(name="0004_create_self_assessment_tables")
def _0004_create_self_assessment_tables(db: sqlite_utils.Database) -> None:
    db.executescript(
        """
        -- The operator's own self-assessment, filled in offline in a workbook we sent, and
        -- imported beside the validator's answers.
        CREATE TABLE self_assessments (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            case_id INTEGER NOT NULL REFERENCES cases (id),
            template_id INTEGER NOT NULL REFERENCES checklist_templates (id),
            workbook_token TEXT NOT NULL,
            file_name TEXT NOT NULL,
            sha256 TEXT NOT NULL,
            respondent TEXT NOT NULL DEFAULT '',
            imported_at TEXT NOT NULL,
            imported_by TEXT NOT NULL,
            UNIQUE (case_id, sha256)
        ) STRICT;
        CREATE INDEX self_assessments_case ON self_assessments (case_id, imported_at);

        CREATE TABLE self_assessment_answers (
            id INTEGER PRIMARY KEY,
            self_assessment_id INTEGER NOT NULL
                REFERENCES self_assessments (id) ON DELETE CASCADE,
            item_id INTEGER NOT NULL REFERENCES checklist_items (id),
            answer TEXT NOT NULL CHECK (answer IN ('yes', 'partly', 'no', 'not_applicable')),
            comment TEXT NOT NULL DEFAULT '',
            UNIQUE (self_assessment_id, item_id)
        ) STRICT;

        -- Workbooks sent out: the token written into the file says which case it is for.
        CREATE TABLE self_assessment_workbooks (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            case_id INTEGER NOT NULL REFERENCES cases (id),
            template_id INTEGER NOT NULL REFERENCES checklist_templates (id),
            token TEXT NOT NULL UNIQUE,
            structure_sha256 TEXT NOT NULL,
            created_at TEXT NOT NULL,
            created_by TEXT NOT NULL
        ) STRICT;
        """
    )


# Tables whose rows belong to one case, and how to reach the case from a row: while a case is
# checked out to a field laptop (office side) or has been returned from it (laptop side), the
# triggers below refuse any write to these rows, whatever code path tries it.
_CASE_OF_0005 = {
    "case_events": "{r}.case_id",
    "audits": "{r}.case_id",
    "audit_answers": "(SELECT case_id FROM audits WHERE id = {r}.audit_id)",
    "audit_evidence": "(SELECT case_id FROM audits WHERE id = {r}.audit_id)",
    "findings": "(SELECT case_id FROM audits WHERE id = {r}.audit_id)",
    "audit_revisions": "(SELECT case_id FROM audits WHERE id = {r}.audit_id)",
    "corrective_actions": (
        "(SELECT a.case_id FROM findings f JOIN audits a ON a.id = f.audit_id "
        "WHERE f.id = {r}.finding_id)"
    ),
}
_LOCKED_0005 = (
    "(EXISTS (SELECT 1 FROM field_checkout_cases WHERE case_id = {c} AND released_at IS NULL)"
    " OR EXISTS (SELECT 1 FROM field_copies WHERE case_id = {c} AND status = 'returned'))"
)
FIELD_LOCK_MESSAGE = "AEO Desk: this case is checked out to a field laptop"


def _lock_triggers_0005() -> str:
    out = []
    for op, refs in (("INSERT", ("NEW",)), ("UPDATE", ("OLD", "NEW")), ("DELETE", ("OLD",))):
        for table, case_of in {"cases": "{r}.id", **_CASE_OF_0005}.items():
            if table == "cases" and op == "INSERT":
                continue
            when = " OR ".join(_LOCKED_0005.format(c=case_of.format(r=r)) for r in refs)
            out.append(
                f"CREATE TRIGGER field_lock_{table}_{op.lower()} BEFORE {op} ON {table} "
                f"WHEN {when} BEGIN SELECT RAISE(ABORT, '{FIELD_LOCK_MESSAGE}'); END;"
            )
    return "\n".join(out)


@migrations(name="0005_create_field_laptop_tables")
def _0005_create_field_laptop_tables(db: sqlite_utils.Database) -> None:
    db.executescript(
        """
        -- Office side: which cases went out to which validator's laptop, in which package.
        CREATE TABLE field_checkouts (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            package_id TEXT NOT NULL UNIQUE,
            validator_id INTEGER NOT NULL REFERENCES staff (id),
            laptop TEXT NOT NULL CHECK (length(trim(laptop)) > 0),
            laptop_id TEXT,
            last_seq INTEGER NOT NULL DEFAULT 0,
            created_at TEXT NOT NULL,
            created_by TEXT NOT NULL
        ) STRICT;

        CREATE TABLE field_checkout_cases (
            id INTEGER PRIMARY KEY,
            checkout_id INTEGER NOT NULL REFERENCES field_checkouts (id),
            case_id INTEGER NOT NULL REFERENCES cases (id),
            released_at TEXT,
            released_by TEXT,
            release_kind TEXT CHECK (release_kind IS NULL OR release_kind IN ('checkin', 'forced')),
            release_reason TEXT NOT NULL DEFAULT '',
            release_package_id TEXT,
            CHECK ((released_at IS NULL) = (release_kind IS NULL)),
            CHECK (release_kind IS NOT 'forced' OR length(trim(release_reason)) > 0),
            UNIQUE (checkout_id, case_id)
        ) STRICT;
        -- A case is out to at most one laptop at a time: the database enforces it.
        CREATE UNIQUE INDEX field_one_active_checkout ON field_checkout_cases (case_id)
            WHERE released_at IS NULL;

        -- Both sides: every package applied here, so that the same package twice is a no-op
        -- and an older one after a newer one is seen.
        CREATE TABLE field_packages (
            id INTEGER PRIMARY KEY,
            package_id TEXT NOT NULL UNIQUE,
            kind TEXT NOT NULL CHECK (kind IN ('checkout', 'return')),
            laptop_id TEXT,
            seq INTEGER NOT NULL DEFAULT 0,
            written_at TEXT NOT NULL,
            written_by TEXT NOT NULL,
            file_name TEXT NOT NULL DEFAULT '',
            applied_at TEXT NOT NULL,
            applied_by TEXT NOT NULL,
            summary TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(summary))
        ) STRICT;

        -- Laptop side: the cases this laptop holds for the office, and the state of every row
        -- as it arrived (its hash), to tell what changed here and what the office last saw.
        CREATE TABLE field_copies (
            id INTEGER PRIMARY KEY,
            case_id INTEGER NOT NULL UNIQUE REFERENCES cases (id),
            checkout_uuid TEXT NOT NULL,
            package_id TEXT NOT NULL,
            validator TEXT NOT NULL DEFAULT '',
            laptop TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL CHECK (status IN ('out', 'returned')),
            opened_at TEXT NOT NULL,
            returned_at TEXT,
            return_seq INTEGER,
            CHECK ((status = 'returned') = (returned_at IS NOT NULL))
        ) STRICT;
        CREATE INDEX field_copies_checkout ON field_copies (checkout_uuid, status);

        CREATE TABLE field_base (
            checkout_uuid TEXT NOT NULL,
            tbl TEXT NOT NULL,
            row_uuid TEXT NOT NULL,
            hash TEXT NOT NULL,
            owner TEXT NOT NULL,
            PRIMARY KEY (checkout_uuid, tbl, row_uuid)
        ) STRICT, WITHOUT ROWID;

        -- Laptop side: return packages written (the sequence only ever grows).
        CREATE TABLE field_returns (
            id INTEGER PRIMARY KEY,
            package_id TEXT NOT NULL UNIQUE,
            seq INTEGER NOT NULL UNIQUE CHECK (seq > 0),
            checkouts TEXT NOT NULL CHECK (json_valid(checkouts)),
            file_name TEXT NOT NULL,
            written_at TEXT NOT NULL,
            written_by TEXT NOT NULL
        ) STRICT;

        -- Who this database is: the unit it belongs to, and this installation (a laptop).
        INSERT OR IGNORE INTO app_settings (key, value)
            VALUES ('unit.id', lower(hex(randomblob(16))));
        INSERT OR IGNORE INTO app_settings (key, value) VALUES ('unit.name', 'AEO unit');
        INSERT OR IGNORE INTO app_settings (key, value)
            VALUES ('install.id', lower(hex(randomblob(16))));
        """
        + _lock_triggers_0005()
    )


@migrations(name="0006_users_and_event_chain")
def _0006_users_and_event_chain(db: sqlite_utils.Database) -> None:
    from db.repositories import event_chain

    db.executescript(
        """
        -- Who may sign in, and what they may do. Passwords are not here: they live in the
        -- key slots beside the database file (desktop/services/keyring), which also hold the
        -- wrapped database key when the file is encrypted.
        CREATE TABLE users (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            username TEXT NOT NULL COLLATE NOCASE UNIQUE
                CHECK (length(trim(username)) > 0 AND length(username) <= 64),
            staff_id INTEGER REFERENCES staff (id),
            roles TEXT NOT NULL CHECK (json_valid(roles) AND json_array_length(roles) > 0),
            is_active INTEGER NOT NULL DEFAULT 1 CHECK (is_active IN (0, 1)),
            created_at TEXT NOT NULL,
            created_by TEXT NOT NULL,
            updated_at TEXT NOT NULL
        ) STRICT;
        CREATE UNIQUE INDEX users_one_per_staff ON users (staff_id) WHERE staff_id IS NOT NULL;

        -- Tamper evidence: each case event's hash covers the event before it.
        ALTER TABLE case_events ADD COLUMN prev_hash TEXT;
        ALTER TABLE case_events ADD COLUMN hash TEXT;
        CREATE INDEX case_events_unsealed ON case_events (id) WHERE hash IS NULL;

        INSERT OR IGNORE INTO app_settings (key, value) VALUES ('policy.validators_read_all', '1');
        """
    )
    with db.atomic():
        event_chain.seal(db)


# --- append new migrations above this line, never edit one that has shipped ---

SCHEMA_VERSION = len(migrations._migrations)


def known_names() -> list[str]:
    return [m.name for m in migrations._migrations]


def check_compatible(db: sqlite_utils.Database) -> None:
    """Refuse files that are not ours, or that a newer AEO Desk has written."""
    app_id = application_id(db)
    tables = set(user_tables(db))
    if app_id not in (0, APPLICATION_ID):
        raise NotAnAeoDatabaseError(
            _(
                "This file belongs to another application (SQLite application id "
                "{app_id:#x}), not AEO Desk."
            ).format(app_id=app_id)
        )
    if app_id == 0 and tables:
        raise NotAnAeoDatabaseError(
            _(
                "This SQLite file is not an AEO Desk database: it has tables "
                "({tables}) but no AEO Desk schema."
            ).format(tables=", ".join(sorted(tables)[:4]))
        )
    applied = {m.name for m in migrations.applied(db)}
    unknown = applied.difference(known_names())
    version = int(db.conn.execute("PRAGMA user_version").fetchone()[0])
    if unknown or version > SCHEMA_VERSION:
        raise SchemaTooNewError(
            _(
                "This database was written by a newer AEO Desk (schema {schema}, this version "
                "knows {known}). Install the newer version to open it."
            ).format(schema=max(version, len(applied)), known=SCHEMA_VERSION)
        )


def pending(db: sqlite_utils.Database) -> list[str]:
    return [m.name for m in migrations.pending(db)]


def apply(db: sqlite_utils.Database) -> list[str]:
    """Apply pending steps; return their names. Call :func:`check_compatible` first."""
    todo = pending(db)
    if todo:
        migrations.apply(db)
        db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
    return todo
