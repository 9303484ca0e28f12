"""Read: inputs (files, folders, globs, standard input, URLs) become `Article`s, one module per format."""

from timeline.read.inputs import expand_inputs, read_article, read_inputs, read_text
from timeline.read.options import ReadOptions, parse_date_option

__all__ = ["ReadOptions", "expand_inputs", "parse_date_option", "read_article", "read_inputs", "read_text"]
