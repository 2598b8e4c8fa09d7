"""Alembic migrations of the Tender Helper schema; revisions are date-prefixed and form one chain."""
