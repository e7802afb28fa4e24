"""The methods of sscli.attest.signing's dataclasses as `dataclasses` writes them: generated, do
not edit (regenerate: python -m sscli.dataclass_methods)."""
# fmt: off
CODE = {}
def __create_fn__(_type_reference, _type_public_key, _type_passphrase_env, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_public_key, _dflt_passphrase_env, _return_type):
 def __init__(self,reference:_type_reference,public_key:_type_public_key=_dflt_public_key,passphrase_env:_type_passphrase_env=_dflt_passphrase_env)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'reference',reference)
  __dataclass_builtins_object__.__setattr__(self,'public_key',public_key)
  __dataclass_builtins_object__.__setattr__(self,'passphrase_env',passphrase_env)
 return __init__
CODE["def __create_fn__(_type_reference, _type_public_key, _type_passphrase_env, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_public_key, _dflt_passphrase_env, _return_type):\n def __init__(self,reference:_type_reference,public_key:_type_public_key=_dflt_public_key,passphrase_env:_type_passphrase_env=_dflt_passphrase_env)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'reference',reference)\n  __dataclass_builtins_object__.__setattr__(self,'public_key',public_key)\n  __dataclass_builtins_object__.__setattr__(self,'passphrase_env',passphrase_env)\n return __init__"] = __create_fn__.__code__
def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(reference={self.reference!r}, public_key={self.public_key!r}, passphrase_env={self.passphrase_env!r})"
 return __repr__
CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(reference={self.reference!r}, public_key={self.public_key!r}, passphrase_env={self.passphrase_env!r})"\n return __repr__'] = __create_fn__.__code__
def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.reference,self.public_key,self.passphrase_env,)==(other.reference,other.public_key,other.passphrase_env,)
  return NotImplemented
 return __eq__
CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.reference,self.public_key,self.passphrase_env,)==(other.reference,other.public_key,other.passphrase_env,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('reference','public_key','passphrase_env',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'reference\',\'public_key\',\'passphrase_env\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('reference','public_key','passphrase_env',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'reference\',\'public_key\',\'passphrase_env\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__
def __create_fn__():
 def __hash__(self):
  return hash((self.reference,self.public_key,self.passphrase_env,))
 return __hash__
CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.reference,self.public_key,self.passphrase_env,))\n return __hash__'] = __create_fn__.__code__
