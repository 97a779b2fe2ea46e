"""Allow ``python -m tei_tools``."""

from tei_tools.cli import main

main()
