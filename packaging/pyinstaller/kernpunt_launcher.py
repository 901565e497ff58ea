"""The bundled program's entry point: the same ``main`` as the installed ``kernpunt`` command."""

import sys

from kernpunt.__main__ import main

sys.exit(main())
