"""The methods of sscli.verify.signers's dataclasses as `dataclasses` writes them: generated, do
not edit (regenerate: python -m sscli.dataclass_methods)."""
# fmt: off
CODE = {}
def __create_fn__(_type_signer, _type_keys, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,signer:_type_signer,keys:_type_keys)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'signer',signer)
  __dataclass_builtins_object__.__setattr__(self,'keys',keys)
 return __init__
CODE["def __create_fn__(_type_signer, _type_keys, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,signer:_type_signer,keys:_type_keys)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'signer',signer)\n  __dataclass_builtins_object__.__setattr__(self,'keys',keys)\n return __init__"] = __create_fn__.__code__
def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(signer={self.signer!r}, keys={self.keys!r})"
 return __repr__
CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(signer={self.signer!r}, keys={self.keys!r})"\n return __repr__'] = __create_fn__.__code__
def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.signer,self.keys,)==(other.signer,other.keys,)
  return NotImplemented
 return __eq__
CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.signer,self.keys,)==(other.signer,other.keys,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('signer','keys',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'signer\',\'keys\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('signer','keys',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'signer\',\'keys\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__
def __create_fn__():
 def __hash__(self):
  return hash((self.signer,self.keys,))
 return __hash__
CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.signer,self.keys,))\n return __hash__'] = __create_fn__.__code__
def __create_fn__(_type_signer, _type_entry, _type_spec, _type_pattern, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_pattern, _return_type):
 def __init__(self,signer:_type_signer,entry:_type_entry,spec:_type_spec,pattern:_type_pattern=_dflt_pattern)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'signer',signer)
  __dataclass_builtins_object__.__setattr__(self,'entry',entry)
  __dataclass_builtins_object__.__setattr__(self,'spec',spec)
  __dataclass_builtins_object__.__setattr__(self,'pattern',pattern)
 return __init__
CODE["def __create_fn__(_type_signer, _type_entry, _type_spec, _type_pattern, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_pattern, _return_type):\n def __init__(self,signer:_type_signer,entry:_type_entry,spec:_type_spec,pattern:_type_pattern=_dflt_pattern)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'signer',signer)\n  __dataclass_builtins_object__.__setattr__(self,'entry',entry)\n  __dataclass_builtins_object__.__setattr__(self,'spec',spec)\n  __dataclass_builtins_object__.__setattr__(self,'pattern',pattern)\n return __init__"] = __create_fn__.__code__
def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(signer={self.signer!r}, entry={self.entry!r}, spec={self.spec!r}, pattern={self.pattern!r})"
 return __repr__
CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(signer={self.signer!r}, entry={self.entry!r}, spec={self.spec!r}, pattern={self.pattern!r})"\n return __repr__'] = __create_fn__.__code__
def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.signer,self.entry,self.spec,self.pattern,)==(other.signer,other.entry,other.spec,other.pattern,)
  return NotImplemented
 return __eq__
CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.signer,self.entry,self.spec,self.pattern,)==(other.signer,other.entry,other.spec,other.pattern,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('signer','entry','spec','pattern',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'signer\',\'entry\',\'spec\',\'pattern\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('signer','entry','spec','pattern',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'signer\',\'entry\',\'spec\',\'pattern\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__
def __create_fn__():
 def __hash__(self):
  return hash((self.signer,self.entry,self.spec,self.pattern,))
 return __hash__
CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.signer,self.entry,self.spec,self.pattern,))\n return __hash__'] = __create_fn__.__code__
