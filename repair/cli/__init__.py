"""The ``repair`` command line: the app (app.py), its command groups and their helpers."""
