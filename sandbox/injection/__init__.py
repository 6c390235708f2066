"""Indirect prompt injection: attacker content planted in the sites an agent reads."""
