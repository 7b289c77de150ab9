import numpy as np
import pytest

from sim.randomness import Streams, root_seed


def test_same_seed_same_streams_and_streams_differ():
    a, b = Streams(root_seed(7)), Streams(root_seed(7))
    assert a["search"].random(3).tolist() == b["search"].random(3).tolist()
    assert a["entry"].random(3).tolist() != Streams(root_seed(7))["search"].random(3).tolist()


def test_stream_does_not_depend_on_creation_order():
    a, b = Streams(root_seed(3)), Streams(root_seed(3))
    a["world"].random(100)
    assert a["permits"].random(2).tolist() == b["permits"].random(2).tolist()


def test_seed_sequence_children_differ():
    parent = np.random.SeedSequence(5)
    k0 = Streams(np.random.SeedSequence(5, spawn_key=(0,)))["search"].random()
    k1 = Streams(np.random.SeedSequence(5, spawn_key=(1,)))["search"].random()
    assert k0 != k1
    assert root_seed(parent) is parent


def test_unknown_stream_and_bad_seed():
    with pytest.raises(KeyError, match="unknown random stream"):
        Streams(root_seed(1))["weather"]
    with pytest.raises(ValueError, match="rng"):
        root_seed("seven")
