"""Evaluators, milestones, refusal detection, risk levels and run metrics."""
