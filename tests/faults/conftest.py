from __future__ import annotations

import os

# Kills servers and restarts PostgreSQL: collected only by `make faults`, never in the middle of a
# test run that is using the same PostgreSQL.
collect_ignore_glob = [] if os.environ.get("RUN_FAULTS") == "1" else ["test_*.py"]
