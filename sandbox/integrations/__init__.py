"""Bridges to other evaluation frameworks; only these modules import them (``inspect_ai``)."""
