"""Print the status and length of what a URL answers."""

import sys

import urllib3


def main() -> None:
    """`fetch URL`."""
    response = urllib3.PoolManager().request("GET", sys.argv[1])
    print(response.status, len(response.data))
