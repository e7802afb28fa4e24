"""The methods of sscli.policy.licenses's dataclasses as `dataclasses` writes them: generated, do
not edit (regenerate: python -m sscli.dataclass_methods)."""
# fmt: off
CODE = {}
def __create_fn__(_type_allowed, _type_reason, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,allowed:_type_allowed,reason:_type_reason)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'allowed',allowed)
  __dataclass_builtins_object__.__setattr__(self,'reason',reason)
 return __init__
CODE["def __create_fn__(_type_allowed, _type_reason, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,allowed:_type_allowed,reason:_type_reason)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'allowed',allowed)\n  __dataclass_builtins_object__.__setattr__(self,'reason',reason)\n return __init__"] = __create_fn__.__code__
def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(allowed={self.allowed!r}, reason={self.reason!r})"
 return __repr__
CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(allowed={self.allowed!r}, reason={self.reason!r})"\n return __repr__'] = __create_fn__.__code__
def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.allowed,self.reason,)==(other.allowed,other.reason,)
  return NotImplemented
 return __eq__
CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.allowed,self.reason,)==(other.allowed,other.reason,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('allowed','reason',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'allowed\',\'reason\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('allowed','reason',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'allowed\',\'reason\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__
def __create_fn__():
 def __hash__(self):
  return hash((self.allowed,self.reason,))
 return __hash__
CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.allowed,self.reason,))\n return __hash__'] = __create_fn__.__code__
def __create_fn__(_type_allow, _type_allow_families, _type_deny, _type_deny_families, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,allow:_type_allow,allow_families:_type_allow_families,deny:_type_deny,deny_families:_type_deny_families)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'allow',allow)
  __dataclass_builtins_object__.__setattr__(self,'allow_families',allow_families)
  __dataclass_builtins_object__.__setattr__(self,'deny',deny)
  __dataclass_builtins_object__.__setattr__(self,'deny_families',deny_families)
 return __init__
CODE["def __create_fn__(_type_allow, _type_allow_families, _type_deny, _type_deny_families, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,allow:_type_allow,allow_families:_type_allow_families,deny:_type_deny,deny_families:_type_deny_families)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'allow',allow)\n  __dataclass_builtins_object__.__setattr__(self,'allow_families',allow_families)\n  __dataclass_builtins_object__.__setattr__(self,'deny',deny)\n  __dataclass_builtins_object__.__setattr__(self,'deny_families',deny_families)\n return __init__"] = __create_fn__.__code__
def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(allow={self.allow!r}, allow_families={self.allow_families!r}, deny={self.deny!r}, deny_families={self.deny_families!r})"
 return __repr__
CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(allow={self.allow!r}, allow_families={self.allow_families!r}, deny={self.deny!r}, deny_families={self.deny_families!r})"\n return __repr__'] = __create_fn__.__code__
def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.allow,self.allow_families,self.deny,self.deny_families,)==(other.allow,other.allow_families,other.deny,other.deny_families,)
  return NotImplemented
 return __eq__
CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.allow,self.allow_families,self.deny,self.deny_families,)==(other.allow,other.allow_families,other.deny,other.deny_families,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('allow','allow_families','deny','deny_families',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'allow\',\'allow_families\',\'deny\',\'deny_families\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('allow','allow_families','deny','deny_families',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'allow\',\'allow_families\',\'deny\',\'deny_families\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__
def __create_fn__():
 def __hash__(self):
  return hash((self.allow,self.allow_families,self.deny,self.deny_families,))
 return __hash__
CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.allow,self.allow_families,self.deny,self.deny_families,))\n return __hash__'] = __create_fn__.__code__
