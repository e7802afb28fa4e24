"""The methods of sscli.source.run's dataclasses as `dataclasses` writes them: generated, do
not edit (regenerate: python -m sscli.dataclass_methods)."""
# fmt: off
CODE = {}
def __create_fn__(_type_rev, _type_history, _type_range, _type_repository, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_rev, _dflt_history, _dflt_range, _dflt_repository, _return_type):
 def __init__(self,rev:_type_rev=_dflt_rev,history:_type_history=_dflt_history,range:_type_range=_dflt_range,repository:_type_repository=_dflt_repository)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'rev',rev)
  __dataclass_builtins_object__.__setattr__(self,'history',history)
  __dataclass_builtins_object__.__setattr__(self,'range',range)
  __dataclass_builtins_object__.__setattr__(self,'repository',repository)
 return __init__
CODE["def __create_fn__(_type_rev, _type_history, _type_range, _type_repository, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_rev, _dflt_history, _dflt_range, _dflt_repository, _return_type):\n def __init__(self,rev:_type_rev=_dflt_rev,history:_type_history=_dflt_history,range:_type_range=_dflt_range,repository:_type_repository=_dflt_repository)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'rev',rev)\n  __dataclass_builtins_object__.__setattr__(self,'history',history)\n  __dataclass_builtins_object__.__setattr__(self,'range',range)\n  __dataclass_builtins_object__.__setattr__(self,'repository',repository)\n return __init__"] = __create_fn__.__code__
def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(rev={self.rev!r}, history={self.history!r}, range={self.range!r}, repository={self.repository!r})"
 return __repr__
CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(rev={self.rev!r}, history={self.history!r}, range={self.range!r}, repository={self.repository!r})"\n return __repr__'] = __create_fn__.__code__
def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.rev,self.history,self.range,self.repository,)==(other.rev,other.history,other.range,other.repository,)
  return NotImplemented
 return __eq__
CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.rev,self.history,self.range,self.repository,)==(other.rev,other.history,other.range,other.repository,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('rev','history','range','repository',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'rev\',\'history\',\'range\',\'repository\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('rev','history','range','repository',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'rev\',\'history\',\'range\',\'repository\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__
def __create_fn__():
 def __hash__(self):
  return hash((self.rev,self.history,self.range,self.repository,))
 return __hash__
CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.rev,self.history,self.range,self.repository,))\n return __hash__'] = __create_fn__.__code__
def __create_fn__(_type_report, _type_policy, _type_policy_sha256, _type_repository, _type_ref, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,report:_type_report,policy:_type_policy,policy_sha256:_type_policy_sha256,repository:_type_repository,ref:_type_ref)->_return_type:
  self.report=report
  self.policy=policy
  self.policy_sha256=policy_sha256
  self.repository=repository
  self.ref=ref
 return __init__
CODE['def __create_fn__(_type_report, _type_policy, _type_policy_sha256, _type_repository, _type_ref, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,report:_type_report,policy:_type_policy,policy_sha256:_type_policy_sha256,repository:_type_repository,ref:_type_ref)->_return_type:\n  self.report=report\n  self.policy=policy\n  self.policy_sha256=policy_sha256\n  self.repository=repository\n  self.ref=ref\n return __init__'] = __create_fn__.__code__
def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(report={self.report!r}, policy={self.policy!r}, policy_sha256={self.policy_sha256!r}, repository={self.repository!r}, ref={self.ref!r})"
 return __repr__
CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(report={self.report!r}, policy={self.policy!r}, policy_sha256={self.policy_sha256!r}, repository={self.repository!r}, ref={self.ref!r})"\n return __repr__'] = __create_fn__.__code__
def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.report,self.policy,self.policy_sha256,self.repository,self.ref,)==(other.report,other.policy,other.policy_sha256,other.repository,other.ref,)
  return NotImplemented
 return __eq__
CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.report,self.policy,self.policy_sha256,self.repository,self.ref,)==(other.report,other.policy,other.policy_sha256,other.repository,other.ref,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__
