from sim.core.calendar import model_month, month_date


def test_month_dates_roll_over_the_year():
    assert month_date("2022-08", 0) == "2022-08"
    assert month_date("2022-08", 4) == "2022-12"
    assert month_date("2022-08", 5) == "2023-01"
    assert month_date("2022-08", 120) == "2032-08"


def test_model_month_inverts_month_date():
    for k in (-3, 0, 7, 12, 119):
        year, month = map(int, month_date("2019-08", k).split("-"))
        assert model_month("2019-08", year, month) == k
