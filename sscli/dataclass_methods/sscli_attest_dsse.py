"""The methods of sscli.attest.dsse's dataclasses as `dataclasses` writes them: generated, do
not edit (regenerate: python -m sscli.dataclass_methods)."""
# fmt: off
CODE = {}
def __create_fn__(_type_keyid, _type_sig, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,keyid:_type_keyid,sig:_type_sig)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'keyid',keyid)
  __dataclass_builtins_object__.__setattr__(self,'sig',sig)
 return __init__
CODE["def __create_fn__(_type_keyid, _type_sig, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,keyid:_type_keyid,sig:_type_sig)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'keyid',keyid)\n  __dataclass_builtins_object__.__setattr__(self,'sig',sig)\n return __init__"] = __create_fn__.__code__
def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(keyid={self.keyid!r}, sig={self.sig!r})"
 return __repr__
CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(keyid={self.keyid!r}, sig={self.sig!r})"\n return __repr__'] = __create_fn__.__code__
def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.keyid,self.sig,)==(other.keyid,other.sig,)
  return NotImplemented
 return __eq__
CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.keyid,self.sig,)==(other.keyid,other.sig,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('keyid','sig',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'keyid\',\'sig\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('keyid','sig',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'keyid\',\'sig\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__
def __create_fn__():
 def __hash__(self):
  return hash((self.keyid,self.sig,))
 return __hash__
CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.keyid,self.sig,))\n return __hash__'] = __create_fn__.__code__
def __create_fn__(_type_payload, _type_payload_type, _type_signatures, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_signatures, _return_type):
 def __init__(self,payload:_type_payload,payload_type:_type_payload_type,signatures:_type_signatures=_dflt_signatures)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'payload',payload)
  __dataclass_builtins_object__.__setattr__(self,'payload_type',payload_type)
  __dataclass_builtins_object__.__setattr__(self,'signatures',signatures)
 return __init__
CODE["def __create_fn__(_type_payload, _type_payload_type, _type_signatures, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_signatures, _return_type):\n def __init__(self,payload:_type_payload,payload_type:_type_payload_type,signatures:_type_signatures=_dflt_signatures)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'payload',payload)\n  __dataclass_builtins_object__.__setattr__(self,'payload_type',payload_type)\n  __dataclass_builtins_object__.__setattr__(self,'signatures',signatures)\n return __init__"] = __create_fn__.__code__
def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(payload={self.payload!r}, payload_type={self.payload_type!r}, signatures={self.signatures!r})"
 return __repr__
CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(payload={self.payload!r}, payload_type={self.payload_type!r}, signatures={self.signatures!r})"\n return __repr__'] = __create_fn__.__code__
def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.payload,self.payload_type,self.signatures,)==(other.payload,other.payload_type,other.signatures,)
  return NotImplemented
 return __eq__
CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.payload,self.payload_type,self.signatures,)==(other.payload,other.payload_type,other.signatures,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('payload','payload_type','signatures',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'payload\',\'payload_type\',\'signatures\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('payload','payload_type','signatures',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'payload\',\'payload_type\',\'signatures\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__
def __create_fn__():
 def __hash__(self):
  return hash((self.payload,self.payload_type,self.signatures,))
 return __hash__
CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.payload,self.payload_type,self.signatures,))\n return __hash__'] = __create_fn__.__code__
