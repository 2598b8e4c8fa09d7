"""Shared item models and small widgets used by several pages."""
