"""``python -m newsclean`` runs the command-line tool."""

import sys

from newsclean.cli.main import main

sys.exit(main())
