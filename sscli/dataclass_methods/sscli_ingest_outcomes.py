"""The methods of sscli.ingest.outcomes's dataclasses as `dataclasses` writes them: generated, do
not edit (regenerate: python -m sscli.dataclass_methods)."""
# fmt: off
CODE = {}
def __create_fn__(_type_package, _type_filename, _type_sha256, _type_checks, _type_status, _type_entry, _type_built, _type_identity, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_entry, _dflt_built, _dflt_identity, _return_type):
 def __init__(self,package:_type_package,filename:_type_filename,sha256:_type_sha256,checks:_type_checks,status:_type_status,entry:_type_entry=_dflt_entry,built:_type_built=_dflt_built,identity:_type_identity=_dflt_identity)->_return_type:
  self.package=package
  self.filename=filename
  self.sha256=sha256
  self.checks=checks
  self.status=status
  self.entry=entry
  self.built=built
  self.identity=identity
 return __init__
CODE['def __create_fn__(_type_package, _type_filename, _type_sha256, _type_checks, _type_status, _type_entry, _type_built, _type_identity, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_entry, _dflt_built, _dflt_identity, _return_type):\n def __init__(self,package:_type_package,filename:_type_filename,sha256:_type_sha256,checks:_type_checks,status:_type_status,entry:_type_entry=_dflt_entry,built:_type_built=_dflt_built,identity:_type_identity=_dflt_identity)->_return_type:\n  self.package=package\n  self.filename=filename\n  self.sha256=sha256\n  self.checks=checks\n  self.status=status\n  self.entry=entry\n  self.built=built\n  self.identity=identity\n return __init__'] = __create_fn__.__code__
def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(package={self.package!r}, filename={self.filename!r}, sha256={self.sha256!r}, checks={self.checks!r}, status={self.status!r}, entry={self.entry!r}, built={self.built!r}, identity={self.identity!r})"
 return __repr__
CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(package={self.package!r}, filename={self.filename!r}, sha256={self.sha256!r}, checks={self.checks!r}, status={self.status!r}, entry={self.entry!r}, built={self.built!r}, identity={self.identity!r})"\n return __repr__'] = __create_fn__.__code__
def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.package,self.filename,self.sha256,self.checks,self.status,self.entry,self.built,self.identity,)==(other.package,other.filename,other.sha256,other.checks,other.status,other.entry,other.built,other.identity,)
  return NotImplemented
 return __eq__
CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.package,self.filename,self.sha256,self.checks,self.status,self.entry,self.built,self.identity,)==(other.package,other.filename,other.sha256,other.checks,other.status,other.entry,other.built,other.identity,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__
def __create_fn__(_type_outcomes, _type_pinned, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_outcomes, _dflt_pinned, _return_type):
 def __init__(self,outcomes:_type_outcomes=_HAS_DEFAULT_FACTORY,pinned:_type_pinned=_HAS_DEFAULT_FACTORY)->_return_type:
  self.outcomes=_dflt_outcomes() if outcomes is _HAS_DEFAULT_FACTORY else outcomes
  self.pinned=_dflt_pinned() if pinned is _HAS_DEFAULT_FACTORY else pinned
 return __init__
CODE['def __create_fn__(_type_outcomes, _type_pinned, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_outcomes, _dflt_pinned, _return_type):\n def __init__(self,outcomes:_type_outcomes=_HAS_DEFAULT_FACTORY,pinned:_type_pinned=_HAS_DEFAULT_FACTORY)->_return_type:\n  self.outcomes=_dflt_outcomes() if outcomes is _HAS_DEFAULT_FACTORY else outcomes\n  self.pinned=_dflt_pinned() if pinned is _HAS_DEFAULT_FACTORY else pinned\n return __init__'] = __create_fn__.__code__
def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(outcomes={self.outcomes!r}, pinned={self.pinned!r})"
 return __repr__
CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(outcomes={self.outcomes!r}, pinned={self.pinned!r})"\n return __repr__'] = __create_fn__.__code__
def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.outcomes,self.pinned,)==(other.outcomes,other.pinned,)
  return NotImplemented
 return __eq__
CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.outcomes,self.pinned,)==(other.outcomes,other.pinned,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__
def __create_fn__(_type_found, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,found:_type_found)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'found',found)
 return __init__
CODE["def __create_fn__(_type_found, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,found:_type_found)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'found',found)\n return __init__"] = __create_fn__.__code__
def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(found={self.found!r})"
 return __repr__
CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(found={self.found!r})"\n return __repr__'] = __create_fn__.__code__
def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.found,)==(other.found,)
  return NotImplemented
 return __eq__
CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.found,)==(other.found,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('found',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'found\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('found',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'found\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__
def __create_fn__():
 def __hash__(self):
  return hash((self.found,))
 return __hash__
CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.found,))\n return __hash__'] = __create_fn__.__code__
