"""`python -m sim` is the `kemitraan` command."""

from sim.cli import main

main()
