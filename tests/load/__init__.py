"""`make load`: a conference day on two app servers and one PostgreSQL, with faults (see run.py)."""
