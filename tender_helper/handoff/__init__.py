"""Encrypted hand-off packages: one company's data from an adviser's installation to the entrepreneur's."""
