"""Hosts and registrable domains (public suffix list bundled with tldextract, no network)."""

from __future__ import annotations

from functools import lru_cache
from urllib.parse import SplitResult, urlsplit

import tldextract

# Offline: the suffix list snapshot shipped inside the tldextract wheel, never fetched.
_EXTRACT = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)


@lru_cache(maxsize=4096)
def registrable_domain(host: str) -> str:
    """The registrable domain of a host: 'www.bbc.co.uk' -> 'bbc.co.uk'."""
    host = host.lower().strip(".")
    parts = _EXTRACT(host)
    if parts.domain and parts.suffix:
        return f"{parts.domain}.{parts.suffix}"
    return host


def same_site(a: str | None, b: str | None) -> bool:
    """True when two hosts belong to the same registrable domain."""
    if not a or not b:
        return False
    return registrable_domain(a) == registrable_domain(b)


def domain_of(url: str | None) -> str | None:
    """Registrable domain of a URL, or None when it has no host."""
    if not url:
        return None
    try:
        host = urlsplit(url if "//" in url else "//" + url).hostname
    except ValueError:
        return None
    return registrable_domain(host) if host else None


def split_with_host(url: str) -> tuple[SplitResult, str] | None:
    """The URL's parts and its lower-cased host name, or None when it has no host."""
    try:
        parts = urlsplit(url)
        host = (parts.hostname or "").lower()
    except ValueError:
        return None
    return (parts, host) if host else None
