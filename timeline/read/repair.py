"""Text damaged on its way to the tool, repaired as it is read: UTF-8 once decoded as
Windows-1252 ("Jobsâ€™s" for "Jobs’s", "â€œ" for "“"; a scraper that split words may even put
a space inside the sequence, "â€ ™") and HTML entities left in plain text ("F&amp;C").

ftfy, the maintained library for exactly this, does the repair; it is asked only when a text
shows one of the signs, so that clean text is never touched (and ftfy never imported).
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ftfy import TextFixerConfig

# The signs: "â€" (the first two bytes of most punctuation), "Ã" and a second byte (accented
# letters), and HTML entities.
DAMAGE = re.compile(r"â€|Ã[\u0080-\u00bf]|&(?:amp|quot|apos|lt|gt|nbsp|#\d{2,5}|#x[0-9a-fA-F]{2,4});")
SPLIT_SEQUENCE = re.compile(r"(?<=â€) (?=\S)")  # "â€ ™" → "â€™", which ftfy then reads as "’"


def repaired(text: str) -> str:
    """The text with mis-decoded characters and stray HTML entities repaired; clean text as it is."""
    if not DAMAGE.search(text):
        return text
    import ftfy  # only for damaged text: the import costs every other build's start-up

    return ftfy.fix_text(SPLIT_SEQUENCE.sub("", text), _config())


@cache
def _config() -> TextFixerConfig:
    """Repair only: quotes stay curly, widths, ligatures, line breaks and normal forms as written."""
    from ftfy import TextFixerConfig

    return TextFixerConfig(uncurl_quotes=False, fix_character_width=False, fix_latin_ligatures=False,
                           fix_line_breaks=False, normalization=None)
