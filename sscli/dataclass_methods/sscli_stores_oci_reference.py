"""The methods of sscli.stores.oci.reference's dataclasses as `dataclasses` writes them: generated, do
not edit (regenerate: python -m sscli.dataclass_methods)."""
# fmt: off
CODE = {}
def __create_fn__(_type_registry, _type_repository, _type_tag, _type_digest, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_tag, _dflt_digest, _return_type):
 def __init__(self,registry:_type_registry,repository:_type_repository,tag:_type_tag=_dflt_tag,digest:_type_digest=_dflt_digest)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'registry',registry)
  __dataclass_builtins_object__.__setattr__(self,'repository',repository)
  __dataclass_builtins_object__.__setattr__(self,'tag',tag)
  __dataclass_builtins_object__.__setattr__(self,'digest',digest)
 return __init__
CODE["def __create_fn__(_type_registry, _type_repository, _type_tag, _type_digest, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_tag, _dflt_digest, _return_type):\n def __init__(self,registry:_type_registry,repository:_type_repository,tag:_type_tag=_dflt_tag,digest:_type_digest=_dflt_digest)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'registry',registry)\n  __dataclass_builtins_object__.__setattr__(self,'repository',repository)\n  __dataclass_builtins_object__.__setattr__(self,'tag',tag)\n  __dataclass_builtins_object__.__setattr__(self,'digest',digest)\n return __init__"] = __create_fn__.__code__
def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(registry={self.registry!r}, repository={self.repository!r}, tag={self.tag!r}, digest={self.digest!r})"
 return __repr__
CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(registry={self.registry!r}, repository={self.repository!r}, tag={self.tag!r}, digest={self.digest!r})"\n return __repr__'] = __create_fn__.__code__
def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.registry,self.repository,self.tag,self.digest,)==(other.registry,other.repository,other.tag,other.digest,)
  return NotImplemented
 return __eq__
CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.registry,self.repository,self.tag,self.digest,)==(other.registry,other.repository,other.tag,other.digest,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('registry','repository','tag','digest',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'registry\',\'repository\',\'tag\',\'digest\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('registry','repository','tag','digest',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'registry\',\'repository\',\'tag\',\'digest\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__
def __create_fn__():
 def __hash__(self):
  return hash((self.registry,self.repository,self.tag,self.digest,))
 return __hash__
CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.registry,self.repository,self.tag,self.digest,))\n return __hash__'] = __create_fn__.__code__
