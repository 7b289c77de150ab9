"""Preloaded only by the sweep's forkserver: it ends with the sweep that started it.

Its workers end with it in turn (`engine.die_with_parent`), so `kill -9` of a sweep leaves
no process behind.
"""

from sim.experiments.engine import die_with_parent

die_with_parent()
