"""`python -m timeline`: the command line."""

from timeline.console import main

main()
