"""Scoring a profile against notices and lots, with explanations; text analysis per language."""
