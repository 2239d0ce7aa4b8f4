"""Use cases: what the UI and the command line ask for. No Qt."""

import db.i18n
from desktop.domain import i18n as _i18n

# db's messages for people (a locked file, a newer schema…) follow the chosen language too.
db.i18n.install(_i18n._)
