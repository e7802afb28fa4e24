"""The methods of sscli.stores.oci.vulndb's dataclasses as `dataclasses` writes them: generated, do
not edit (regenerate: python -m sscli.dataclass_methods)."""
# fmt: off
CODE = {}
def __create_fn__(_type_digest, _type_sha256, _type_source, _type_imported_at, _type_signed_by, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,digest:_type_digest,sha256:_type_sha256,source:_type_source,imported_at:_type_imported_at,signed_by:_type_signed_by)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'digest',digest)
  __dataclass_builtins_object__.__setattr__(self,'sha256',sha256)
  __dataclass_builtins_object__.__setattr__(self,'source',source)
  __dataclass_builtins_object__.__setattr__(self,'imported_at',imported_at)
  __dataclass_builtins_object__.__setattr__(self,'signed_by',signed_by)
 return __init__
CODE["def __create_fn__(_type_digest, _type_sha256, _type_source, _type_imported_at, _type_signed_by, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,digest:_type_digest,sha256:_type_sha256,source:_type_source,imported_at:_type_imported_at,signed_by:_type_signed_by)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'digest',digest)\n  __dataclass_builtins_object__.__setattr__(self,'sha256',sha256)\n  __dataclass_builtins_object__.__setattr__(self,'source',source)\n  __dataclass_builtins_object__.__setattr__(self,'imported_at',imported_at)\n  __dataclass_builtins_object__.__setattr__(self,'signed_by',signed_by)\n return __init__"] = __create_fn__.__code__
def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(digest={self.digest!r}, sha256={self.sha256!r}, source={self.source!r}, imported_at={self.imported_at!r}, signed_by={self.signed_by!r})"
 return __repr__
CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(digest={self.digest!r}, sha256={self.sha256!r}, source={self.source!r}, imported_at={self.imported_at!r}, signed_by={self.signed_by!r})"\n return __repr__'] = __create_fn__.__code__
def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.digest,self.sha256,self.source,self.imported_at,self.signed_by,)==(other.digest,other.sha256,other.source,other.imported_at,other.signed_by,)
  return NotImplemented
 return __eq__
CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.digest,self.sha256,self.source,self.imported_at,self.signed_by,)==(other.digest,other.sha256,other.source,other.imported_at,other.signed_by,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('digest','sha256','source','imported_at','signed_by',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'digest\',\'sha256\',\'source\',\'imported_at\',\'signed_by\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('digest','sha256','source','imported_at','signed_by',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'digest\',\'sha256\',\'source\',\'imported_at\',\'signed_by\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__
def __create_fn__():
 def __hash__(self):
  return hash((self.digest,self.sha256,self.source,self.imported_at,self.signed_by,))
 return __hash__
CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.digest,self.sha256,self.source,self.imported_at,self.signed_by,))\n return __hash__'] = __create_fn__.__code__
