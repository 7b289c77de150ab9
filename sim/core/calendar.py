"""Model months and calendar months: month k of a scenario starting YYYY-MM."""


def parse_start(start: str) -> tuple[int, int]:
    """'2022-08' -> (2022, 8)."""
    year, month = start.split("-")
    return int(year), int(month)


def month_date(start: str, k: int) -> str:
    """Calendar month (YYYY-MM) of model month k; month 0 is the start."""
    year, month = parse_start(start)
    total = year * 12 + (month - 1) + k
    return f"{total // 12:04d}-{total % 12 + 1:02d}"


def model_month(start: str, year: int, calendar_month: int) -> int:
    """Model month of a calendar month (negative if before the start)."""
    y0, m0 = parse_start(start)
    return (year - y0) * 12 + (calendar_month - m0)
