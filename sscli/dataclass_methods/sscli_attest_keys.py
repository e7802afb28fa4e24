"""The methods of sscli.attest.keys's dataclasses as `dataclasses` writes them: generated, do
not edit (regenerate: python -m sscli.dataclass_methods)."""
# fmt: off
CODE = {}
def __create_fn__(_type_key_type, _type_keyid, _type_scheme, _type_development, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_development, _return_type):
 def __init__(self,key_type:_type_key_type,keyid:_type_keyid,scheme:_type_scheme,development:_type_development=_dflt_development)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'key_type',key_type)
  __dataclass_builtins_object__.__setattr__(self,'keyid',keyid)
  __dataclass_builtins_object__.__setattr__(self,'scheme',scheme)
  __dataclass_builtins_object__.__setattr__(self,'development',development)
 return __init__
CODE["def __create_fn__(_type_key_type, _type_keyid, _type_scheme, _type_development, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_development, _return_type):\n def __init__(self,key_type:_type_key_type,keyid:_type_keyid,scheme:_type_scheme,development:_type_development=_dflt_development)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'key_type',key_type)\n  __dataclass_builtins_object__.__setattr__(self,'keyid',keyid)\n  __dataclass_builtins_object__.__setattr__(self,'scheme',scheme)\n  __dataclass_builtins_object__.__setattr__(self,'development',development)\n return __init__"] = __create_fn__.__code__
def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(key_type={self.key_type!r}, keyid={self.keyid!r}, scheme={self.scheme!r}, development={self.development!r})"
 return __repr__
CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(key_type={self.key_type!r}, keyid={self.keyid!r}, scheme={self.scheme!r}, development={self.development!r})"\n return __repr__'] = __create_fn__.__code__
def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.key_type,self.keyid,self.scheme,self.development,)==(other.key_type,other.keyid,other.scheme,other.development,)
  return NotImplemented
 return __eq__
CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.key_type,self.keyid,self.scheme,self.development,)==(other.key_type,other.keyid,other.scheme,other.development,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('key_type','keyid','scheme','development',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'key_type\',\'keyid\',\'scheme\',\'development\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('key_type','keyid','scheme','development',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'key_type\',\'keyid\',\'scheme\',\'development\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__
def __create_fn__():
 def __hash__(self):
  return hash((self.key_type,self.keyid,self.scheme,self.development,))
 return __hash__
CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.key_type,self.keyid,self.scheme,self.development,))\n return __hash__'] = __create_fn__.__code__
