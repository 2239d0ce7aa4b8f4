"""Test helpers: builders of rows through the real services, and the fixed clock."""
