"""The methods of sscli.inventory.readers.poetry_project's dataclasses as `dataclasses` writes them: generated, do
not edit (regenerate: python -m sscli.dataclass_methods)."""
# fmt: off
CODE = {}
def __create_fn__(_type_deps, _type_groups, _type_optional, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_deps, _dflt_groups, _dflt_optional, _return_type):
 def __init__(self,deps:_type_deps=_dflt_deps,groups:_type_groups=_HAS_DEFAULT_FACTORY,optional:_type_optional=_HAS_DEFAULT_FACTORY)->_return_type:
  self.deps=deps
  self.groups=_dflt_groups() if groups is _HAS_DEFAULT_FACTORY else groups
  self.optional=_dflt_optional() if optional is _HAS_DEFAULT_FACTORY else optional
 return __init__
CODE['def __create_fn__(_type_deps, _type_groups, _type_optional, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_deps, _dflt_groups, _dflt_optional, _return_type):\n def __init__(self,deps:_type_deps=_dflt_deps,groups:_type_groups=_HAS_DEFAULT_FACTORY,optional:_type_optional=_HAS_DEFAULT_FACTORY)->_return_type:\n  self.deps=deps\n  self.groups=_dflt_groups() if groups is _HAS_DEFAULT_FACTORY else groups\n  self.optional=_dflt_optional() if optional is _HAS_DEFAULT_FACTORY else optional\n return __init__'] = __create_fn__.__code__
def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(deps={self.deps!r}, groups={self.groups!r}, optional={self.optional!r})"
 return __repr__
CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(deps={self.deps!r}, groups={self.groups!r}, optional={self.optional!r})"\n return __repr__'] = __create_fn__.__code__
def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.deps,self.groups,self.optional,)==(other.deps,other.groups,other.optional,)
  return NotImplemented
 return __eq__
CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.deps,self.groups,self.optional,)==(other.deps,other.groups,other.optional,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__
