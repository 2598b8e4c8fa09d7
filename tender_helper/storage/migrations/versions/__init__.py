"""Migration revisions, oldest first by their date prefix."""
