"""Pure business rules: no Qt, no storage."""
