"""Which language a text is written in, from its most common short words."""

from __future__ import annotations

import re
from collections import Counter

# ISO 639-1 code -> (English name of the language, very common words of it).
LANGUAGES: dict[str, tuple[str, set[str]]] = {
    "en": ("English", {"the", "of", "and", "to", "in", "is", "that", "it", "was", "for", "with", "as", "not", "which", "this"}),
    "de": ("German", {"der", "die", "und", "das", "nicht", "ist", "zu", "den", "mit", "sich", "des", "auf", "ein", "eine", "dem"}),
    "fr": ("French", {"le", "la", "les", "et", "des", "est", "une", "que", "qui", "dans", "pour", "pas", "du", "au", "sur"}),
    "es": ("Spanish", {"el", "la", "los", "las", "y", "que", "en", "del", "por", "una", "con", "para", "es", "se", "no"}),
    "it": ("Italian", {"il", "di", "che", "e", "la", "per", "non", "una", "del", "della", "sono", "con", "gli", "le", "è"}),
    "pt": ("Portuguese", {"o", "a", "os", "que", "de", "não", "uma", "do", "da", "em", "para", "com", "se", "por", "é"}),
    "nl": ("Dutch", {"de", "het", "een", "en", "van", "is", "dat", "niet", "op", "te", "zijn", "met", "voor", "die", "ook"}),
    "ru": ("Russian", {"и", "в", "не", "на", "что", "с", "как", "по", "это", "он", "но", "к", "из", "за", "от"}),
}
#: what a text is declared in when its language is not recognised (ISO 639-2 and BCP 47 "und")
UNDETERMINED = ("und", "undetermined")
WORD = re.compile(r"[^\W\d_]+")


def detect_language(text: str) -> tuple[str, str]:
    """Return ``(code, name)`` of the language of ``text``, or :data:`UNDETERMINED` when unsure.

    Unsure means fewer than 20 common words were seen, or a second language
    scores nearly as well as the first.
    """
    counts = Counter(word.lower() for word in WORD.findall(text[:200_000]))
    scores = sorted(((sum(counts[w] for w in words), code) for code, (_, words) in LANGUAGES.items()), reverse=True)
    (best, code), (second, _) = scores[0], scores[1]
    if best < 20 or second > best * 0.6:
        return UNDETERMINED
    return code, LANGUAGES[code][0]
