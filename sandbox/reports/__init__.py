"""Reports of one run (Markdown and HTML) and leaderboards across runs."""
