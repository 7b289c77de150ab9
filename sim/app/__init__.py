"""The workshop app: what its controls do to a scenario, and its words in two languages.

The browser page itself (SolaraViz) is built on these pure parts.
"""
