"""The methods of sscli.verify.bundles's dataclasses as `dataclasses` writes them: generated, do
not edit (regenerate: python -m sscli.dataclass_methods)."""
# fmt: off
CODE = {}
def __create_fn__(_type_keys, _type_keyless, _type_load_roots, _type_now, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,keys:_type_keys,keyless:_type_keyless,load_roots:_type_load_roots,now:_type_now)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'keys',keys)
  __dataclass_builtins_object__.__setattr__(self,'keyless',keyless)
  __dataclass_builtins_object__.__setattr__(self,'load_roots',load_roots)
  __dataclass_builtins_object__.__setattr__(self,'now',now)
 return __init__
CODE["def __create_fn__(_type_keys, _type_keyless, _type_load_roots, _type_now, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,keys:_type_keys,keyless:_type_keyless,load_roots:_type_load_roots,now:_type_now)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'keys',keys)\n  __dataclass_builtins_object__.__setattr__(self,'keyless',keyless)\n  __dataclass_builtins_object__.__setattr__(self,'load_roots',load_roots)\n  __dataclass_builtins_object__.__setattr__(self,'now',now)\n return __init__"] = __create_fn__.__code__
def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(keys={self.keys!r}, keyless={self.keyless!r}, load_roots={self.load_roots!r}, now={self.now!r})"
 return __repr__
CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(keys={self.keys!r}, keyless={self.keyless!r}, load_roots={self.load_roots!r}, now={self.now!r})"\n return __repr__'] = __create_fn__.__code__
def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.keys,self.keyless,self.load_roots,self.now,)==(other.keys,other.keyless,other.load_roots,other.now,)
  return NotImplemented
 return __eq__
CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.keys,self.keyless,self.load_roots,self.now,)==(other.keys,other.keyless,other.load_roots,other.now,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('keys','keyless','load_roots','now',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'keys\',\'keyless\',\'load_roots\',\'now\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('keys','keyless','load_roots','now',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'keys\',\'keyless\',\'load_roots\',\'now\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__
def __create_fn__():
 def __hash__(self):
  return hash((self.keys,self.keyless,self.load_roots,self.now,))
 return __hash__
CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.keys,self.keyless,self.load_roots,self.now,))\n return __hash__'] = __create_fn__.__code__
