"""Lets `python -m tender_helper` run the command-line front end."""

import sys

from tender_helper.cli.main import main

sys.exit(main())
