"""Amounts as people type them: ``$60,000``, ``60k``, ``1.2M``, ``60.000,50`` (a decimal comma).

>>> parse_amount("$60,000"), parse_amount("60k"), parse_amount("1.2M"), parse_amount("€ 1.250,50")
(Decimal('60000'), Decimal('60000'), Decimal('1200000'), Decimal('1250.50'))
>>> parse_amount("1,5", decimal_point=",", group=".")
Decimal('1.5')
>>> parse_amount("") is None
True
>>> parse_amount("sixty")
Traceback (most recent call last):
...
ValueError: “sixty” is not an amount. Type a number such as 60000, 60,000, 60k or 1.2M.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from stakeholder_map.texts import translate

#: The signs of common currencies, one table for the canvas, the exports and the report;
#: any other ISO 4217 code is written out beside the number.
CURRENCY_SIGNS = {"USD": "$", "EUR": "€", "GBP": "£", "JPY": "¥", "CNY": "¥", "INR": "₹",
                  "KRW": "₩", "BRL": "R$", "CAD": "CA$", "AUD": "A$", "NZD": "NZ$",
                  "MXN": "MX$", "HKD": "HK$", "SGD": "S$", "ILS": "₪", "NGN": "₦",
                  "PHP": "₱", "TRY": "₺", "UAH": "₴", "VND": "₫", "THB": "฿", "PLN": "zł",
                  "RUB": "₽"}


def with_currency(number: str, currency: str | None) -> str:
    """A formatted ``number`` with the map's ``currency``: its sign when well known, else its
    code; placed as the language places them (``$1,200``, ``CHF 1,200``; ``1.200 $`` in German).

    >>> with_currency("1,200", "usd"), with_currency("1,200", "CHF"), with_currency("1,200", None)
    ('$1,200', 'CHF 1,200', '1,200')
    """
    if not currency:
        return number
    sign = CURRENCY_SIGNS.get(currency.upper())
    if sign:
        return translate("Money", "{sign}{number}").format(sign=sign, number=number)
    return translate("Money", "{code} {number}").format(code=currency, number=number)


_SCALE = {"": 1, "k": 1_000, "m": 1_000_000, "mn": 1_000_000, "b": 1_000_000_000,
          "bn": 1_000_000_000}
# Currency signs and codes people put before or after a number: "$", "€", "USD", "kr".
_CURRENCY = re.compile(r"^(?:[^\d\s.,+-]{1,3}|[A-Za-z]{3})\s*|\s*(?:[^\d\s.,kKmMbBnN]{1,3}|[A-Z]{3})$")
_SPACES = re.compile(r"[\s\u00a0\u202f']")



def _grouped(number: str, sep: str) -> bool:
    """"60,000" or "1.234.567": thousands separated by ``sep``."""
    return re.fullmatch(r"\d{1,3}(?:" + re.escape(sep) + r"\d{3})+", number) is not None


def _bad(text: str) -> ValueError:
    return ValueError(translate("Money", "“{text}” is not an amount. Type a number such as 60000, 60,000, "
                                "60k or 1.2M.").format(text=text))


def _plain_digits(number: str, decimal_point: str, group: str) -> str:
    """``number`` (digits, "." and ",") as a plain decimal text with a "." point."""
    dots, commas = "." in number, "," in number
    if dots and commas:  # both: the last one is the decimal point
        point = "." if number.rfind(".") > number.rfind(",") else ","
        other = "," if point == "." else "."
        return number.replace(other, "").replace(point, ".")
    if not dots and not commas:
        return number
    sep = "." if dots else ","
    grouped = _grouped(number, sep)
    if sep == group and grouped:
        return number.replace(sep, "")
    if sep == decimal_point and number.count(sep) == 1:
        return number.replace(sep, ".")
    if grouped:  # the other convention's thousands: "60,000" where the point is ","
        return number.replace(sep, "")
    if number.count(sep) == 1:
        return number.replace(sep, ".")
    return "x"  # not a number


def parse_amount(text: str, *, decimal_point: str = ".", group: str = ",") -> Decimal | None:
    """The amount in ``text`` (None when empty); ``decimal_point`` and ``group`` are the
    person's locale's separators. Raises ValueError with a sentence to show when ``text`` is
    no amount."""
    shown = text.strip()
    s = shown
    for _ in range(2):  # a sign or code on either side
        s = _CURRENCY.sub("", s).strip()
    if not s:
        if shown:
            raise _bad(shown)
        return None
    s = _SPACES.sub("", s)
    match = re.fullmatch(r"\+?([\d.,]+)(k|m|mn|b|bn)?", s, re.IGNORECASE)
    if match is None:
        if s.startswith("-"):
            raise ValueError(translate("Money", "“{text}” is negative; an amount is 0 or more.").format(text=shown))
        raise _bad(shown)
    digits = _plain_digits(match.group(1), decimal_point, group)
    try:
        value = Decimal(digits)
    except InvalidOperation:
        raise _bad(shown) from None
    if not value.is_finite():
        raise _bad(shown)
    scaled = value * _SCALE[(match.group(2) or "").lower()]
    return Decimal(int(scaled)) if scaled == scaled.to_integral_value() else scaled
