"""Numbers as a reader of each language writes them: separators, rupiah, dates, intervals.

Indonesian writes 7.752 for seven thousand and 3,5 for three and a half; money in juta,
miliar and triliun rupiah.
"""

import math

from sim.core.calendar import month_date

MONTHS = {
    "en": "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split(),
    "id": "Januari Februari Maret April Mei Juni Juli Agustus September Oktober November "
    "Desember".split(),
}
RUPIAH_STEPS = {
    "en": ((1e12, "trillion"), (1e9, "billion"), (1e6, "million")),
    "id": ((1e12, "triliun"), (1e9, "miliar"), (1e6, "juta")),
}
MISSING = "–"


def number(value: float | None, lang: str, digits: int = 0) -> str:
    """A number with the language's thousands and decimal separators; a dash if missing."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return MISSING
    text = f"{value:,.{digits}f}"
    if lang == "id":
        text = text.replace(",", "\0").replace(".", ",").replace("\0", ".")
    return text


def strength(value: float | None, lang: str) -> str:
    """A lever's strength (0..1): two decimals, more for a tiny one (a placebo's 0,001)."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return MISSING
    digits = 2
    if 0 < abs(value) < 0.01:
        digits = min(6, -math.floor(math.log10(abs(value))))
    return number(value, lang, digits)


def signed(value: float | None, lang: str, digits: int = 0) -> str:
    """A difference, with its sign (+1.234 / −1.234)."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return MISSING
    text = number(abs(value), lang, digits)
    if round(abs(value), digits) == 0:  # -0.3 shown as 0, not −0
        return text
    return f"+{text}" if value > 0 else f"−{text}"


def rupiah(value: float | None, lang: str) -> str:
    """Rp with the largest unit that keeps the figure at one or more: Rp 1,2 miliar."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return MISSING
    for size, unit in RUPIAH_STEPS[lang]:
        if abs(value) >= size:
            scaled = value / size
            return f"Rp {number(scaled, lang, 1 if abs(scaled) < 100 else 0)} {unit}"
    return f"Rp {number(value, lang)}"


def interval(low: float | None, high: float | None, lang: str, digits: int = 0) -> str:
    """A 95% interval as low … high (a dash when there is none)."""
    if any(v is None or (isinstance(v, float) and math.isnan(v)) for v in (low, high)):
        return MISSING
    return f"{signed(low, lang, digits)} … {signed(high, lang, digits)}"


def when(month: int, start: str | None, lang: str) -> str:
    """A model month as a reader says it: August 2032, else year 10 or month 30."""
    if start is not None:
        year, mon = month_date(start, month).split("-")
        return f"{MONTHS[lang][int(mon) - 1]} {year}"
    if month % 12 == 0:
        return f"tahun ke-{month // 12}" if lang == "id" else f"year {month // 12}"
    return f"bulan ke-{month}" if lang == "id" else f"month {month}"
