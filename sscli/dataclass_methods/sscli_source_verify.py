"""The methods of sscli.source.verify's dataclasses as `dataclasses` writes them: generated, do
not edit (regenerate: python -m sscli.dataclass_methods)."""
# fmt: off
CODE = {}
def __create_fn__(_type_rev, _type_range, _type_since_tag, _type_ref, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_rev, _dflt_range, _dflt_since_tag, _dflt_ref, _return_type):
 def __init__(self,rev:_type_rev=_dflt_rev,range:_type_range=_dflt_range,since_tag:_type_since_tag=_dflt_since_tag,ref:_type_ref=_dflt_ref)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'rev',rev)
  __dataclass_builtins_object__.__setattr__(self,'range',range)
  __dataclass_builtins_object__.__setattr__(self,'since_tag',since_tag)
  __dataclass_builtins_object__.__setattr__(self,'ref',ref)
 return __init__
CODE["def __create_fn__(_type_rev, _type_range, _type_since_tag, _type_ref, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_rev, _dflt_range, _dflt_since_tag, _dflt_ref, _return_type):\n def __init__(self,rev:_type_rev=_dflt_rev,range:_type_range=_dflt_range,since_tag:_type_since_tag=_dflt_since_tag,ref:_type_ref=_dflt_ref)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'rev',rev)\n  __dataclass_builtins_object__.__setattr__(self,'range',range)\n  __dataclass_builtins_object__.__setattr__(self,'since_tag',since_tag)\n  __dataclass_builtins_object__.__setattr__(self,'ref',ref)\n return __init__"] = __create_fn__.__code__
def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(rev={self.rev!r}, range={self.range!r}, since_tag={self.since_tag!r}, ref={self.ref!r})"
 return __repr__
CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(rev={self.rev!r}, range={self.range!r}, since_tag={self.since_tag!r}, ref={self.ref!r})"\n return __repr__'] = __create_fn__.__code__
def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.rev,self.range,self.since_tag,self.ref,)==(other.rev,other.range,other.since_tag,other.ref,)
  return NotImplemented
 return __eq__
CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.rev,self.range,self.since_tag,self.ref,)==(other.rev,other.range,other.since_tag,other.ref,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('rev','range','since_tag','ref',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'rev\',\'range\',\'since_tag\',\'ref\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('rev','range','since_tag','ref',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'rev\',\'range\',\'since_tag\',\'ref\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__
def __create_fn__():
 def __hash__(self):
  return hash((self.rev,self.range,self.since_tag,self.ref,))
 return __hash__
CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.rev,self.range,self.since_tag,self.ref,))\n return __hash__'] = __create_fn__.__code__
def __create_fn__(_type_repository, _type_ref, _type_tip, _type_tree, _type_object_format, _type_commit_range, _type_commits, _type_checks, _type_level, _type_continuity, _type_policy_path, _type_policy_sha256, _type_signers, _type_git_version, _type_verified_at, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_signers, _dflt_git_version, _dflt_verified_at, _return_type):
 def __init__(self,repository:_type_repository,ref:_type_ref,tip:_type_tip,tree:_type_tree,object_format:_type_object_format,commit_range:_type_commit_range,commits:_type_commits,checks:_type_checks,level:_type_level,continuity:_type_continuity,policy_path:_type_policy_path,policy_sha256:_type_policy_sha256,signers:_type_signers=_HAS_DEFAULT_FACTORY,git_version:_type_git_version=_dflt_git_version,verified_at:_type_verified_at=_HAS_DEFAULT_FACTORY)->_return_type:
  self.repository=repository
  self.ref=ref
  self.tip=tip
  self.tree=tree
  self.object_format=object_format
  self.commit_range=commit_range
  self.commits=commits
  self.checks=checks
  self.level=level
  self.continuity=continuity
  self.policy_path=policy_path
  self.policy_sha256=policy_sha256
  self.signers=_dflt_signers() if signers is _HAS_DEFAULT_FACTORY else signers
  self.git_version=git_version
  self.verified_at=_dflt_verified_at() if verified_at is _HAS_DEFAULT_FACTORY else verified_at
 return __init__
CODE['def __create_fn__(_type_repository, _type_ref, _type_tip, _type_tree, _type_object_format, _type_commit_range, _type_commits, _type_checks, _type_level, _type_continuity, _type_policy_path, _type_policy_sha256, _type_signers, _type_git_version, _type_verified_at, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_signers, _dflt_git_version, _dflt_verified_at, _return_type):\n def __init__(self,repository:_type_repository,ref:_type_ref,tip:_type_tip,tree:_type_tree,object_format:_type_object_format,commit_range:_type_commit_range,commits:_type_commits,checks:_type_checks,level:_type_level,continuity:_type_continuity,policy_path:_type_policy_path,policy_sha256:_type_policy_sha256,signers:_type_signers=_HAS_DEFAULT_FACTORY,git_version:_type_git_version=_dflt_git_version,verified_at:_type_verified_at=_HAS_DEFAULT_FACTORY)->_return_type:\n  self.repository=repository\n  self.ref=ref\n  self.tip=tip\n  self.tree=tree\n  self.object_format=object_format\n  self.commit_range=commit_range\n  self.commits=commits\n  self.checks=checks\n  self.level=level\n  self.continuity=continuity\n  self.policy_path=policy_path\n  self.policy_sha256=policy_sha256\n  self.signers=_dflt_signers() if signers is _HAS_DEFAULT_FACTORY else signers\n  self.git_version=git_version\n  self.verified_at=_dflt_verified_at() if verified_at is _HAS_DEFAULT_FACTORY else verified_at\n return __init__'] = __create_fn__.__code__
def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(repository={self.repository!r}, ref={self.ref!r}, tip={self.tip!r}, tree={self.tree!r}, object_format={self.object_format!r}, commit_range={self.commit_range!r}, commits={self.commits!r}, checks={self.checks!r}, level={self.level!r}, continuity={self.continuity!r}, policy_path={self.policy_path!r}, policy_sha256={self.policy_sha256!r}, signers={self.signers!r}, git_version={self.git_version!r}, verified_at={self.verified_at!r})"
 return __repr__
CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(repository={self.repository!r}, ref={self.ref!r}, tip={self.tip!r}, tree={self.tree!r}, object_format={self.object_format!r}, commit_range={self.commit_range!r}, commits={self.commits!r}, checks={self.checks!r}, level={self.level!r}, continuity={self.continuity!r}, policy_path={self.policy_path!r}, policy_sha256={self.policy_sha256!r}, signers={self.signers!r}, git_version={self.git_version!r}, verified_at={self.verified_at!r})"\n return __repr__'] = __create_fn__.__code__
def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.repository,self.ref,self.tip,self.tree,self.object_format,self.commit_range,self.commits,self.checks,self.level,self.continuity,self.policy_path,self.policy_sha256,self.signers,self.git_version,self.verified_at,)==(other.repository,other.ref,other.tip,other.tree,other.object_format,other.commit_range,other.commits,other.checks,other.level,other.continuity,other.policy_path,other.policy_sha256,other.signers,other.git_version,other.verified_at,)
  return NotImplemented
 return __eq__
CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.repository,self.ref,self.tip,self.tree,self.object_format,self.commit_range,self.commits,self.checks,self.level,self.continuity,self.policy_path,self.policy_sha256,self.signers,self.git_version,self.verified_at,)==(other.repository,other.ref,other.tip,other.tree,other.object_format,other.commit_range,other.commits,other.checks,other.level,other.continuity,other.policy_path,other.policy_sha256,other.signers,other.git_version,other.verified_at,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__
