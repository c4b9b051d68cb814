"""``python -m transcript``: the command-line tool."""

import sys

from .cli.commands import main

sys.exit(main())
