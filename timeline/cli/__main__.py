"""`python -m timeline.cli`: the command line, as the console script runs it."""

import sys

from timeline.cli.commands import main

sys.exit(main())
