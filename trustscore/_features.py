"""The feature vector: a fixed, named list of numbers derived from a report's signals.

Every feature comes from one declared input (a signal in ``report.signals``, or one of the few
values read from the report itself, see :data:`REPORT_VALUES`) through one declared transform.
The declaration :data:`FEATURE_SPECS` is the only place the list is written; adding a signal to
the model is one line there plus a retrain (``scripts/train_default.py``).

Missing values are explicit, never a silent zero: an input that is absent or ``None`` is
imputed with the training mean of its observed values (stored in the model file), and inputs
declared ``can_be_missing`` also get an indicator feature ``<name>__missing`` (1.0 when missing)
so the model can learn what an absent value means.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Literal

from trustscore._report import SignalValue, TrustReport

Transform = Literal["identity", "log1p", "flag"]

MISSING_SUFFIX = "__missing"
"""Suffix of a missing-value indicator feature's name."""


@dataclass(frozen=True)
class FeatureSpec:
    """One model input: where its value comes from and how it is transformed."""

    name: str
    """Signal name (a key of report.signals) or a name in REPORT_VALUES."""
    transform: Transform
    """identity: the number as is; log1p: log(1 + max(x, 0)) for counts and lengths (their
    effect grows with the order of magnitude, not linearly); flag: booleans as 0/1."""
    description: str
    """What the input measures, in a few words, for explanation messages."""
    can_be_missing: bool = False
    """True when the signal may be None or absent (adds the ``__missing`` indicator)."""


def _paragraph_count(report: TrustReport) -> SignalValue:
    return len(report.body.paragraphs)


def _mean_paragraph_words(report: TrustReport) -> SignalValue:
    paragraphs = len(report.body.paragraphs)
    return report.body.word_count / paragraphs if paragraphs else None


def _body_word_count(report: TrustReport) -> SignalValue:
    return report.body.word_count


REPORT_VALUES: Mapping[str, Callable[[TrustReport], SignalValue]] = {
    "body_word_count": _body_word_count,
    "paragraph_count": _paragraph_count,
    "mean_paragraph_words": _mean_paragraph_words,
}
"""Inputs read from the report itself (not from a signal family), by name."""

# The model's inputs, in order. Adding a signal: one line here, then retrain the default model.
FEATURE_SPECS: tuple[FeatureSpec, ...] = (
    FeatureSpec("body_word_count", "log1p", "length of the article body in words"),
    FeatureSpec("paragraph_count", "log1p", "number of paragraphs"),
    FeatureSpec(
        "mean_paragraph_words", "log1p", "average paragraph length in words", can_be_missing=True
    ),
    # Sourcing (docs/sourcing.md). Counts grow with length: log1p.
    FeatureSpec("named_source_count", "log1p", "sources named as people"),
    FeatureSpec("anonymous_source_count", "log1p", "anonymous sources"),
    FeatureSpec("organization_source_count", "log1p", "organisations cited as sources"),
    FeatureSpec("distinct_named_sources", "log1p", "different named people quoted or cited"),
    FeatureSpec(
        "named_source_ratio", "identity", "share of named among person sources", can_be_missing=True
    ),
    FeatureSpec("social_media_source_share", "identity", "share of sources on social media", True),
    FeatureSpec("quote_count", "log1p", "direct quotations"),
    FeatureSpec("quoted_word_share", "identity", "share of the words inside quotations"),
    FeatureSpec(
        "top_speaker_quote_share",
        "identity",
        "share of quoted words of the main speaker",
        can_be_missing=True,
    ),
    FeatureSpec("speaker_balance", "identity", "balance of quoted words across speakers", True),
    FeatureSpec("right_of_reply", "flag", "the other side was asked to respond"),
    # Readability (docs/signals.md). Undefined on very short texts: missing indicators.
    FeatureSpec("flesch_reading_ease", "identity", "Flesch reading ease", can_be_missing=True),
    FeatureSpec("dale_chall_score", "identity", "Dale-Chall difficulty", can_be_missing=True),
    FeatureSpec("avg_sentence_length", "identity", "average sentence length", can_be_missing=True),
    FeatureSpec("avg_word_length", "identity", "average word length", can_be_missing=True),
    FeatureSpec("lexical_diversity", "identity", "lexical diversity", can_be_missing=True),
    # Tone and style (docs/signals.md). Rates per 1,000 words are skewed: log1p. They are None
    # together (language without word lists), rare in training: imputed, no indicators.
    FeatureSpec("exclamations_per_sentence", "identity", "exclamation marks per sentence"),
    FeatureSpec("questions_per_sentence", "identity", "question marks per sentence"),
    FeatureSpec("all_caps_word_share", "identity", "share of words in capitals"),
    FeatureSpec("emoji_count", "log1p", "emoji and emoticons"),
    FeatureSpec("superlatives_per_1k_words", "log1p", "superlatives per 1,000 words"),
    FeatureSpec("intensifiers_per_1k_words", "log1p", "intensifiers per 1,000 words"),
    FeatureSpec("first_person_per_1k_words", "log1p", "first-person words per 1,000 words"),
    FeatureSpec("second_person_per_1k_words", "log1p", "second-person words per 1,000 words"),
    FeatureSpec("hedges_per_1k_words", "log1p", "hedges per 1,000 words"),
    FeatureSpec("boosters_per_1k_words", "log1p", "boosters per 1,000 words"),
    FeatureSpec("sentiment_word_share", "identity", "share of sentiment-laden words"),
    FeatureSpec("negative_word_share", "identity", "share of negative words"),
    FeatureSpec(
        "loaded_words_per_1k_words", "log1p", "loaded and pejorative words per 1,000 words"
    ),
    # Specificity (docs/signals.md): numbers, names, typed web handles; a dateline opening the
    # story (from the transparency family, but read from the body text like the others).
    FeatureSpec("numbers_per_1k_words", "log1p", "numbers per 1,000 words"),
    # None only on non-English text, like the tone lists: imputed, no indicator (a weight
    # learnt from the few such training articles would move every non-English page).
    FeatureSpec("proper_noun_share", "identity", "share of capitalised names"),
    FeatureSpec("web_markers_per_1k_words", "log1p", "hashtags, handles and URLs per 1,000 words"),
    FeatureSpec("has_dateline", "flag", "a dateline opens the story"),
    # Headline (docs/signals.md). All are None together when there is no headline: one
    # indicator (on the length) says so; the others are imputed.
    FeatureSpec("headline_word_count", "log1p", "headline length in words", can_be_missing=True),
    FeatureSpec("headline_clickbait_cues", "log1p", "clickbait cues in the headline"),
    FeatureSpec("headline_all_caps_words", "log1p", "words in capitals in the headline"),
    FeatureSpec(
        "headline_body_agreement",
        "identity",
        "headline words found in the opening paragraphs",
        can_be_missing=True,
    ),
)


