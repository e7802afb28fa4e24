"""The methods of sscli.build.ingested's dataclasses as `dataclasses` writes them: generated, do
not edit (regenerate: python -m sscli.dataclass_methods)."""
# fmt: off
CODE = {}
def __create_fn__(_type_ingest, _type_sandbox, _type_builder, _type_timeout, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_builder, _dflt_timeout, _return_type):
 def __init__(self,ingest:_type_ingest,sandbox:_type_sandbox,builder:_type_builder=_dflt_builder,timeout:_type_timeout=_dflt_timeout)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'ingest',ingest)
  __dataclass_builtins_object__.__setattr__(self,'sandbox',sandbox)
  __dataclass_builtins_object__.__setattr__(self,'builder',builder)
  __dataclass_builtins_object__.__setattr__(self,'timeout',timeout)
 return __init__
CODE["def __create_fn__(_type_ingest, _type_sandbox, _type_builder, _type_timeout, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_builder, _dflt_timeout, _return_type):\n def __init__(self,ingest:_type_ingest,sandbox:_type_sandbox,builder:_type_builder=_dflt_builder,timeout:_type_timeout=_dflt_timeout)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'ingest',ingest)\n  __dataclass_builtins_object__.__setattr__(self,'sandbox',sandbox)\n  __dataclass_builtins_object__.__setattr__(self,'builder',builder)\n  __dataclass_builtins_object__.__setattr__(self,'timeout',timeout)\n return __init__"] = __create_fn__.__code__
def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(ingest={self.ingest!r}, sandbox={self.sandbox!r}, builder={self.builder!r}, timeout={self.timeout!r})"
 return __repr__
CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(ingest={self.ingest!r}, sandbox={self.sandbox!r}, builder={self.builder!r}, timeout={self.timeout!r})"\n return __repr__'] = __create_fn__.__code__
def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.ingest,self.sandbox,self.builder,self.timeout,)==(other.ingest,other.sandbox,other.builder,other.timeout,)
  return NotImplemented
 return __eq__
CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.ingest,self.sandbox,self.builder,self.timeout,)==(other.ingest,other.sandbox,other.builder,other.timeout,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('ingest','sandbox','builder','timeout',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'ingest\',\'sandbox\',\'builder\',\'timeout\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('ingest','sandbox','builder','timeout',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'ingest\',\'sandbox\',\'builder\',\'timeout\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__
def __create_fn__():
 def __hash__(self):
  return hash((self.ingest,self.sandbox,self.builder,self.timeout,))
 return __hash__
CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.ingest,self.sandbox,self.builder,self.timeout,))\n return __hash__'] = __create_fn__.__code__
