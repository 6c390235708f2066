"""The forum's Jinja2 templates."""

from pathlib import Path

from ..core.site import SiteTemplates

templates = SiteTemplates(Path(__file__).parent / "templates")
