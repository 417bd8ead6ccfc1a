"""Dialogs: sign-in, settings, and the unexpected-error report."""
