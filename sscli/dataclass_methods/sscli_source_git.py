"""The methods of sscli.source.git's dataclasses as `dataclasses` writes them: generated, do
not edit (regenerate: python -m sscli.dataclass_methods)."""
# fmt: off
CODE = {}
def __create_fn__(_type_allowed_signers, _type_revocations, _type_gnupg_home, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,allowed_signers:_type_allowed_signers,revocations:_type_revocations,gnupg_home:_type_gnupg_home)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'allowed_signers',allowed_signers)
  __dataclass_builtins_object__.__setattr__(self,'revocations',revocations)
  __dataclass_builtins_object__.__setattr__(self,'gnupg_home',gnupg_home)
 return __init__
CODE["def __create_fn__(_type_allowed_signers, _type_revocations, _type_gnupg_home, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,allowed_signers:_type_allowed_signers,revocations:_type_revocations,gnupg_home:_type_gnupg_home)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'allowed_signers',allowed_signers)\n  __dataclass_builtins_object__.__setattr__(self,'revocations',revocations)\n  __dataclass_builtins_object__.__setattr__(self,'gnupg_home',gnupg_home)\n return __init__"] = __create_fn__.__code__
def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(allowed_signers={self.allowed_signers!r}, revocations={self.revocations!r}, gnupg_home={self.gnupg_home!r})"
 return __repr__
CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(allowed_signers={self.allowed_signers!r}, revocations={self.revocations!r}, gnupg_home={self.gnupg_home!r})"\n return __repr__'] = __create_fn__.__code__
def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.allowed_signers,self.revocations,self.gnupg_home,)==(other.allowed_signers,other.revocations,other.gnupg_home,)
  return NotImplemented
 return __eq__
CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.allowed_signers,self.revocations,self.gnupg_home,)==(other.allowed_signers,other.revocations,other.gnupg_home,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('allowed_signers','revocations','gnupg_home',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'allowed_signers\',\'revocations\',\'gnupg_home\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('allowed_signers','revocations','gnupg_home',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'allowed_signers\',\'revocations\',\'gnupg_home\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__
def __create_fn__():
 def __hash__(self):
  return hash((self.allowed_signers,self.revocations,self.gnupg_home,))
 return __hash__
CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.allowed_signers,self.revocations,self.gnupg_home,))\n return __hash__'] = __create_fn__.__code__
def __create_fn__(_type_oid, _type_kind, _type_data, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,oid:_type_oid,kind:_type_kind,data:_type_data)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'oid',oid)
  __dataclass_builtins_object__.__setattr__(self,'kind',kind)
  __dataclass_builtins_object__.__setattr__(self,'data',data)
 return __init__
CODE["def __create_fn__(_type_oid, _type_kind, _type_data, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,oid:_type_oid,kind:_type_kind,data:_type_data)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'oid',oid)\n  __dataclass_builtins_object__.__setattr__(self,'kind',kind)\n  __dataclass_builtins_object__.__setattr__(self,'data',data)\n return __init__"] = __create_fn__.__code__
def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(oid={self.oid!r}, kind={self.kind!r}, data={self.data!r})"
 return __repr__
CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(oid={self.oid!r}, kind={self.kind!r}, data={self.data!r})"\n return __repr__'] = __create_fn__.__code__
def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.oid,self.kind,self.data,)==(other.oid,other.kind,other.data,)
  return NotImplemented
 return __eq__
CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.oid,self.kind,self.data,)==(other.oid,other.kind,other.data,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('oid','kind','data',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'oid\',\'kind\',\'data\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('oid','kind','data',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'oid\',\'kind\',\'data\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__
def __create_fn__():
 def __hash__(self):
  return hash((self.oid,self.kind,self.data,))
 return __hash__
CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.oid,self.kind,self.data,))\n return __hash__'] = __create_fn__.__code__
