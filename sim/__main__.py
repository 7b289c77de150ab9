"""`python -m sim` is the `kemitraan` command."""

from sim.cli.main import main

main()
