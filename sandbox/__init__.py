"""Agent safety evaluation sandbox: mock websites, paired tasks, Gymnasium envs and a grader."""

__version__ = "0.1.0"
