"""The methods of sscli.ingest.code.context's dataclasses as `dataclasses` writes them: generated, do
not edit (regenerate: python -m sscli.dataclass_methods)."""
# fmt: off
CODE = {}
def __create_fn__(_type_archive, _type_pure, _type_project, _type_phases, _type_bundled_binaries, _type_add, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_phases, _dflt_bundled_binaries, _dflt_add, _return_type):
 def __init__(self,archive:_type_archive,pure:_type_pure,project:_type_project,phases:_type_phases=_HAS_DEFAULT_FACTORY,bundled_binaries:_type_bundled_binaries=_dflt_bundled_binaries,add:_type_add=_dflt_add)->_return_type:
  self.archive=archive
  self.pure=pure
  self.project=project
  self.phases=_dflt_phases() if phases is _HAS_DEFAULT_FACTORY else phases
  self.bundled_binaries=bundled_binaries
  self.add=add
 return __init__
CODE['def __create_fn__(_type_archive, _type_pure, _type_project, _type_phases, _type_bundled_binaries, _type_add, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_phases, _dflt_bundled_binaries, _dflt_add, _return_type):\n def __init__(self,archive:_type_archive,pure:_type_pure,project:_type_project,phases:_type_phases=_HAS_DEFAULT_FACTORY,bundled_binaries:_type_bundled_binaries=_dflt_bundled_binaries,add:_type_add=_dflt_add)->_return_type:\n  self.archive=archive\n  self.pure=pure\n  self.project=project\n  self.phases=_dflt_phases() if phases is _HAS_DEFAULT_FACTORY else phases\n  self.bundled_binaries=bundled_binaries\n  self.add=add\n return __init__'] = __create_fn__.__code__
def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(archive={self.archive!r}, pure={self.pure!r}, project={self.project!r}, phases={self.phases!r}, bundled_binaries={self.bundled_binaries!r}, add={self.add!r})"
 return __repr__
CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(archive={self.archive!r}, pure={self.pure!r}, project={self.project!r}, phases={self.phases!r}, bundled_binaries={self.bundled_binaries!r}, add={self.add!r})"\n return __repr__'] = __create_fn__.__code__
def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.archive,self.pure,self.project,self.phases,self.bundled_binaries,self.add,)==(other.archive,other.pure,other.project,other.phases,other.bundled_binaries,other.add,)
  return NotImplemented
 return __eq__
CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.archive,self.pure,self.project,self.phases,self.bundled_binaries,self.add,)==(other.archive,other.pure,other.project,other.phases,other.bundled_binaries,other.add,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__
