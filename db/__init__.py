"""Storage: the connection, migrations and repository functions. No Qt, no desktop imports."""
