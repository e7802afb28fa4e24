"""The methods of sscli.verify.context's dataclasses as `dataclasses` writes them: generated, do
not edit (regenerate: python -m sscli.dataclass_methods)."""
# fmt: off
CODE = {}
def __create_fn__(_type_findings, _type_unscannable, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_unscannable, _return_type):
 def __init__(self,findings:_type_findings,unscannable:_type_unscannable=_HAS_DEFAULT_FACTORY)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'findings',findings)
  __dataclass_builtins_object__.__setattr__(self,'unscannable',_dflt_unscannable() if unscannable is _HAS_DEFAULT_FACTORY else unscannable)
 return __init__
CODE["def __create_fn__(_type_findings, _type_unscannable, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_unscannable, _return_type):\n def __init__(self,findings:_type_findings,unscannable:_type_unscannable=_HAS_DEFAULT_FACTORY)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'findings',findings)\n  __dataclass_builtins_object__.__setattr__(self,'unscannable',_dflt_unscannable() if unscannable is _HAS_DEFAULT_FACTORY else unscannable)\n return __init__"] = __create_fn__.__code__
def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(findings={self.findings!r}, unscannable={self.unscannable!r})"
 return __repr__
CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(findings={self.findings!r}, unscannable={self.unscannable!r})"\n return __repr__'] = __create_fn__.__code__
def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.findings,self.unscannable,)==(other.findings,other.unscannable,)
  return NotImplemented
 return __eq__
CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.findings,self.unscannable,)==(other.findings,other.unscannable,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('findings','unscannable',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'findings\',\'unscannable\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('findings','unscannable',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'findings\',\'unscannable\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__
def __create_fn__():
 def __hash__(self):
  return hash((self.findings,self.unscannable,))
 return __hash__
CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.findings,self.unscannable,))\n return __hash__'] = __create_fn__.__code__
def __create_fn__(_type_artifact, _type_digests, _type_policy, _type_now, _type_evidence, _type_dependencies, _type_rescan, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_rescan, _return_type):
 def __init__(self,artifact:_type_artifact,digests:_type_digests,policy:_type_policy,now:_type_now,evidence:_type_evidence,dependencies:_type_dependencies,rescan:_type_rescan=_dflt_rescan)->_return_type:
  self.artifact=artifact
  self.digests=digests
  self.policy=policy
  self.now=now
  self.evidence=evidence
  self.dependencies=dependencies
  self.rescan=rescan
 return __init__
CODE['def __create_fn__(_type_artifact, _type_digests, _type_policy, _type_now, _type_evidence, _type_dependencies, _type_rescan, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_rescan, _return_type):\n def __init__(self,artifact:_type_artifact,digests:_type_digests,policy:_type_policy,now:_type_now,evidence:_type_evidence,dependencies:_type_dependencies,rescan:_type_rescan=_dflt_rescan)->_return_type:\n  self.artifact=artifact\n  self.digests=digests\n  self.policy=policy\n  self.now=now\n  self.evidence=evidence\n  self.dependencies=dependencies\n  self.rescan=rescan\n return __init__'] = __create_fn__.__code__
def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(artifact={self.artifact!r}, digests={self.digests!r}, policy={self.policy!r}, now={self.now!r}, evidence={self.evidence!r}, dependencies={self.dependencies!r}, rescan={self.rescan!r})"
 return __repr__
CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(artifact={self.artifact!r}, digests={self.digests!r}, policy={self.policy!r}, now={self.now!r}, evidence={self.evidence!r}, dependencies={self.dependencies!r}, rescan={self.rescan!r})"\n return __repr__'] = __create_fn__.__code__
def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.artifact,self.digests,self.policy,self.now,self.evidence,self.dependencies,self.rescan,)==(other.artifact,other.digests,other.policy,other.now,other.evidence,other.dependencies,other.rescan,)
  return NotImplemented
 return __eq__
CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.artifact,self.digests,self.policy,self.now,self.evidence,self.dependencies,self.rescan,)==(other.artifact,other.digests,other.policy,other.now,other.evidence,other.dependencies,other.rescan,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__
