"""The world a run evolves: actor tables, ledger, memory, regions, effects; building it."""
