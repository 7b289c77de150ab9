"""Infrastructure: keyed random numbers, orderings, safe writes, results folders, provenance."""
