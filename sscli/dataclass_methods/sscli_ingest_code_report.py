"""The methods of sscli.ingest.code.report's dataclasses as `dataclasses` writes them: generated, do
not edit (regenerate: python -m sscli.dataclass_methods)."""
# fmt: off
CODE = {}
def __create_fn__(_type_path, _type_checks, _type_seconds, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,path:_type_path,checks:_type_checks,seconds:_type_seconds)->_return_type:
  self.path=path
  self.checks=checks
  self.seconds=seconds
 return __init__
CODE['def __create_fn__(_type_path, _type_checks, _type_seconds, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,path:_type_path,checks:_type_checks,seconds:_type_seconds)->_return_type:\n  self.path=path\n  self.checks=checks\n  self.seconds=seconds\n return __init__'] = __create_fn__.__code__
def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(path={self.path!r}, checks={self.checks!r}, seconds={self.seconds!r})"
 return __repr__
CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(path={self.path!r}, checks={self.checks!r}, seconds={self.seconds!r})"\n return __repr__'] = __create_fn__.__code__
def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.path,self.checks,self.seconds,)==(other.path,other.checks,other.seconds,)
  return NotImplemented
 return __eq__
CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.path,self.checks,self.seconds,)==(other.path,other.checks,other.seconds,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__
