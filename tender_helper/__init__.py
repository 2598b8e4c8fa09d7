"""Tender Helper: find, prepare and win public tenders on the entrepreneur's own computer."""

__version__ = "0.1.0"
APP_NAME = "Tender Helper"
APP_ID = "tender-helper"
