"""A Reddit/Postmill-like forum."""
