"""Dates on news pages: ISO 8601, free-form dates, named time zones."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone, tzinfo
from typing import Any

from trustscore._jsonld import clean

# Time-zone abbreviations common on news pages, as UTC offsets in hours. An unknown name gives a
# naive datetime rather than a guess (dateutil would warn and guess).
_TZ_HOURS = {
    "UTC": 0, "GMT": 0, "Z": 0, "WET": 0, "BST": 1, "WEST": 1, "CET": 1, "CEST": 2, "EET": 2,
    "EEST": 3, "MSK": 3, "IST": 5.5, "JST": 9, "KST": 9, "AEST": 10, "AEDT": 11, "NZST": 12,
    "EST": -5, "EDT": -4, "CST": -6, "CDT": -5, "MST": -7, "MDT": -6, "PST": -8, "PDT": -7,
}  # fmt: skip


def _tzinfo(name: str | None, offset: int | None) -> tzinfo | None:
    """dateutil callback: a fixed-offset zone for a known abbreviation, else None."""
    if offset is not None:
        return timezone(timedelta(seconds=offset))
    hours = _TZ_HOURS.get((name or "").upper())
    return None if hours is None else timezone(timedelta(hours=hours))


def parse_datetime(value: Any) -> datetime | None:
    """A datetime from an ISO 8601 or free-form date, None when it does not parse."""
    text = clean(value)
    if not text or len(text) > 64:
        return None
    iso = text.replace("Z", "+00:00") if text.endswith("Z") else text
    try:
        return datetime.fromisoformat(iso)
    except ValueError:
        pass
    from dateutil import parser as dateparser

    try:
        parsed = dateparser.parse(text, tzinfos=_tzinfo)
    except (ValueError, OverflowError, TypeError, dateparser.ParserError):
        return None
    return parsed if isinstance(parsed, datetime) else None


def time_element(root: Any) -> str | None:
    """The <time> marked as publication time, else the first one with a datetime."""
    first = None
    for el in root.iter("time"):
        value = el.get("datetime")
        if not value:
            continue
        if el.get("pubdate") is not None or (el.get("itemprop") or "") == "datePublished":
            return str(value)
        first = first or value
    return first


def first_datetime(*values: Any) -> datetime | None:
    """The first value that parses as a datetime."""
    for value in values:
        if value:
            parsed = parse_datetime(value)
            if parsed is not None:
                return parsed
    return None
