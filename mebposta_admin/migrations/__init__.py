"""Alembic migrations shipped in the package: the revisions and the frozen DDL they run."""
