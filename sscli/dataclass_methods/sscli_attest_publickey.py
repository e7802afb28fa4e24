"""The methods of sscli.attest.publickey's dataclasses as `dataclasses` writes them: generated, do
not edit (regenerate: python -m sscli.dataclass_methods)."""
# fmt: off
CODE = {}
def __create_fn__(_type_keyid, _type_keytype, _type_scheme, _type_keyval, _type_crypto, _type_unrecognized_fields, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_unrecognized_fields, _return_type):
 def __init__(self,keyid:_type_keyid,keytype:_type_keytype,scheme:_type_scheme,keyval:_type_keyval,crypto:_type_crypto,unrecognized_fields:_type_unrecognized_fields=_HAS_DEFAULT_FACTORY)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'keyid',keyid)
  __dataclass_builtins_object__.__setattr__(self,'keytype',keytype)
  __dataclass_builtins_object__.__setattr__(self,'scheme',scheme)
  __dataclass_builtins_object__.__setattr__(self,'keyval',keyval)
  __dataclass_builtins_object__.__setattr__(self,'crypto',crypto)
  __dataclass_builtins_object__.__setattr__(self,'unrecognized_fields',_dflt_unrecognized_fields() if unrecognized_fields is _HAS_DEFAULT_FACTORY else unrecognized_fields)
 return __init__
CODE["def __create_fn__(_type_keyid, _type_keytype, _type_scheme, _type_keyval, _type_crypto, _type_unrecognized_fields, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_unrecognized_fields, _return_type):\n def __init__(self,keyid:_type_keyid,keytype:_type_keytype,scheme:_type_scheme,keyval:_type_keyval,crypto:_type_crypto,unrecognized_fields:_type_unrecognized_fields=_HAS_DEFAULT_FACTORY)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'keyid',keyid)\n  __dataclass_builtins_object__.__setattr__(self,'keytype',keytype)\n  __dataclass_builtins_object__.__setattr__(self,'scheme',scheme)\n  __dataclass_builtins_object__.__setattr__(self,'keyval',keyval)\n  __dataclass_builtins_object__.__setattr__(self,'crypto',crypto)\n  __dataclass_builtins_object__.__setattr__(self,'unrecognized_fields',_dflt_unrecognized_fields() if unrecognized_fields is _HAS_DEFAULT_FACTORY else unrecognized_fields)\n return __init__"] = __create_fn__.__code__
def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(keyid={self.keyid!r}, keytype={self.keytype!r}, scheme={self.scheme!r}, keyval={self.keyval!r}, unrecognized_fields={self.unrecognized_fields!r})"
 return __repr__
CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(keyid={self.keyid!r}, keytype={self.keytype!r}, scheme={self.scheme!r}, keyval={self.keyval!r}, unrecognized_fields={self.unrecognized_fields!r})"\n return __repr__'] = __create_fn__.__code__
def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.keyid,self.keytype,self.scheme,self.keyval,self.unrecognized_fields,)==(other.keyid,other.keytype,other.scheme,other.keyval,other.unrecognized_fields,)
  return NotImplemented
 return __eq__
CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.keyid,self.keytype,self.scheme,self.keyval,self.unrecognized_fields,)==(other.keyid,other.keytype,other.scheme,other.keyval,other.unrecognized_fields,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('keyid','keytype','scheme','keyval','crypto','unrecognized_fields',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'keyid\',\'keytype\',\'scheme\',\'keyval\',\'crypto\',\'unrecognized_fields\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('keyid','keytype','scheme','keyval','crypto','unrecognized_fields',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'keyid\',\'keytype\',\'scheme\',\'keyval\',\'crypto\',\'unrecognized_fields\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__
def __create_fn__():
 def __hash__(self):
  return hash((self.keyid,self.keytype,self.scheme,self.keyval,self.unrecognized_fields,))
 return __hash__
CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.keyid,self.keytype,self.scheme,self.keyval,self.unrecognized_fields,))\n return __hash__'] = __create_fn__.__code__
