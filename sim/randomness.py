"""One seed, one named stream per mechanism (common random numbers).

Each mechanism draws from its own generator, spawned from the run's seed by the mechanism's
name, so a policy that changes one mechanism does not shift the random numbers of another.
"""

import zlib

import numpy as np

STREAMS = ("world", "search", "matching", "permits", "cooperation", "economy", "entry", "policy")


def root_seed(
    rng: int | np.random.SeedSequence | np.random.Generator | None,
) -> np.random.SeedSequence:
    """The SeedSequence behind the `rng` argument (int, SeedSequence, Generator or None)."""
    if isinstance(rng, np.random.SeedSequence):
        return rng
    if isinstance(rng, np.random.Generator):
        return np.random.SeedSequence(int(rng.integers(2**63)))
    if rng is None or isinstance(rng, (int, np.integer)):
        return np.random.SeedSequence(None if rng is None else int(rng))
    raise ValueError(
        f"parameter 'rng' = {rng!r}: allowed: an int, a numpy SeedSequence, "
        "a numpy Generator or None"
    )


class Streams:
    """Named generators spawned from one root seed; `streams["search"]`."""

    def __init__(self, root: np.random.SeedSequence) -> None:
        self.root = root
        self._generators: dict[str, np.random.Generator] = {}

    def __getitem__(self, name: str) -> np.random.Generator:
        if name not in STREAMS:
            raise KeyError(f"unknown random stream {name!r}; known: {STREAMS}")
        if name not in self._generators:
            key = (*self.root.spawn_key, zlib.crc32(name.encode()))
            seq = np.random.SeedSequence(self.root.entropy, spawn_key=key)
            self._generators[name] = np.random.default_rng(seq)
        return self._generators[name]
