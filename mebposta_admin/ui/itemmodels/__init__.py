"""Qt item models over service results: bounded tables and the one keyset-paged model."""
