"""A GitLab-like code-hosting site: projects, files and commits, issues, merge requests, members."""
