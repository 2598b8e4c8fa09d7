"""SQLAlchemy models, repositories, Alembic migrations and the engine factory."""
