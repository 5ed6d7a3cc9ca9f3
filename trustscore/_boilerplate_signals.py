"""The boilerplate signal family: what the page wraps around the article.

Values come from the boilerplate stage's verdicts (:mod:`trustscore._boilerplate`). Evidence:
boilerplate text is by definition not in ``body.text``, and every span in the report points
into ``body.text``, so these signals carry no evidence spans; the removed blocks themselves are
listed in the report's ``boilerplate.blocks`` with their reasons (see docs/boilerplate.md).
"""

from __future__ import annotations

import re

from trustscore._document import Document
from trustscore._report import SignalValue
from trustscore._signals import ArticleBody, SignalSet

# An audio player that says its voice is synthetic: disclosure of AI narration.
_AI_VOICE = re.compile(
    r"ai[- ]generated|artificial(?:ly)? (?:intelligence|voice|generated)|synthetic voice|"
    r"computer[- ]generated voice|text[- ]to[- ]speech|automated voice|ki[- ]generiert",
)


def boilerplate_signals(doc: Document, body: ArticleBody) -> SignalSet:
    """Share of boilerplate, repeated blocks, and which kinds of chrome the page carries."""
    reasons = [v.reason for v in body.verdicts if not v.is_body]
    total = sum(len(v.block.text) for v in body.verdicts)
    removed = sum(len(v.block.text) for v in body.verdicts if not v.is_body)
    audio_texts = [v.block.text.lower() for v in body.verdicts if v.reason == "audio_banner"]
    values: dict[str, SignalValue] = {
        "boilerplate_ratio": round(removed / total, 4) if total else 0.0,
        "boilerplate_block_count": len(reasons),
        "duplicate_block_count": sum(run.count - 1 for run in body.duplicates),
        "has_feedback_widget": "feedback_widget" in reasons,
        "has_ai_audio_disclosure": any(_AI_VOICE.search(t) for t in audio_texts),
        "has_author_bio": "author_bio" in reasons,
        "has_comments": "comments" in reasons,
        "has_newsletter_box": "newsletter" in reasons or "subscribe" in reasons,
        "advertising_block_count": reasons.count("advertising"),
    }
    return SignalSet(values=values)
