"""Common random numbers keyed by agent: the draws an agent gets do not depend on the others.

Every draw that concerns an agent is a pure function of (run seed, stream, month, the agent's
stable key[, slot]): a counter-based hash (SplitMix64's finaliser) of those numbers, turned
into a uniform and, through an inverse distribution function, into a normal, gamma, Poisson
or beta draw. So a firm that exists in a policy run and in its baseline gets the same demand
shocks, search draws and entry attributes in both, whatever happened to the other firms;
and because inverse CDFs are monotone, a larger mean gives a larger draw from the same
uniform. Keys: firms and agencies present at month 0 use their row; the k-th entrant of a
region in a month gets `entrant_keys(region, month, k)`, the same in both runs; a
partnership is keyed by its two parties and the month it was proposed (`pair_keys`).
"""

import zlib
from collections.abc import Iterable

import numpy as np
from scipy import special

STREAMS = (
    "world",  # the starting population (drawn once, before any lever acts)
    "exogenous",  # each run's growth of the labour force and of the rest of the economy
    "search",  # who searches this month, and the candidate slots
    "matching",  # differing interests and the agreed term of a proposed pair
    "permit_delay",  # how long a proposed pair waits for its permit
    "permit_wait",  # whether a waiting pair is abandoned this month
    "cooperation",  # whether a partnership's month succeeds
    "economy",  # demand shocks
    "exit",  # whether a firm dies this month (its death hazard)
    "entry",  # how many firms enter a region
    "entrants",  # the attributes of each entrant
    "policy",  # draws of the levers (which firms get certified)
    "offer",  # which firms and agencies a lever is offered to (a trial's treatment group)
    "take_up",  # which of those offered take the programme up
)

_MASK = (1 << 64) - 1
_GOLDEN_INT = 0x9E3779B97F4A7C15
_GOLDEN = np.uint64(_GOLDEN_INT)
_M1, _M2 = np.uint64(0xBF58476D1CE4E5B9), np.uint64(0x94D049BB133111EB)
_ENTRANT_MARK = 0xE17A_0000_0000_0001  # sets entrant keys apart from row keys
_TO_UNIT = 2.0**-53
_BLOCK = 1 << 14  # uniforms hashed at a time: 128 KiB per temporary


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


def _mix_in_place(x: np.ndarray) -> np.ndarray:
    """SplitMix64's finaliser, overwriting a fresh uint64 array (each bit moves half the output).

    Every caller passes a temporary of its own, so nothing is copied.
    """
    x ^= x >> np.uint64(30)
    x *= _M1
    x ^= x >> np.uint64(27)
    x *= _M2
    x ^= x >> np.uint64(31)
    return x


def entrant_keys(region: np.ndarray, month: int, k: np.ndarray) -> np.ndarray:
    """Stable keys of the k-th entrants of regions in a month (equal in paired runs)."""
    start = np.uint64((_ENTRANT_MARK ^ (month * _GOLDEN_INT)) & _MASK)
    h = _mix_in_place(np.atleast_1d(np.asarray(region, dtype=np.uint64)) + start)
    return _mix_in_place(h + np.asarray(k, dtype=np.uint64) * _GOLDEN)


def pair_keys(key_a: np.ndarray, key_b: np.ndarray, month: int) -> np.ndarray:
    """Stable keys of partnerships: their two parties' keys and the month they were proposed."""
    h = _mix_in_place(np.asarray(key_a, dtype=np.uint64) * _GOLDEN ^ np.uint64(month & _MASK))
    return _mix_in_place(h + np.asarray(key_b, dtype=np.uint64))


def slot_keys(keys: np.ndarray, slot: np.ndarray | int) -> np.ndarray:
    """Keys of an agent's numbered slots (e.g. the c-th candidate of a searcher)."""
    slot = np.atleast_1d(np.asarray(slot, dtype=np.uint64))
    return _mix_in_place(np.asarray(keys, dtype=np.uint64) + (slot + np.uint64(1)) * _M1)


