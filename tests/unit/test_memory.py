import numpy as np

from sim.world.memory import PartnerMemory


def test_remember_recall_and_overwrite():
    m = PartnerMemory()
    m.remember(np.array([1, 2]), np.array([2, 1]), np.array([0.7, 0.4]))
    assert np.isnan(m.recall(np.array([1]), np.array([3]))[0])
    assert m.recall(np.array([1, 2]), np.array([2, 1])).tolist() == [0.7, 0.4]
    m.remember(np.array([1, 1]), np.array([2, 2]), np.array([0.1, 0.2]))  # last one wins
    assert m.recall(np.array([1]), np.array([2])).tolist() == [0.2]
    assert len(m) == 2


def test_previous_partners_of_an_actor():
    m = PartnerMemory()
    m.remember(np.array([5, 5, 6, 4]), np.array([9, 7, 5, 5]), np.array([0.5, 0.6, 0.7, 0.8]))
    assert m.of(5) == {7: 0.6, 9: 0.5}
    start, stop = m.lists(np.array([5, 6, 8]))
    assert (stop - start).tolist() == [2, 1, 0]
    assert m.partners()[start[1] : stop[1]].tolist() == [5]


def test_recall_on_empty_memory():
    assert np.isnan(PartnerMemory().recall(np.array([0, 1]), np.array([1, 0]))).all()
