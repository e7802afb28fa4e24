"""The methods of sscli.inventory.markers's dataclasses as `dataclasses` writes them: generated, do
not edit (regenerate: python -m sscli.dataclass_methods)."""
# fmt: off
CODE = {}
def __create_fn__(_type_environment, _type_extras, _type_groups, _type_optimistic, _type__cache, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_extras, _dflt_groups, _dflt_optimistic, _dflt__cache, _return_type):
 def __init__(self,environment:_type_environment,extras:_type_extras=_dflt_extras,groups:_type_groups=_dflt_groups,optimistic:_type_optimistic=_dflt_optimistic,_cache:_type__cache=_HAS_DEFAULT_FACTORY)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'environment',environment)
  __dataclass_builtins_object__.__setattr__(self,'extras',extras)
  __dataclass_builtins_object__.__setattr__(self,'groups',groups)
  __dataclass_builtins_object__.__setattr__(self,'optimistic',optimistic)
  __dataclass_builtins_object__.__setattr__(self,'_cache',_dflt__cache() if _cache is _HAS_DEFAULT_FACTORY else _cache)
 return __init__
CODE["def __create_fn__(_type_environment, _type_extras, _type_groups, _type_optimistic, _type__cache, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_extras, _dflt_groups, _dflt_optimistic, _dflt__cache, _return_type):\n def __init__(self,environment:_type_environment,extras:_type_extras=_dflt_extras,groups:_type_groups=_dflt_groups,optimistic:_type_optimistic=_dflt_optimistic,_cache:_type__cache=_HAS_DEFAULT_FACTORY)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'environment',environment)\n  __dataclass_builtins_object__.__setattr__(self,'extras',extras)\n  __dataclass_builtins_object__.__setattr__(self,'groups',groups)\n  __dataclass_builtins_object__.__setattr__(self,'optimistic',optimistic)\n  __dataclass_builtins_object__.__setattr__(self,'_cache',_dflt__cache() if _cache is _HAS_DEFAULT_FACTORY else _cache)\n return __init__"] = __create_fn__.__code__
def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(environment={self.environment!r}, extras={self.extras!r}, groups={self.groups!r}, optimistic={self.optimistic!r})"
 return __repr__
CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(environment={self.environment!r}, extras={self.extras!r}, groups={self.groups!r}, optimistic={self.optimistic!r})"\n return __repr__'] = __create_fn__.__code__
def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.environment,self.extras,self.groups,self.optimistic,)==(other.environment,other.extras,other.groups,other.optimistic,)
  return NotImplemented
 return __eq__
CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.environment,self.extras,self.groups,self.optimistic,)==(other.environment,other.extras,other.groups,other.optimistic,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('environment','extras','groups','optimistic','_cache',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'environment\',\'extras\',\'groups\',\'optimistic\',\'_cache\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('environment','extras','groups','optimistic','_cache',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'environment\',\'extras\',\'groups\',\'optimistic\',\'_cache\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__
def __create_fn__():
 def __hash__(self):
  return hash((self.environment,self.extras,self.groups,self.optimistic,))
 return __hash__
CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.environment,self.extras,self.groups,self.optimistic,))\n return __hash__'] = __create_fn__.__code__
