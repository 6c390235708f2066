"""The mock websites: a forum, a shop and a code repository, each a real HTTP service."""

SITE_NAMES = ("forum", "shop", "repo")
DEFAULT_PORTS = {"forum": 8101, "shop": 8102, "repo": 8103}
