"""Who may do what: the roles of the unit and what each one allows (pure rules).

A validator works on *their own* cases and audits (the services check whose they are); the
other permissions are by role alone. How much a validator may *read* of the rest is the
unit's policy (a setting), not a role.
"""

from __future__ import annotations

from enum import StrEnum

from desktop.domain.i18n import _


class Role(StrEnum):
    VALIDATOR = "validator"
    CONTACT_OFFICER = "contact_officer"
    MANAGER = "manager"
    ADMIN = "admin"

    @property
    def label(self) -> str:
        return {
            "validator": "validator",
            "contact_officer": "contact officer",
            "manager": "manager",
            "admin": "administrator",
        }[self.value]


class Permission(StrEnum):
    """The value is how a refusal names the action: "Only a manager can <value>."."""

    CREATE_CASE = "create cases"
    EDIT_CASE = "change this case"
    ASSIGN = "assign work"
    PLAN_AUDIT = "plan audits"
    EDIT_AUDIT = "work on this audit"
    VERIFY_ACTION = "verify corrective actions"
    EDIT_OPERATOR = "edit operators"
    LOG_CONTACT = "log contacts with operators"
    MANAGE_CONTACTS = "assign contact points"
    MANAGE_TRAINING = "record training and follow-ups"
    CHECK_OUT = "check cases out to a laptop"
    CHECK_IN = "check in a laptop's return package"
    FORCE_RELEASE = "force the release of checked-out cases"
    IMPORT = "import registers"
    MANAGE_TEMPLATES = "manage checklist templates"
    MANAGE_USERS = "manage users"
    MANAGE_SECURITY = "turn encryption on or off"


_V, _C, _M, _A = Role.VALIDATOR, Role.CONTACT_OFFICER, Role.MANAGER, Role.ADMIN
P = Permission
GRANTS: dict[Permission, frozenset[Role]] = {
    P.CREATE_CASE: frozenset({_M}),
    P.EDIT_CASE: frozenset({_V, _M}),
    P.ASSIGN: frozenset({_M}),
    P.PLAN_AUDIT: frozenset({_V, _M}),
    P.EDIT_AUDIT: frozenset({_V, _M}),
    P.VERIFY_ACTION: frozenset({_V, _M}),
    P.EDIT_OPERATOR: frozenset({_V, _C, _M}),
    P.LOG_CONTACT: frozenset({_V, _C, _M}),
    P.MANAGE_CONTACTS: frozenset({_M}),
    P.MANAGE_TRAINING: frozenset({_M}),
    P.CHECK_OUT: frozenset({_M}),
    P.CHECK_IN: frozenset({_M}),
    P.FORCE_RELEASE: frozenset({_M}),
    P.IMPORT: frozenset({_M, _A}),
    P.MANAGE_TEMPLATES: frozenset({_A}),
    P.MANAGE_USERS: frozenset({_A}),
    P.MANAGE_SECURITY: frozenset({_A}),
}
#: Permissions that a validator holds only for their own cases and audits.
OWN_ONLY: dict[Role, frozenset[Permission]] = {
    _V: frozenset({P.EDIT_CASE, P.PLAN_AUDIT, P.EDIT_AUDIT, P.VERIFY_ACTION}),
}


def allowed(roles: frozenset[str] | set[str], permission: Permission) -> bool:
    return bool(GRANTS[permission].intersection(Role(r) for r in roles if r in Role))


def only_own(roles: frozenset[str] | set[str], permission: Permission) -> bool:
    """True when these roles allow ``permission`` only on the user's own cases."""
    granting = {Role(r) for r in roles if r in Role} & GRANTS[permission]
    return bool(granting) and all(permission in OWN_ONLY.get(r, frozenset()) for r in granting)


def refusal(permission: Permission) -> str:
    """The refusal ("Only a manager can assign work."), in the current language.

    The English sentence is made from the grants; it is translated whole (the catalogs hold
    one sentence per permission), because who may act and what they may do cannot be
    translated apart."""
    who = sorted(GRANTS[permission], key=list(Role).index)
    names = [r.label for r in who]
    joined = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " or " + names[-1]
    article = "an" if joined[0] in "aeiou" else "a"
    sentence = f"Only {article} {joined} can {permission.value}."
    return _(sentence)
