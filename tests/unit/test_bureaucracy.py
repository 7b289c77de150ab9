import numpy as np

from sim.barriers.bureaucracy import advance_permits, permit_delay


def test_permit_delay_is_mean_times_unit_draw_rounded():
    assert permit_delay(np.array([4.0, 4.0, 0.0]), np.array([1.0, 0.6, 3.0])).tolist() == [4, 2, 0]


def test_waiting_counts_down_and_grants_at_zero():
    wait = np.array([3, 1, 2, 1])
    new, granted, abandoned = advance_permits(wait, np.array([0.9, 0.9, 0.01, 0.9]), 0.05)
    assert new.tolist() == [2, 0, 2, 0]
    assert granted.tolist() == [False, True, False, True]
    assert abandoned.tolist() == [False, False, True, False]


def test_d_months_of_waiting_take_d_steps():
    wait, months = np.array([5]), 0
    while True:
        months += 1
        wait, granted, _ = advance_permits(wait, np.array([1.0]), 0.0)
        if granted[0]:
            break
    assert months == 5
