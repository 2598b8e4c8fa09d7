"""PDF builders: pure functions from plain data to a PDF file (reportlab)."""
