"""The methods of sscli.verify.vsa's dataclasses as `dataclasses` writes them: generated, do
not edit (regenerate: python -m sscli.dataclass_methods)."""
# fmt: off
CODE = {}
def __create_fn__(_type_digests, _type_verifier_id, _type_resource_uri, _type_levels, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_levels, _return_type):
 def __init__(self,digests:_type_digests,verifier_id:_type_verifier_id,resource_uri:_type_resource_uri,levels:_type_levels=_dflt_levels)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'digests',digests)
  __dataclass_builtins_object__.__setattr__(self,'verifier_id',verifier_id)
  __dataclass_builtins_object__.__setattr__(self,'resource_uri',resource_uri)
  __dataclass_builtins_object__.__setattr__(self,'levels',levels)
 return __init__
CODE["def __create_fn__(_type_digests, _type_verifier_id, _type_resource_uri, _type_levels, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_levels, _return_type):\n def __init__(self,digests:_type_digests,verifier_id:_type_verifier_id,resource_uri:_type_resource_uri,levels:_type_levels=_dflt_levels)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'digests',digests)\n  __dataclass_builtins_object__.__setattr__(self,'verifier_id',verifier_id)\n  __dataclass_builtins_object__.__setattr__(self,'resource_uri',resource_uri)\n  __dataclass_builtins_object__.__setattr__(self,'levels',levels)\n return __init__"] = __create_fn__.__code__
def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(digests={self.digests!r}, verifier_id={self.verifier_id!r}, resource_uri={self.resource_uri!r}, levels={self.levels!r})"
 return __repr__
CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(digests={self.digests!r}, verifier_id={self.verifier_id!r}, resource_uri={self.resource_uri!r}, levels={self.levels!r})"\n return __repr__'] = __create_fn__.__code__
def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.digests,self.verifier_id,self.resource_uri,self.levels,)==(other.digests,other.verifier_id,other.resource_uri,other.levels,)
  return NotImplemented
 return __eq__
CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.digests,self.verifier_id,self.resource_uri,self.levels,)==(other.digests,other.verifier_id,other.resource_uri,other.levels,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('digests','verifier_id','resource_uri','levels',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'digests\',\'verifier_id\',\'resource_uri\',\'levels\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('digests','verifier_id','resource_uri','levels',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'digests\',\'verifier_id\',\'resource_uri\',\'levels\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__
def __create_fn__():
 def __hash__(self):
  return hash((self.digests,self.verifier_id,self.resource_uri,self.levels,))
 return __hash__
CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.digests,self.verifier_id,self.resource_uri,self.levels,))\n return __hash__'] = __create_fn__.__code__
def __create_fn__(_type_statement, _type_source, _type_rejected, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_statement, _dflt_source, _dflt_rejected, _return_type):
 def __init__(self,statement:_type_statement=_dflt_statement,source:_type_source=_dflt_source,rejected:_type_rejected=_HAS_DEFAULT_FACTORY)->_return_type:
  self.statement=statement
  self.source=source
  self.rejected=_dflt_rejected() if rejected is _HAS_DEFAULT_FACTORY else rejected
 return __init__
CODE['def __create_fn__(_type_statement, _type_source, _type_rejected, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_statement, _dflt_source, _dflt_rejected, _return_type):\n def __init__(self,statement:_type_statement=_dflt_statement,source:_type_source=_dflt_source,rejected:_type_rejected=_HAS_DEFAULT_FACTORY)->_return_type:\n  self.statement=statement\n  self.source=source\n  self.rejected=_dflt_rejected() if rejected is _HAS_DEFAULT_FACTORY else rejected\n return __init__'] = __create_fn__.__code__
def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(statement={self.statement!r}, source={self.source!r}, rejected={self.rejected!r})"
 return __repr__
CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(statement={self.statement!r}, source={self.source!r}, rejected={self.rejected!r})"\n return __repr__'] = __create_fn__.__code__
def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.statement,self.source,self.rejected,)==(other.statement,other.source,other.rejected,)
  return NotImplemented
 return __eq__
CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.statement,self.source,self.rejected,)==(other.statement,other.source,other.rejected,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__
