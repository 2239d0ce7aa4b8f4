"""Use cases: what the UI and the command line ask for. No Qt."""
