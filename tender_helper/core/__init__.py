"""Plain value types, code lists and rules shared by every layer; no I/O beyond bundled resources."""
