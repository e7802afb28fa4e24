"""The methods of sscli.attest.verify's dataclasses as `dataclasses` writes them: generated, do
not edit (regenerate: python -m sscli.dataclass_methods)."""
# fmt: off
CODE = {}
def __create_fn__(_type_identity, _type_issuer, _type_statement, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,identity:_type_identity,issuer:_type_issuer,statement:_type_statement)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'identity',identity)
  __dataclass_builtins_object__.__setattr__(self,'issuer',issuer)
  __dataclass_builtins_object__.__setattr__(self,'statement',statement)
 return __init__
CODE["def __create_fn__(_type_identity, _type_issuer, _type_statement, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,identity:_type_identity,issuer:_type_issuer,statement:_type_statement)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'identity',identity)\n  __dataclass_builtins_object__.__setattr__(self,'issuer',issuer)\n  __dataclass_builtins_object__.__setattr__(self,'statement',statement)\n return __init__"] = __create_fn__.__code__
def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(identity={self.identity!r}, issuer={self.issuer!r}, statement={self.statement!r})"
 return __repr__
CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(identity={self.identity!r}, issuer={self.issuer!r}, statement={self.statement!r})"\n return __repr__'] = __create_fn__.__code__
def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.identity,self.issuer,self.statement,)==(other.identity,other.issuer,other.statement,)
  return NotImplemented
 return __eq__
CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.identity,self.issuer,self.statement,)==(other.identity,other.issuer,other.statement,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('identity','issuer','statement',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'identity\',\'issuer\',\'statement\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('identity','issuer','statement',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'identity\',\'issuer\',\'statement\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__
def __create_fn__():
 def __hash__(self):
  return hash((self.identity,self.issuer,self.statement,))
 return __hash__
CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.identity,self.issuer,self.statement,))\n return __hash__'] = __create_fn__.__code__
