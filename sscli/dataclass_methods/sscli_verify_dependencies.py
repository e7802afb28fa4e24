"""The methods of sscli.verify.dependencies's dataclasses as `dataclasses` writes them: generated, do
not edit (regenerate: python -m sscli.dataclass_methods)."""
# fmt: off
CODE = {}
def __create_fn__(_type_name, _type_digests, _type_source, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,name:_type_name,digests:_type_digests,source:_type_source)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'name',name)
  __dataclass_builtins_object__.__setattr__(self,'digests',digests)
  __dataclass_builtins_object__.__setattr__(self,'source',source)
 return __init__
CODE["def __create_fn__(_type_name, _type_digests, _type_source, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,name:_type_name,digests:_type_digests,source:_type_source)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'name',name)\n  __dataclass_builtins_object__.__setattr__(self,'digests',digests)\n  __dataclass_builtins_object__.__setattr__(self,'source',source)\n return __init__"] = __create_fn__.__code__
def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(name={self.name!r}, digests={self.digests!r}, source={self.source!r})"
 return __repr__
CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(name={self.name!r}, digests={self.digests!r}, source={self.source!r})"\n return __repr__'] = __create_fn__.__code__
def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.name,self.digests,self.source,)==(other.name,other.digests,other.source,)
  return NotImplemented
 return __eq__
CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.name,self.digests,self.source,)==(other.name,other.digests,other.source,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('name','digests','source',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'name\',\'digests\',\'source\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('name','digests','source',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'name\',\'digests\',\'source\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__
def __create_fn__():
 def __hash__(self):
  return hash((self.name,self.digests,self.source,))
 return __hash__
CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.name,self.digests,self.source,))\n return __hash__'] = __create_fn__.__code__
def __create_fn__(_type_needed, _type_unmatchable, _type_vouching, _type_refused, _type_unreadable, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_needed, _dflt_unmatchable, _dflt_vouching, _dflt_refused, _dflt_unreadable, _return_type):
 def __init__(self,needed:_type_needed=_HAS_DEFAULT_FACTORY,unmatchable:_type_unmatchable=_HAS_DEFAULT_FACTORY,vouching:_type_vouching=_HAS_DEFAULT_FACTORY,refused:_type_refused=_HAS_DEFAULT_FACTORY,unreadable:_type_unreadable=_HAS_DEFAULT_FACTORY)->_return_type:
  self.needed=_dflt_needed() if needed is _HAS_DEFAULT_FACTORY else needed
  self.unmatchable=_dflt_unmatchable() if unmatchable is _HAS_DEFAULT_FACTORY else unmatchable
  self.vouching=_dflt_vouching() if vouching is _HAS_DEFAULT_FACTORY else vouching
  self.refused=_dflt_refused() if refused is _HAS_DEFAULT_FACTORY else refused
  self.unreadable=_dflt_unreadable() if unreadable is _HAS_DEFAULT_FACTORY else unreadable
 return __init__
CODE['def __create_fn__(_type_needed, _type_unmatchable, _type_vouching, _type_refused, _type_unreadable, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_needed, _dflt_unmatchable, _dflt_vouching, _dflt_refused, _dflt_unreadable, _return_type):\n def __init__(self,needed:_type_needed=_HAS_DEFAULT_FACTORY,unmatchable:_type_unmatchable=_HAS_DEFAULT_FACTORY,vouching:_type_vouching=_HAS_DEFAULT_FACTORY,refused:_type_refused=_HAS_DEFAULT_FACTORY,unreadable:_type_unreadable=_HAS_DEFAULT_FACTORY)->_return_type:\n  self.needed=_dflt_needed() if needed is _HAS_DEFAULT_FACTORY else needed\n  self.unmatchable=_dflt_unmatchable() if unmatchable is _HAS_DEFAULT_FACTORY else unmatchable\n  self.vouching=_dflt_vouching() if vouching is _HAS_DEFAULT_FACTORY else vouching\n  self.refused=_dflt_refused() if refused is _HAS_DEFAULT_FACTORY else refused\n  self.unreadable=_dflt_unreadable() if unreadable is _HAS_DEFAULT_FACTORY else unreadable\n return __init__'] = __create_fn__.__code__
def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(needed={self.needed!r}, unmatchable={self.unmatchable!r}, vouching={self.vouching!r}, refused={self.refused!r}, unreadable={self.unreadable!r})"
 return __repr__
CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(needed={self.needed!r}, unmatchable={self.unmatchable!r}, vouching={self.vouching!r}, refused={self.refused!r}, unreadable={self.unreadable!r})"\n return __repr__'] = __create_fn__.__code__
def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.needed,self.unmatchable,self.vouching,self.refused,self.unreadable,)==(other.needed,other.unmatchable,other.vouching,other.refused,other.unreadable,)
  return NotImplemented
 return __eq__
CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.needed,self.unmatchable,self.vouching,self.refused,self.unreadable,)==(other.needed,other.unmatchable,other.vouching,other.refused,other.unreadable,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__
