"""`python -m timeline`: the command line."""

from timeline.cli import main

main()
