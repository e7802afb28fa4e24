"""The methods of sscli.build.rebuild's dataclasses as `dataclasses` writes them: generated, do
not edit (regenerate: python -m sscli.dataclass_methods)."""
# fmt: off
CODE = {}
def __create_fn__(_type_name, _type_version, _type_verdict, _type_sdist, _type_wheel, _type_comparison, _type_dependencies, _type_log_tail, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_sdist, _dflt_wheel, _dflt_comparison, _dflt_dependencies, _dflt_log_tail, _return_type):
 def __init__(self,name:_type_name,version:_type_version,verdict:_type_verdict,sdist:_type_sdist=_dflt_sdist,wheel:_type_wheel=_dflt_wheel,comparison:_type_comparison=_dflt_comparison,dependencies:_type_dependencies=_HAS_DEFAULT_FACTORY,log_tail:_type_log_tail=_dflt_log_tail)->_return_type:
  self.name=name
  self.version=version
  self.verdict=verdict
  self.sdist=sdist
  self.wheel=wheel
  self.comparison=comparison
  self.dependencies=_dflt_dependencies() if dependencies is _HAS_DEFAULT_FACTORY else dependencies
  self.log_tail=log_tail
 return __init__
CODE['def __create_fn__(_type_name, _type_version, _type_verdict, _type_sdist, _type_wheel, _type_comparison, _type_dependencies, _type_log_tail, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_sdist, _dflt_wheel, _dflt_comparison, _dflt_dependencies, _dflt_log_tail, _return_type):\n def __init__(self,name:_type_name,version:_type_version,verdict:_type_verdict,sdist:_type_sdist=_dflt_sdist,wheel:_type_wheel=_dflt_wheel,comparison:_type_comparison=_dflt_comparison,dependencies:_type_dependencies=_HAS_DEFAULT_FACTORY,log_tail:_type_log_tail=_dflt_log_tail)->_return_type:\n  self.name=name\n  self.version=version\n  self.verdict=verdict\n  self.sdist=sdist\n  self.wheel=wheel\n  self.comparison=comparison\n  self.dependencies=_dflt_dependencies() if dependencies is _HAS_DEFAULT_FACTORY else dependencies\n  self.log_tail=log_tail\n return __init__'] = __create_fn__.__code__
def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(name={self.name!r}, version={self.version!r}, verdict={self.verdict!r}, sdist={self.sdist!r}, wheel={self.wheel!r}, comparison={self.comparison!r}, dependencies={self.dependencies!r}, log_tail={self.log_tail!r})"
 return __repr__
CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(name={self.name!r}, version={self.version!r}, verdict={self.verdict!r}, sdist={self.sdist!r}, wheel={self.wheel!r}, comparison={self.comparison!r}, dependencies={self.dependencies!r}, log_tail={self.log_tail!r})"\n return __repr__'] = __create_fn__.__code__
def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.name,self.version,self.verdict,self.sdist,self.wheel,self.comparison,self.dependencies,self.log_tail,)==(other.name,other.version,other.verdict,other.sdist,other.wheel,other.comparison,other.dependencies,other.log_tail,)
  return NotImplemented
 return __eq__
CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.name,self.version,self.verdict,self.sdist,self.wheel,self.comparison,self.dependencies,self.log_tail,)==(other.name,other.version,other.verdict,other.sdist,other.wheel,other.comparison,other.dependencies,other.log_tail,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__
