"""The methods of sscli.pipeline.run's dataclasses as `dataclasses` writes them: generated, do
not edit (regenerate: python -m sscli.dataclass_methods)."""
# fmt: off
CODE = {}
def __create_fn__(_type_name, _type_status, _type_seconds, _type_reason, _type_exit_code, _type_link, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_reason, _dflt_exit_code, _dflt_link, _return_type):
 def __init__(self,name:_type_name,status:_type_status,seconds:_type_seconds,reason:_type_reason=_dflt_reason,exit_code:_type_exit_code=_dflt_exit_code,link:_type_link=_dflt_link)->_return_type:
  self.name=name
  self.status=status
  self.seconds=seconds
  self.reason=reason
  self.exit_code=exit_code
  self.link=link
 return __init__
CODE['def __create_fn__(_type_name, _type_status, _type_seconds, _type_reason, _type_exit_code, _type_link, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_reason, _dflt_exit_code, _dflt_link, _return_type):\n def __init__(self,name:_type_name,status:_type_status,seconds:_type_seconds,reason:_type_reason=_dflt_reason,exit_code:_type_exit_code=_dflt_exit_code,link:_type_link=_dflt_link)->_return_type:\n  self.name=name\n  self.status=status\n  self.seconds=seconds\n  self.reason=reason\n  self.exit_code=exit_code\n  self.link=link\n return __init__'] = __create_fn__.__code__
def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(name={self.name!r}, status={self.status!r}, seconds={self.seconds!r}, reason={self.reason!r}, exit_code={self.exit_code!r}, link={self.link!r})"
 return __repr__
CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(name={self.name!r}, status={self.status!r}, seconds={self.seconds!r}, reason={self.reason!r}, exit_code={self.exit_code!r}, link={self.link!r})"\n return __repr__'] = __create_fn__.__code__
def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.name,self.status,self.seconds,self.reason,self.exit_code,self.link,)==(other.name,other.status,other.seconds,other.reason,other.exit_code,other.link,)
  return NotImplemented
 return __eq__
CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.name,self.status,self.seconds,self.reason,self.exit_code,self.link,)==(other.name,other.status,other.seconds,other.reason,other.exit_code,other.link,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__
