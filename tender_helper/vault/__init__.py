"""The company document vault: content-addressed, verified files with validity rules."""
