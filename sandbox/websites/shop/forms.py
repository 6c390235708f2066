"""Form field types: text is stripped, and blank required fields are refused with a 400 page."""

from __future__ import annotations

from typing import Annotated

from fastapi import Form
from pydantic import StringConstraints

from ..core.params import required_text

Line = required_text(200)
OptionalLine = Annotated[str, StringConstraints(strip_whitespace=True, max_length=200), Form()]
Text = required_text(10_000)
OptionalText = Annotated[str, StringConstraints(strip_whitespace=True, max_length=10_000), Form()]
Email = Annotated[str, StringConstraints(strip_whitespace=True, max_length=200,
                                         pattern=r"^[^@\s]+@[^@\s]+\.[^@\s]+$"), Form()]
Quantity = Annotated[int, Form(ge=1, le=999)]
Money = Annotated[float, Form(ge=0, le=1_000_000, allow_inf_nan=False)]
