"""Use cases over storage, sources, matching, checklists and reports; no Qt here."""