def feature_names(specs: tuple[FeatureSpec, ...] = FEATURE_SPECS) -> tuple[str, ...]:
    """Names of the features in vector order (value features, then their indicators)."""
    names: list[str] = []
    for spec in specs:
        names.append(spec.name)
        if spec.can_be_missing:
            names.append(spec.name + MISSING_SUFFIX)
    return tuple(names)


FEATURE_NAMES: tuple[str, ...] = feature_names()
"""The feature names of this code, in order; a model file must list exactly these."""


def feature_inputs(report: TrustReport) -> dict[str, SignalValue]:
    """The raw inputs of the features: the report's signals plus REPORT_VALUES."""
    values: dict[str, SignalValue] = dict(report.signals)
    for name, read in REPORT_VALUES.items():
        values.setdefault(name, read(report))
    return values


def transform_value(value: SignalValue, transform: Transform) -> float | None:
    """An input's transformed value; None when it is missing (None or not finite)."""
    if value is None:
        return None
    number = float(value)
    if not math.isfinite(number):
        return None
    if transform == "log1p":
        return math.log1p(max(number, 0.0))
    if transform == "flag":
        return 1.0 if number else 0.0
    return number


def raw_vector(
    inputs: Mapping[str, SignalValue], specs: tuple[FeatureSpec, ...] = FEATURE_SPECS
) -> list[float | None]:
    """Transformed features in FEATURE_NAMES order; None marks a missing value (not imputed)."""
    vector: list[float | None] = []
    for spec in specs:
        value = transform_value(inputs.get(spec.name), spec.transform)
        vector.append(value)
        if spec.can_be_missing:
            vector.append(1.0 if value is None else 0.0)
    return vector


def impute(vector: list[float | None], fill: tuple[float, ...]) -> list[float]:
    """Replace each None with the stored imputation value of its feature."""
    return [fill[i] if v is None else v for i, v in enumerate(vector)]


def source_of(feature: str) -> str:
    """The input (signal) a feature belongs to: strips the missing-indicator suffix."""
    return feature.removesuffix(MISSING_SUFFIX)


SPEC_BY_NAME: Mapping[str, FeatureSpec] = {spec.name: spec for spec in FEATURE_SPECS}
"""Each declared input's spec, by name."""
