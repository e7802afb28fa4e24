"""sscli: a secure software factory for Python projects."""

from sscli import dataclass_methods, lazyimports

__version__ = "0.1.0"

lazyimports.defer_aws_sdk()
lazyimports.defer_inspect(then=dataclass_methods.use_generated)
