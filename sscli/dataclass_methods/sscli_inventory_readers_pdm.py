"""The methods of sscli.inventory.readers.pdm's dataclasses as `dataclasses` writes them: generated, do
not edit (regenerate: python -m sscli.dataclass_methods)."""
# fmt: off
CODE = {}
def __create_fn__(_type_package, _type_groups, _type_marker, _type_requirements, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_requirements, _return_type):
 def __init__(self,package:_type_package,groups:_type_groups,marker:_type_marker,requirements:_type_requirements=_HAS_DEFAULT_FACTORY)->_return_type:
  self.package=package
  self.groups=groups
  self.marker=marker
  self.requirements=_dflt_requirements() if requirements is _HAS_DEFAULT_FACTORY else requirements
 return __init__
CODE['def __create_fn__(_type_package, _type_groups, _type_marker, _type_requirements, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_requirements, _return_type):\n def __init__(self,package:_type_package,groups:_type_groups,marker:_type_marker,requirements:_type_requirements=_HAS_DEFAULT_FACTORY)->_return_type:\n  self.package=package\n  self.groups=groups\n  self.marker=marker\n  self.requirements=_dflt_requirements() if requirements is _HAS_DEFAULT_FACTORY else requirements\n return __init__'] = __create_fn__.__code__
def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(package={self.package!r}, groups={self.groups!r}, marker={self.marker!r}, requirements={self.requirements!r})"
 return __repr__
CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(package={self.package!r}, groups={self.groups!r}, marker={self.marker!r}, requirements={self.requirements!r})"\n return __repr__'] = __create_fn__.__code__
def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.package,self.groups,self.marker,self.requirements,)==(other.package,other.groups,other.marker,other.requirements,)
  return NotImplemented
 return __eq__
CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.package,self.groups,self.marker,self.requirements,)==(other.package,other.groups,other.marker,other.requirements,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__
