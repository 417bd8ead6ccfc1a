"""Application services: no Qt. Plain frozen dataclasses go in and out."""
