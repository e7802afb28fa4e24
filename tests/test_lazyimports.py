"""Deferred imports (sscli/lazyimports.py). securesystemslib's signers load without boto3 or
botocore, and its AWS KMS signer still reaches the real boto3, and catches botocore's real
errors, when it is used; dataclasses loads without inspect, and a class without a docstring
still gets the one dataclasses writes."""

from __future__ import annotations

import subprocess
import sys

_PROBE = """
import sys
import sscli
from securesystemslib.signer import SIGNER_FOR_URI_SCHEME
from securesystemslib.signer import _aws_signer
assert "boto3.session" not in sys.modules and "botocore.session" not in sys.modules
assert "botocore" not in sys.modules  # not even its exceptions module
assert _aws_signer.AWS_IMPORT_ERROR is None, _aws_signer.AWS_IMPORT_ERROR
assert SIGNER_FOR_URI_SCHEME["awskms"] is _aws_signer.AWSSigner
client = _aws_signer.boto3.client("kms", region_name="eu-west-1", aws_access_key_id="x",
                                  aws_secret_access_key="y")
import boto3
assert type(client).__module__ == "botocore.client", type(client)
assert sys.modules["boto3"] is boto3 and hasattr(boto3, "session")
# Once a client exists, the signer catches botocore's own errors (it names them in `except`).
import botocore.exceptions
assert _aws_signer.BotoCoreError is botocore.exceptions.BotoCoreError
assert _aws_signer.ClientError is botocore.exceptions.ClientError
print("ok")
"""


def test_signers_load_without_boto3_and_aws_kms_gets_the_real_client() -> None:
    result = subprocess.run(
        [sys.executable, "-c", _PROBE], capture_output=True, text=True, check=False
    )
    assert result.stdout.strip() == "ok", result.stderr


_INSPECT_PROBE = """
import sys
import sscli
from dataclasses import dataclass, fields
@dataclass(frozen=True)
class Documented:
    '''Has a docstring: dataclasses needs no inspect.'''
    x: int
assert "inspect" not in sys.modules
@dataclass
class Bare:
    x: int
    y: str = "a"
assert Bare.__doc__ == "Bare(x: int, y: str = 'a')", Bare.__doc__
import inspect, dataclasses
assert dataclasses.inspect.signature is inspect.signature
assert [f.name for f in fields(Documented)] == ["x"] and Documented(1) == Documented(1)
print("ok")
"""


def test_dataclasses_import_inspect_only_for_a_class_without_a_docstring() -> None:
    result = subprocess.run(
        [sys.executable, "-c", _INSPECT_PROBE], capture_output=True, text=True, check=False
    )
    assert result.stdout.strip() == "ok", result.stderr
