"""VSME Basic Module sustainability statements: typed data, validation, emissions, completeness and JSON."""
