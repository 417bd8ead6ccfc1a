"""The main window's working sections (registered in registry.py with the permission each needs)."""
