"""Embedded social-media posts: the sign-off line that embed code leaves in the article text.

An embedded X/Twitter post ends with a line "— Leo Varga (@leovarga9) November 24, 2026", and an
Instagram embed with "A post shared by Leo Varga (@leovarga9)". The post's words are the
paragraph before that line. Each such pair is an attribution: the account's display name is the
source, the handle is the cue (it marks a post, so the source counts as social media) and the
paragraph before is the content. Quotation marks are absent, so the rules would not see it.
"""

from __future__ import annotations

import re

from trustscore._attribution import Attribution

# The sign-off line: a dash or "A post shared by", a display name, then "(@handle)". The name is
# a bounded lazy run without brackets, so matching is linear in the line.
_SIGN_OFF = re.compile(
    r"(?:[—–-]|A post shared by)\s*(?P<name>[^\n()@—–]{1,60}?)\s*\((?P<handle>@\w{1,30})\)"
)
POST_LEMMA = "post"


def embedded_posts(text: str, bounds: list[tuple[int, int]]) -> list[Attribution]:
    """An attribution for each embed sign-off paragraph that follows a paragraph of text."""
    out: list[Attribution] = []
    for k in range(1, len(bounds)):
        ps, pe = bounds[k]
        m = _SIGN_OFF.match(text, ps, pe)
        if m is None or not m.group("name").strip():
            continue
        name_start, name_end = m.span("name")
        while text[name_end - 1].isspace():
            name_end -= 1
        content = bounds[k - 1]
        out.append(
            Attribution(
                cue=m.span("handle"),
                source=(name_start, name_end),
                contents=(content,),
                lemma=POST_LEMMA,
                cue_class="speech",
            )
        )
    return out
