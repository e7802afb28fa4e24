"""The methods of sscli.scan.severity's dataclasses as `dataclasses` writes them: generated, do
not edit (regenerate: python -m sscli.dataclass_methods)."""
# fmt: off
CODE = {}
def __create_fn__(_type_level, _type_score, _type_vector, _type_method, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_score, _dflt_vector, _dflt_method, _return_type):
 def __init__(self,level:_type_level,score:_type_score=_dflt_score,vector:_type_vector=_dflt_vector,method:_type_method=_dflt_method)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'level',level)
  __dataclass_builtins_object__.__setattr__(self,'score',score)
  __dataclass_builtins_object__.__setattr__(self,'vector',vector)
  __dataclass_builtins_object__.__setattr__(self,'method',method)
 return __init__
CODE["def __create_fn__(_type_level, _type_score, _type_vector, _type_method, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_score, _dflt_vector, _dflt_method, _return_type):\n def __init__(self,level:_type_level,score:_type_score=_dflt_score,vector:_type_vector=_dflt_vector,method:_type_method=_dflt_method)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'level',level)\n  __dataclass_builtins_object__.__setattr__(self,'score',score)\n  __dataclass_builtins_object__.__setattr__(self,'vector',vector)\n  __dataclass_builtins_object__.__setattr__(self,'method',method)\n return __init__"] = __create_fn__.__code__
def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(level={self.level!r}, score={self.score!r}, vector={self.vector!r}, method={self.method!r})"
 return __repr__
CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(level={self.level!r}, score={self.score!r}, vector={self.vector!r}, method={self.method!r})"\n return __repr__'] = __create_fn__.__code__
def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.level,self.score,self.vector,self.method,)==(other.level,other.score,other.vector,other.method,)
  return NotImplemented
 return __eq__
CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.level,self.score,self.vector,self.method,)==(other.level,other.score,other.vector,other.method,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('level','score','vector','method',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'level\',\'score\',\'vector\',\'method\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('level','score','vector','method',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'level\',\'score\',\'vector\',\'method\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__
def __create_fn__():
 def __hash__(self):
  return hash((self.level,self.score,self.vector,self.method,))
 return __hash__
CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.level,self.score,self.vector,self.method,))\n return __hash__'] = __create_fn__.__code__
