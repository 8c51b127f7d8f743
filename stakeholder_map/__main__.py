"""``python -m stakeholder_map`` is the same as the ``stakeholder-map`` command."""

import sys

from stakeholder_map.cli import main

sys.exit(main())
