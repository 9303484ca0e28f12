"""Text damaged on its way to the tool, repaired as it is read: UTF-8 once decoded as
Windows-1252 ("Jobsâ€™s" for "Jobs’s", "â€œ" for "“"; a scraper that split words may even put
a space or a line break inside the sequence, "â€ ™"), HTML entities left in plain text ("F&amp;C"),
and slashes escaped twice on their way through JSON ("HIV\\/Aids"); and characters that draw
nothing but change how a text reads or matches are taken out of every article.

ftfy, the maintained library for exactly this, does the repair; it is asked only when a text
shows one of the signs, so that clean text is never touched (and ftfy never imported).
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from timeline.models import Article

if TYPE_CHECKING:
    from ftfy import TextFixerConfig

# The signs: "â€" (the first two bytes of most punctuation), "Ã" and a second byte (accented
# letters), and HTML entities.
DAMAGE = re.compile(r"â€|Ã[\u0080-\u00bf]|&(?:amp|quot|apos|lt|gt|nbsp|#\d{2,5}|#x[0-9a-fA-F]{2,4});")
# A scraper that split words put a space or a line break inside the sequence ("â€ ™", "donâ€\n™ t"):
# closed, "â€™", which ftfy then reads as "’" …
SPLIT_SEQUENCE = re.compile(r"(?<=â€)\s(?=\S)")
# … a line break right after the sequence is the scraper's too ("Apple â€\n“\nhe took" is one line) …
BREAK_AFTER = re.compile(r"(?<=â€\S)\n")
# … and so is the space before a contraction's ending: "countryâ€™ s" → "countryâ€™s".
SPLIT_CONTRACTION = re.compile(r"(?<=â€™) (?=(?:s|t|re|ll|ve|d|m)\b)")
# A closing double quote (E2 80 9D) whose last byte Windows-1252 has no character for, so it was
# lost: "â€" and a replacement character. No other character of that row is as common.
LOST_CLOSING_QUOTE = re.compile(r"â€\ufffd")


# A slash escaped twice on its way through JSON: "HIV\/Aids", "REUTERS\/Jason Lee" (prose never has "\/").
ESCAPED_SLASH = "\\/"


def repaired(text: str) -> str:
    """The text with mis-decoded characters, stray HTML entities and escaped slashes repaired;
    clean text as it is."""
    if ESCAPED_SLASH in text:
        text = text.replace(ESCAPED_SLASH, "/")
    if not DAMAGE.search(text):
        return text
    import ftfy  # only for damaged text: the import costs every other build's start-up

    text = SPLIT_CONTRACTION.sub("", BREAK_AFTER.sub(" ", SPLIT_SEQUENCE.sub("", text)))
    return ftfy.fix_text(LOST_CLOSING_QUOTE.sub("\u201d", text), _config())


@cache
def _config() -> TextFixerConfig:
    """Repair only: quotes stay curly, widths, ligatures, line breaks and normal forms as written."""
    from ftfy import TextFixerConfig

    return TextFixerConfig(uncurl_quotes=False, fix_character_width=False, fix_latin_ligatures=False,
                           fix_line_breaks=False, normalization=None)


# Characters that draw nothing but split a word for a matcher: zero-width spaces and word joiners,
# soft hyphens ("Feb\u00adruary" would not match "February"), a byte-order mark inside the text.
# Joiners that emoji and scripts need (U+200C, U+200D) stay; bidirectional controls stay in the
# data too (the renderers take them out of what they show).
INVISIBLE = re.compile("[\u00ad\u200b\u2060\ufeff]")


def visible(article: Article) -> Article:
    """The article without invisible characters in its text and title, its offsets moved to match."""
    text = article.text
    if not INVISIBLE.search(text) and not (article.title and INVISIBLE.search(article.title)):
        return article
    return article.model_copy(update={
        "text": INVISIBLE.sub("", text), "title": article.title and INVISIBLE.sub("", article.title),
        "body_offset": _visible_offset(text, article.body_offset),
        "content_offset": _visible_offset(text, article.content_offset)})


def _visible_offset(text: str, offset: int) -> int:
    """Where `offset` lands once the invisible characters before it are gone."""
    return offset - len(INVISIBLE.findall(text, 0, offset))
