"""Entry point of the bundled program: the same as the ``stakeholder-map`` command."""

import sys

from stakeholder_map.cli import main

if __name__ == "__main__":
    sys.exit(main())
