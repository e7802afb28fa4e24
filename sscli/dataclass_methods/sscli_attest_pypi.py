"""The methods of sscli.attest.pypi's dataclasses as `dataclasses` writes them: generated, do
not edit (regenerate: python -m sscli.dataclass_methods)."""
# fmt: off
CODE = {}
def __create_fn__(_type_kind, _type_identity, _type_workflow, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_workflow, _return_type):
 def __init__(self,kind:_type_kind,identity:_type_identity,workflow:_type_workflow=_dflt_workflow)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'kind',kind)
  __dataclass_builtins_object__.__setattr__(self,'identity',identity)
  __dataclass_builtins_object__.__setattr__(self,'workflow',workflow)
 return __init__
CODE["def __create_fn__(_type_kind, _type_identity, _type_workflow, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_workflow, _return_type):\n def __init__(self,kind:_type_kind,identity:_type_identity,workflow:_type_workflow=_dflt_workflow)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'kind',kind)\n  __dataclass_builtins_object__.__setattr__(self,'identity',identity)\n  __dataclass_builtins_object__.__setattr__(self,'workflow',workflow)\n return __init__"] = __create_fn__.__code__
def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(kind={self.kind!r}, identity={self.identity!r}, workflow={self.workflow!r})"
 return __repr__
CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(kind={self.kind!r}, identity={self.identity!r}, workflow={self.workflow!r})"\n return __repr__'] = __create_fn__.__code__
def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.kind,self.identity,self.workflow,)==(other.kind,other.identity,other.workflow,)
  return NotImplemented
 return __eq__
CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.kind,self.identity,self.workflow,)==(other.kind,other.identity,other.workflow,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('kind','identity','workflow',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'kind\',\'identity\',\'workflow\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('kind','identity','workflow',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'kind\',\'identity\',\'workflow\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__
def __create_fn__():
 def __hash__(self):
  return hash((self.kind,self.identity,self.workflow,))
 return __hash__
CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.kind,self.identity,self.workflow,))\n return __hash__'] = __create_fn__.__code__
def __create_fn__(_type_source_ref, _type_source_digest, _type_deny_self_hosted_runners, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_source_ref, _dflt_source_digest, _dflt_deny_self_hosted_runners, _return_type):
 def __init__(self,source_ref:_type_source_ref=_dflt_source_ref,source_digest:_type_source_digest=_dflt_source_digest,deny_self_hosted_runners:_type_deny_self_hosted_runners=_dflt_deny_self_hosted_runners)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'source_ref',source_ref)
  __dataclass_builtins_object__.__setattr__(self,'source_digest',source_digest)
  __dataclass_builtins_object__.__setattr__(self,'deny_self_hosted_runners',deny_self_hosted_runners)
 return __init__
CODE["def __create_fn__(_type_source_ref, _type_source_digest, _type_deny_self_hosted_runners, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_source_ref, _dflt_source_digest, _dflt_deny_self_hosted_runners, _return_type):\n def __init__(self,source_ref:_type_source_ref=_dflt_source_ref,source_digest:_type_source_digest=_dflt_source_digest,deny_self_hosted_runners:_type_deny_self_hosted_runners=_dflt_deny_self_hosted_runners)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'source_ref',source_ref)\n  __dataclass_builtins_object__.__setattr__(self,'source_digest',source_digest)\n  __dataclass_builtins_object__.__setattr__(self,'deny_self_hosted_runners',deny_self_hosted_runners)\n return __init__"] = __create_fn__.__code__
def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(source_ref={self.source_ref!r}, source_digest={self.source_digest!r}, deny_self_hosted_runners={self.deny_self_hosted_runners!r})"
 return __repr__
CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(source_ref={self.source_ref!r}, source_digest={self.source_digest!r}, deny_self_hosted_runners={self.deny_self_hosted_runners!r})"\n return __repr__'] = __create_fn__.__code__
def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.source_ref,self.source_digest,self.deny_self_hosted_runners,)==(other.source_ref,other.source_digest,other.deny_self_hosted_runners,)
  return NotImplemented
 return __eq__
CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.source_ref,self.source_digest,self.deny_self_hosted_runners,)==(other.source_ref,other.source_digest,other.deny_self_hosted_runners,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('source_ref','source_digest','deny_self_hosted_runners',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'source_ref\',\'source_digest\',\'deny_self_hosted_runners\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('source_ref','source_digest','deny_self_hosted_runners',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'source_ref\',\'source_digest\',\'deny_self_hosted_runners\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__
def __create_fn__():
 def __hash__(self):
  return hash((self.source_ref,self.source_digest,self.deny_self_hosted_runners,))
 return __hash__
CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.source_ref,self.source_digest,self.deny_self_hosted_runners,))\n return __hash__'] = __create_fn__.__code__
def __create_fn__(_type_publisher, _type_predicate_type, _type_matched, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_matched, _return_type):
 def __init__(self,publisher:_type_publisher,predicate_type:_type_predicate_type,matched:_type_matched=_dflt_matched)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'publisher',publisher)
  __dataclass_builtins_object__.__setattr__(self,'predicate_type',predicate_type)
  __dataclass_builtins_object__.__setattr__(self,'matched',matched)
 return __init__
CODE["def __create_fn__(_type_publisher, _type_predicate_type, _type_matched, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_matched, _return_type):\n def __init__(self,publisher:_type_publisher,predicate_type:_type_predicate_type,matched:_type_matched=_dflt_matched)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'publisher',publisher)\n  __dataclass_builtins_object__.__setattr__(self,'predicate_type',predicate_type)\n  __dataclass_builtins_object__.__setattr__(self,'matched',matched)\n return __init__"] = __create_fn__.__code__
def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(publisher={self.publisher!r}, predicate_type={self.predicate_type!r}, matched={self.matched!r})"
 return __repr__
CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(publisher={self.publisher!r}, predicate_type={self.predicate_type!r}, matched={self.matched!r})"\n return __repr__'] = __create_fn__.__code__
def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.publisher,self.predicate_type,self.matched,)==(other.publisher,other.predicate_type,other.matched,)
  return NotImplemented
 return __eq__
CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.publisher,self.predicate_type,self.matched,)==(other.publisher,other.predicate_type,other.matched,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('publisher','predicate_type','matched',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'publisher\',\'predicate_type\',\'matched\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('publisher','predicate_type','matched',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'publisher\',\'predicate_type\',\'matched\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__
def __create_fn__():
 def __hash__(self):
  return hash((self.publisher,self.predicate_type,self.matched,))
 return __hash__
CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.publisher,self.predicate_type,self.matched,))\n return __hash__'] = __create_fn__.__code__
