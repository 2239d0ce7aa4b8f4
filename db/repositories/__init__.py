"""All SQL lives here: plain functions that take the database first."""
