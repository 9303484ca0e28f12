"""Read: inputs (files, folders, globs, standard input, URLs) become `Article`s, one module per format."""
