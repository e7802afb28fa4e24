"""The methods of sscli.stores.oci.attestations's dataclasses as `dataclasses` writes them: generated, do
not edit (regenerate: python -m sscli.dataclass_methods)."""
# fmt: off
CODE = {}
def __create_fn__(_type_kind, _type_data, _type_predicate_type, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_predicate_type, _return_type):
 def __init__(self,kind:_type_kind,data:_type_data,predicate_type:_type_predicate_type=_dflt_predicate_type)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'kind',kind)
  __dataclass_builtins_object__.__setattr__(self,'data',data)
  __dataclass_builtins_object__.__setattr__(self,'predicate_type',predicate_type)
 return __init__
CODE["def __create_fn__(_type_kind, _type_data, _type_predicate_type, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_predicate_type, _return_type):\n def __init__(self,kind:_type_kind,data:_type_data,predicate_type:_type_predicate_type=_dflt_predicate_type)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'kind',kind)\n  __dataclass_builtins_object__.__setattr__(self,'data',data)\n  __dataclass_builtins_object__.__setattr__(self,'predicate_type',predicate_type)\n return __init__"] = __create_fn__.__code__
def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(kind={self.kind!r}, data={self.data!r}, predicate_type={self.predicate_type!r})"
 return __repr__
CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(kind={self.kind!r}, data={self.data!r}, predicate_type={self.predicate_type!r})"\n return __repr__'] = __create_fn__.__code__
def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.kind,self.data,self.predicate_type,)==(other.kind,other.data,other.predicate_type,)
  return NotImplemented
 return __eq__
CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.kind,self.data,self.predicate_type,)==(other.kind,other.data,other.predicate_type,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('kind','data','predicate_type',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'kind\',\'data\',\'predicate_type\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('kind','data','predicate_type',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'kind\',\'data\',\'predicate_type\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__
def __create_fn__():
 def __hash__(self):
  return hash((self.kind,self.data,self.predicate_type,))
 return __hash__
CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.kind,self.data,self.predicate_type,))\n return __hash__'] = __create_fn__.__code__
def __create_fn__(_type_evidence, _type_skipped, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_evidence, _dflt_skipped, _return_type):
 def __init__(self,evidence:_type_evidence=_HAS_DEFAULT_FACTORY,skipped:_type_skipped=_HAS_DEFAULT_FACTORY)->_return_type:
  self.evidence=_dflt_evidence() if evidence is _HAS_DEFAULT_FACTORY else evidence
  self.skipped=_dflt_skipped() if skipped is _HAS_DEFAULT_FACTORY else skipped
 return __init__
CODE['def __create_fn__(_type_evidence, _type_skipped, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_evidence, _dflt_skipped, _return_type):\n def __init__(self,evidence:_type_evidence=_HAS_DEFAULT_FACTORY,skipped:_type_skipped=_HAS_DEFAULT_FACTORY)->_return_type:\n  self.evidence=_dflt_evidence() if evidence is _HAS_DEFAULT_FACTORY else evidence\n  self.skipped=_dflt_skipped() if skipped is _HAS_DEFAULT_FACTORY else skipped\n return __init__'] = __create_fn__.__code__
def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(evidence={self.evidence!r}, skipped={self.skipped!r})"
 return __repr__
CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(evidence={self.evidence!r}, skipped={self.skipped!r})"\n return __repr__'] = __create_fn__.__code__
def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.evidence,self.skipped,)==(other.evidence,other.skipped,)
  return NotImplemented
 return __eq__
CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.evidence,self.skipped,)==(other.evidence,other.skipped,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__