class Draws:
    """The run's random numbers: `draws.uniforms("economy", month, keys)`."""

    def __init__(self, root: np.random.SeedSequence) -> None:
        self.root = root
        self._bases: dict[tuple[str, int], np.uint64] = {}

    def _base(self, stream: str, month: int) -> np.uint64:
        if stream not in STREAMS:
            raise KeyError(f"unknown random stream {stream!r}; known: {STREAMS}")
        if (stream, month) not in self._bases:
            # spin-up months are negative; a spawn key takes non-negative numbers only
            key = (*self.root.spawn_key, zlib.crc32(stream.encode()), month % (1 << 32))
            seq = np.random.SeedSequence(self.root.entropy, spawn_key=key)
            self._bases[(stream, month)] = seq.generate_state(1, np.uint64)[0]
        return self._bases[(stream, month)]

    def generator(self, stream: str, month: int = 0) -> np.random.Generator:
        """A positional generator, for draws whose order both runs share (the world at month 0)."""
        return np.random.default_rng(int(self._base(stream, month)))

    def uniforms(
        self, stream: str, month: int, keys: np.ndarray, slots: int = 1, first_slot: int = 0
    ) -> np.ndarray:
        """Uniforms in (0, 1), one per key (or `slots` per key, as columns).

        Hashed a block of keys at a time, so the hash's temporaries stay in the processor's
        cache (about twice as quick at a million keys; the numbers do not depend on it).
        """
        if slots == 1 and first_slot == 0:
            keys, base = np.asarray(keys, dtype=np.uint64), self._base(stream, month)
            if len(keys) <= _BLOCK:
                return _unit(_mix_in_place(keys ^ base))
            out = np.empty(len(keys))
            for start in range(0, len(keys), _BLOCK):
                part = keys[start : start + _BLOCK]
                out[start : start + _BLOCK] = _unit(_mix_in_place(part ^ base))
            return out
        return self.slot_uniforms(stream, month, keys, range(first_slot, first_slot + slots))

    def slot_uniforms(
        self, stream: str, month: int, keys: np.ndarray, slots: Iterable[int]
    ) -> np.ndarray:
        """The uniforms of the numbered `slots` of each key, as columns (one row per key).

        Slot c of a key is the same number whichever other slots are asked for, so a caller
        can draw a slot only for the keys that need it. Built a column at a time (the array
        returned is a transposed view: each column is contiguous).
        """
        keys, base = np.asarray(keys, dtype=np.uint64), self._base(stream, month)
        counters = (np.asarray(list(slots), dtype=np.uint64) + np.uint64(1)) * _GOLDEN
        out = np.empty((len(counters), len(keys)))
        for start in range(0, len(keys), _BLOCK):
            h = _mix_in_place(keys[start : start + _BLOCK] ^ base)
            for column, counter in enumerate(counters):
                out[column, start : start + _BLOCK] = _unit(_mix_in_place(h + counter))
        return out.T

    def normals(self, stream: str, month: int, keys: np.ndarray) -> np.ndarray:
        """Standard normal draws, one per key."""
        return special.ndtri(self.uniforms(stream, month, keys))

    def sampler(self, stream: str, month: int, keys: np.ndarray) -> "KeyedSampler":
        """A Generator-like source whose i-th value of every call belongs to keys[i]."""
        return KeyedSampler(self, stream, month, np.asarray(keys, dtype=np.uint64))


def _unit(bits: np.ndarray) -> np.ndarray:
    """The top 53 bits as a float strictly inside (0, 1)."""
    unit = (bits >> np.uint64(11)).astype(np.float64)
    unit += 0.5
    unit *= _TO_UNIT
    return unit


def gamma_unit_mean(shape: float, u: np.ndarray) -> np.ndarray:
    """Gamma draws of mean 1 and the given shape, by inverting the distribution at `u`."""
    return special.gammaincinv(shape, u) / shape


def poisson(mean: np.ndarray, u: np.ndarray) -> np.ndarray:
    """Poisson counts by inverting the distribution at `u` (0 where the mean is 0)."""
    from scipy import stats  # here: importing it costs half a second at every start

    mean = np.asarray(mean, dtype=float)
    counts = stats.poisson.ppf(u, np.maximum(mean, 1e-300))
    return np.where(mean > 0, counts, 0).astype(np.int64)


def exponential(mean: np.ndarray | float, u: np.ndarray) -> np.ndarray:
    """Exponential draws of the given mean at `u`."""
    return -np.asarray(mean) * np.log1p(-u)


class KeyedSampler:
    """The few `numpy.random.Generator` methods the population draws need, keyed by agent.

    Each call uses the next slots of every key, so the i-th row's values depend only on
    (seed, stream, month, keys[i], the call's position).
    """

    def __init__(self, draws: Draws, stream: str, month: int, keys: np.ndarray) -> None:
        self._draws, self._stream, self._month, self._keys = draws, stream, month, keys
        self._next = 0

    def _uniforms(self, size: int | tuple[int, ...]) -> np.ndarray:
        shape = (size,) if isinstance(size, int) else tuple(size)
        if shape[0] != len(self._keys):
            raise ValueError(f"a keyed draw needs one row per key; got shape {shape}")
        width = int(np.prod(shape[1:], dtype=np.int64))
        u = self._draws.uniforms(self._stream, self._month, self._keys, width, self._next)
        self._next += width
        return u.reshape(shape)

    def random(self, size: int | tuple[int, ...]) -> np.ndarray:
        """Uniforms in (0, 1)."""
        return self._uniforms(size)

    def standard_normal(self, size: int | tuple[int, ...]) -> np.ndarray:
        """Standard normal draws."""
        return special.ndtri(self._uniforms(size))

    def integers(self, low: int, high: int, size: int) -> np.ndarray:
        """Integers in [low, high)."""
        picked = (self._uniforms(size) * (high - low)).astype(np.int64)
        return low + np.minimum(picked, high - low - 1)

    def beta(self, a: float, b: np.ndarray) -> np.ndarray:
        """Beta(a, b) draws, one per key."""
        b = np.broadcast_to(np.asarray(b, dtype=float), (len(self._keys),))
        return special.betaincinv(a, b, self._uniforms(len(self._keys)))
