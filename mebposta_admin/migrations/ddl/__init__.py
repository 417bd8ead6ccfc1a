"""Frozen DDL of the migrations: the statements each one ran when it was written.

Migrations never call the live index code (models.search_index), so a later change there
cannot silently change what an old migration does; tests check that the frozen chain still
builds exactly what the live code builds for a bulk load."""
