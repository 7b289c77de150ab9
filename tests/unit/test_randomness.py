import numpy as np
import pytest
from scipy import stats

from sim.infra.randomness import (
    Draws,
    entrant_keys,
    exponential,
    gamma_unit_mean,
    pair_keys,
    poisson,
    root_seed,
    slot_keys,
)


def test_same_seed_same_draws_and_streams_differ():
    a, b = Draws(root_seed(7)), Draws(root_seed(7))
    keys = np.arange(5)
    assert a.uniforms("entry", 3, keys).tolist() == b.uniforms("entry", 3, keys).tolist()
    assert a.uniforms("entry", 3, keys).tolist() != a.uniforms("search", 3, keys).tolist()
    assert a.uniforms("entry", 3, keys).tolist() != a.uniforms("entry", 4, keys).tolist()


def test_a_keys_draw_does_not_depend_on_the_other_keys():
    d = Draws(root_seed(1))
    alone = d.uniforms("economy", 5, np.array([42]))
    among = d.uniforms("economy", 5, np.array([7, 3, 42, 1000]))
    assert among[2] == alone[0]
    slots = d.uniforms("search", 5, np.array([3, 42]), 6, first_slot=1)
    assert slots[1].tolist() == d.uniforms("search", 5, np.array([42]), 6, first_slot=1)[0].tolist()
    assert (
        slots[1, 2:].tolist()
        == d.uniforms("search", 5, np.array([42]), 4, first_slot=3)[0].tolist()
    )


def test_a_slot_is_the_same_number_whichever_slots_are_asked_for():
    d = Draws(root_seed(3))
    keys = np.arange(40_000) * 7 + 11  # more than one block of keys
    three = d.uniforms("economy", 2, keys, 3)
    some = d.slot_uniforms("economy", 2, keys, (0, 2))
    assert np.array_equal(some[:, 0], three[:, 0]) and np.array_equal(some[:, 1], three[:, 2])
    picked = keys[three[:, 2] < 0.1]  # a slot drawn only for the keys that need it
    alone = d.slot_uniforms("economy", 2, picked, (1,))[:, 0]
    assert np.array_equal(alone, three[three[:, 2] < 0.1, 1])
    assert len(np.unique(three)) == three.size  # no slot repeats another
    plain = d.uniforms("economy", 2, keys)  # blocks do not change a key's number
    assert np.array_equal(plain[-5:], d.uniforms("economy", 2, keys[-5:]))


def test_uniforms_are_uniform_and_independent_across_keys_and_months():
    d = Draws(root_seed(3))
    keys = np.arange(50_000)
    u = d.uniforms("economy", 1, keys)
    assert 0.0 < u.min() and u.max() < 1.0
    assert stats.kstest(u, "uniform").pvalue > 0.001
    assert abs(np.corrcoef(u[:-1], u[1:])[0, 1]) < 0.02  # neighbouring keys
    assert abs(np.corrcoef(u, d.uniforms("economy", 2, keys))[0, 1]) < 0.02  # next month
    z = d.normals("economy", 1, keys)
    assert stats.kstest(z, "norm").pvalue > 0.001


def test_inverse_distribution_draws_match_their_laws():
    d = Draws(root_seed(4))
    u = d.uniforms("policy", 1, np.arange(40_000))
    assert abs(gamma_unit_mean(2.0, u).mean() - 1.0) < 0.02
    assert abs(gamma_unit_mean(2.0, u).var() - 0.5) < 0.03
    assert abs(exponential(12.0, u).mean() - 12.0) < 0.3
    counts = poisson(np.full(len(u), 3.0), u)
    assert abs(counts.mean() - 3.0) < 0.05 and abs(counts.var() - 3.0) < 0.1
    assert poisson(np.array([0.0, 0.0]), np.array([0.01, 0.99])).tolist() == [0, 0]
    # monotone coupling: a larger mean never gives fewer from the same uniform
    assert (poisson(np.full(len(u), 3.5), u) >= counts).all()


def test_keys_of_entrants_pairs_and_slots_are_distinct_and_stable():
    region = np.repeat(np.arange(20), 50)
    k = np.tile(np.arange(50), 20)
    keys = entrant_keys(region, 7, k)
    assert len(np.unique(keys)) == len(keys)
    assert not np.isin(keys, np.arange(10_000)).any()  # apart from the row keys of month 0
    assert entrant_keys(region, 7, k).tolist() == keys.tolist()
    assert not np.isin(entrant_keys(region, 8, k), keys).any()
    a, b = np.arange(100), np.arange(100, 200)
    assert len(np.unique(pair_keys(a, b, 3))) == 100
    assert not np.isin(pair_keys(a, b, 4), pair_keys(a, b, 3)).any()
    assert not np.isin(slot_keys(a, 1), slot_keys(a, 0)).any()


def test_keyed_sampler_gives_each_key_its_own_values():
    d = Draws(root_seed(5))
    keys = entrant_keys(np.zeros(3, dtype=int), 2, np.arange(3))
    s, alone = d.sampler("entrants", 2, keys), d.sampler("entrants", 2, keys[1:2])
    first = (s.random(3), s.standard_normal((3, 2)), s.beta(2.0, np.full(3, 3.0)))
    second = (alone.random(1), alone.standard_normal((1, 2)), alone.beta(2.0, np.full(1, 3.0)))
    for many, one in zip(first, second, strict=True):
        assert np.array_equal(many[1], one[0])
    with pytest.raises(ValueError, match="one row per key"):
        s.random(4)
    assert set(d.sampler("entrants", 2, keys).integers(0, 3, 3).tolist()) <= {0, 1, 2}


def test_seeds_of_an_experiment_differ_and_bad_rng_is_refused():
    k0 = Draws(np.random.SeedSequence(5, spawn_key=(0,))).uniforms("search", 1, np.arange(3))
    k1 = Draws(np.random.SeedSequence(5, spawn_key=(1,))).uniforms("search", 1, np.arange(3))
    assert k0.tolist() != k1.tolist()
    parent = np.random.SeedSequence(9)
    assert root_seed(parent) is parent
    with pytest.raises(KeyError, match="unknown random stream"):
        Draws(root_seed(1)).uniforms("weather", 1, np.arange(2))
    with pytest.raises(ValueError, match="rng"):
        root_seed("seven")  # type: ignore[arg-type]
