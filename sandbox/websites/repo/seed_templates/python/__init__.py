"""<<project>>: <<desc>>"""

from .<<m0>> import <<C0>>, load_<<m0>>
from .<<m1>> import <<C1>>

__all__ = ["<<C0>>", "<<C1>>", "load_<<m0>>"]
__version__ = "0.4.2"
