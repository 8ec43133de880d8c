"""Folding names for search: what a caseworker types must find how the name is written.

FTS5's ``unicode61 remove_diacritics 2`` already folds case and combining marks
(Müller/Muller, Özdemir/Ozdemir, Ayşe/Ayse). It does not fold letters that are distinct
code points rather than a base letter plus a mark: Turkish dotless ı and İ, ß, đ/Đ, ł,
ø, æ; nor Arabic spelling variants (hamza on alef, alef maqsura, taa marbuta, tatweel,
harakat). Both the indexed names and the typed query go through ``fold_for_search``.
"""

from __future__ import annotations

import unicodedata

_LETTERS = str.maketrans({
    "ı": "i", "İ": "i", "ß": "ss", "ẞ": "ss", "đ": "dj", "Đ": "dj", "ł": "l", "Ł": "l",
    "ø": "o", "Ø": "o", "æ": "ae", "Æ": "ae", "œ": "oe", "Œ": "oe", "þ": "th",
    # Arabic script: one form per letter as people type it on any keyboard.
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ئ": "ي", "ؤ": "و", "ة": "ه",
    "ـ": None,  # tatweel (kashida) is only stretching
    # Persian keyboards: Arabic kaf/yeh and their Persian forms are the same letters.
    "ك": "ک", "ي": "ی",
    # Russian/Ukrainian: ё is often written е.
    "ё": "е", "Ё": "е",
})


def fold_for_search(text: str) -> str:
    """Lower case, compatibility-normalised, letters folded as above, marks removed."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_LETTERS).casefold())
    folded = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return unicodedata.normalize("NFC", folded.translate(_LETTERS))
