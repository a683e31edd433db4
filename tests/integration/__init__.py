"""End-to-end tests that start processes: the installed command, signals, the wheel, a
browser. Everything else runs the command line in process (tests.conftest.repair_in_process)."""
