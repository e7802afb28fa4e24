"""Isolated, reproducible builds: the sandbox, the PEP 517 driver, the comparison of outputs."""
