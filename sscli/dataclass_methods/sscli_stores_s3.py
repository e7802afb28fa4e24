"""The methods of sscli.stores.s3's dataclasses as `dataclasses` writes them: generated, do
not edit (regenerate: python -m sscli.dataclass_methods)."""
# fmt: off
CODE = {}
def __create_fn__(_type_bucket, _type_prefix, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,bucket:_type_bucket,prefix:_type_prefix)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'bucket',bucket)
  __dataclass_builtins_object__.__setattr__(self,'prefix',prefix)
 return __init__
CODE["def __create_fn__(_type_bucket, _type_prefix, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,bucket:_type_bucket,prefix:_type_prefix)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'bucket',bucket)\n  __dataclass_builtins_object__.__setattr__(self,'prefix',prefix)\n return __init__"] = __create_fn__.__code__
def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(bucket={self.bucket!r}, prefix={self.prefix!r})"
 return __repr__
CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(bucket={self.bucket!r}, prefix={self.prefix!r})"\n return __repr__'] = __create_fn__.__code__
def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.bucket,self.prefix,)==(other.bucket,other.prefix,)
  return NotImplemented
 return __eq__
CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.bucket,self.prefix,)==(other.bucket,other.prefix,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('bucket','prefix',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'bucket\',\'prefix\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('bucket','prefix',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'bucket\',\'prefix\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__
def __create_fn__():
 def __hash__(self):
  return hash((self.bucket,self.prefix,))
 return __hash__
CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.bucket,self.prefix,))\n return __hash__'] = __create_fn__.__code__
def __create_fn__(_type_added, _type_present, _type_missing, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,added:_type_added,present:_type_present,missing:_type_missing)->_return_type:
  self.added=added
  self.present=present
  self.missing=missing
 return __init__
CODE['def __create_fn__(_type_added, _type_present, _type_missing, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,added:_type_added,present:_type_present,missing:_type_missing)->_return_type:\n  self.added=added\n  self.present=present\n  self.missing=missing\n return __init__'] = __create_fn__.__code__
def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(added={self.added!r}, present={self.present!r}, missing={self.missing!r})"
 return __repr__
CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(added={self.added!r}, present={self.present!r}, missing={self.missing!r})"\n return __repr__'] = __create_fn__.__code__
def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.added,self.present,self.missing,)==(other.added,other.present,other.missing,)
  return NotImplemented
 return __eq__
CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.added,self.present,self.missing,)==(other.added,other.present,other.missing,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__
