"""The methods of sscli.source.rules's dataclasses as `dataclasses` writes them: generated, do
not edit (regenerate: python -m sscli.dataclass_methods)."""
# fmt: off
CODE = {}
def __create_fn__(_type_rule, _type_status, _type_message, _type_commit, _type_path, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_commit, _dflt_path, _return_type):
 def __init__(self,rule:_type_rule,status:_type_status,message:_type_message,commit:_type_commit=_dflt_commit,path:_type_path=_dflt_path)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'rule',rule)
  __dataclass_builtins_object__.__setattr__(self,'status',status)
  __dataclass_builtins_object__.__setattr__(self,'message',message)
  __dataclass_builtins_object__.__setattr__(self,'commit',commit)
  __dataclass_builtins_object__.__setattr__(self,'path',path)
 return __init__
CODE["def __create_fn__(_type_rule, _type_status, _type_message, _type_commit, _type_path, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_commit, _dflt_path, _return_type):\n def __init__(self,rule:_type_rule,status:_type_status,message:_type_message,commit:_type_commit=_dflt_commit,path:_type_path=_dflt_path)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'rule',rule)\n  __dataclass_builtins_object__.__setattr__(self,'status',status)\n  __dataclass_builtins_object__.__setattr__(self,'message',message)\n  __dataclass_builtins_object__.__setattr__(self,'commit',commit)\n  __dataclass_builtins_object__.__setattr__(self,'path',path)\n return __init__"] = __create_fn__.__code__
def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(rule={self.rule!r}, status={self.status!r}, message={self.message!r}, commit={self.commit!r}, path={self.path!r})"
 return __repr__
CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(rule={self.rule!r}, status={self.status!r}, message={self.message!r}, commit={self.commit!r}, path={self.path!r})"\n return __repr__'] = __create_fn__.__code__
def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.rule,self.status,self.message,self.commit,self.path,)==(other.rule,other.status,other.message,other.commit,other.path,)
  return NotImplemented
 return __eq__
CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.rule,self.status,self.message,self.commit,self.path,)==(other.rule,other.status,other.message,other.commit,other.path,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('rule','status','message','commit','path',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'rule\',\'status\',\'message\',\'commit\',\'path\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('rule','status','message','commit','path',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'rule\',\'status\',\'message\',\'commit\',\'path\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__
def __create_fn__():
 def __hash__(self):
  return hash((self.rule,self.status,self.message,self.commit,self.path,))
 return __hash__
CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.rule,self.status,self.message,self.commit,self.path,))\n return __hash__'] = __create_fn__.__code__
def __create_fn__(_type_id, _type_title, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,id:_type_id,title:_type_title)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'id',id)
  __dataclass_builtins_object__.__setattr__(self,'title',title)
 return __init__
CODE["def __create_fn__(_type_id, _type_title, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,id:_type_id,title:_type_title)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'id',id)\n  __dataclass_builtins_object__.__setattr__(self,'title',title)\n return __init__"] = __create_fn__.__code__
def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(id={self.id!r}, title={self.title!r})"
 return __repr__
CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(id={self.id!r}, title={self.title!r})"\n return __repr__'] = __create_fn__.__code__
def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.id,self.title,)==(other.id,other.title,)
  return NotImplemented
 return __eq__
CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.id,self.title,)==(other.id,other.title,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('id','title',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'id\',\'title\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('id','title',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'id\',\'title\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__
def __create_fn__():
 def __hash__(self):
  return hash((self.id,self.title,))
 return __hash__
CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.id,self.title,))\n return __hash__'] = __create_fn__.__code__
def __create_fn__(_type_git, _type_policy, _type_object_format, _type_commits, _type_commit_range, _type_ref, _type_recorded_tip, _type_shallow, _type_continuity, _type_review_evidence, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_recorded_tip, _dflt_shallow, _dflt_continuity, _dflt_review_evidence, _return_type):
 def __init__(self,git:_type_git,policy:_type_policy,object_format:_type_object_format,commits:_type_commits,commit_range:_type_commit_range,ref:_type_ref,recorded_tip:_type_recorded_tip=_dflt_recorded_tip,shallow:_type_shallow=_dflt_shallow,continuity:_type_continuity=_dflt_continuity,review_evidence:_type_review_evidence=_HAS_DEFAULT_FACTORY)->_return_type:
  self.git=git
  self.policy=policy
  self.object_format=object_format
  self.commits=commits
  self.commit_range=commit_range
  self.ref=ref
  self.recorded_tip=recorded_tip
  self.shallow=shallow
  self.continuity=continuity
  self.review_evidence=_dflt_review_evidence() if review_evidence is _HAS_DEFAULT_FACTORY else review_evidence
 return __init__
CODE['def __create_fn__(_type_git, _type_policy, _type_object_format, _type_commits, _type_commit_range, _type_ref, _type_recorded_tip, _type_shallow, _type_continuity, _type_review_evidence, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_recorded_tip, _dflt_shallow, _dflt_continuity, _dflt_review_evidence, _return_type):\n def __init__(self,git:_type_git,policy:_type_policy,object_format:_type_object_format,commits:_type_commits,commit_range:_type_commit_range,ref:_type_ref,recorded_tip:_type_recorded_tip=_dflt_recorded_tip,shallow:_type_shallow=_dflt_shallow,continuity:_type_continuity=_dflt_continuity,review_evidence:_type_review_evidence=_HAS_DEFAULT_FACTORY)->_return_type:\n  self.git=git\n  self.policy=policy\n  self.object_format=object_format\n  self.commits=commits\n  self.commit_range=commit_range\n  self.ref=ref\n  self.recorded_tip=recorded_tip\n  self.shallow=shallow\n  self.continuity=continuity\n  self.review_evidence=_dflt_review_evidence() if review_evidence is _HAS_DEFAULT_FACTORY else review_evidence\n return __init__'] = __create_fn__.__code__
def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(git={self.git!r}, policy={self.policy!r}, object_format={self.object_format!r}, commits={self.commits!r}, commit_range={self.commit_range!r}, ref={self.ref!r}, recorded_tip={self.recorded_tip!r}, shallow={self.shallow!r}, continuity={self.continuity!r}, review_evidence={self.review_evidence!r})"
 return __repr__
CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(git={self.git!r}, policy={self.policy!r}, object_format={self.object_format!r}, commits={self.commits!r}, commit_range={self.commit_range!r}, ref={self.ref!r}, recorded_tip={self.recorded_tip!r}, shallow={self.shallow!r}, continuity={self.continuity!r}, review_evidence={self.review_evidence!r})"\n return __repr__'] = __create_fn__.__code__
def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.git,self.policy,self.object_format,self.commits,self.commit_range,self.ref,self.recorded_tip,self.shallow,self.continuity,self.review_evidence,)==(other.git,other.policy,other.object_format,other.commits,other.commit_range,other.ref,other.recorded_tip,other.shallow,other.continuity,other.review_evidence,)
  return NotImplemented
 return __eq__
CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.git,self.policy,self.object_format,self.commits,self.commit_range,self.ref,self.recorded_tip,self.shallow,self.continuity,self.review_evidence,)==(other.git,other.policy,other.object_format,other.commits,other.commit_range,other.ref,other.recorded_tip,other.shallow,other.continuity,other.review_evidence,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__
