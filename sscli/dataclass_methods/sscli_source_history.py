"""The methods of sscli.source.history's dataclasses as `dataclasses` writes them: generated, do
not edit (regenerate: python -m sscli.dataclass_methods)."""
# fmt: off
CODE = {}
def __create_fn__(_type_oid, _type_parents, _type_tree, _type_signature, _type_key_fingerprint, _type_primary_fingerprint, _type_signer, _type_author_name, _type_author_email, _type_committer_name, _type_committer_email, _type_commit_time, _type_subject, _type_trailers, _type_paths, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_trailers, _dflt_paths, _return_type):
 def __init__(self,oid:_type_oid,parents:_type_parents,tree:_type_tree,signature:_type_signature,key_fingerprint:_type_key_fingerprint,primary_fingerprint:_type_primary_fingerprint,signer:_type_signer,author_name:_type_author_name,author_email:_type_author_email,committer_name:_type_committer_name,committer_email:_type_committer_email,commit_time:_type_commit_time,subject:_type_subject,trailers:_type_trailers=_dflt_trailers,paths:_type_paths=_dflt_paths)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'oid',oid)
  __dataclass_builtins_object__.__setattr__(self,'parents',parents)
  __dataclass_builtins_object__.__setattr__(self,'tree',tree)
  __dataclass_builtins_object__.__setattr__(self,'signature',signature)
  __dataclass_builtins_object__.__setattr__(self,'key_fingerprint',key_fingerprint)
  __dataclass_builtins_object__.__setattr__(self,'primary_fingerprint',primary_fingerprint)
  __dataclass_builtins_object__.__setattr__(self,'signer',signer)
  __dataclass_builtins_object__.__setattr__(self,'author_name',author_name)
  __dataclass_builtins_object__.__setattr__(self,'author_email',author_email)
  __dataclass_builtins_object__.__setattr__(self,'committer_name',committer_name)
  __dataclass_builtins_object__.__setattr__(self,'committer_email',committer_email)
  __dataclass_builtins_object__.__setattr__(self,'commit_time',commit_time)
  __dataclass_builtins_object__.__setattr__(self,'subject',subject)
  __dataclass_builtins_object__.__setattr__(self,'trailers',trailers)
  __dataclass_builtins_object__.__setattr__(self,'paths',paths)
 return __init__
CODE["def __create_fn__(_type_oid, _type_parents, _type_tree, _type_signature, _type_key_fingerprint, _type_primary_fingerprint, _type_signer, _type_author_name, _type_author_email, _type_committer_name, _type_committer_email, _type_commit_time, _type_subject, _type_trailers, _type_paths, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_trailers, _dflt_paths, _return_type):\n def __init__(self,oid:_type_oid,parents:_type_parents,tree:_type_tree,signature:_type_signature,key_fingerprint:_type_key_fingerprint,primary_fingerprint:_type_primary_fingerprint,signer:_type_signer,author_name:_type_author_name,author_email:_type_author_email,committer_name:_type_committer_name,committer_email:_type_committer_email,commit_time:_type_commit_time,subject:_type_subject,trailers:_type_trailers=_dflt_trailers,paths:_type_paths=_dflt_paths)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'oid',oid)\n  __dataclass_builtins_object__.__setattr__(self,'parents',parents)\n  __dataclass_builtins_object__.__setattr__(self,'tree',tree)\n  __dataclass_builtins_object__.__setattr__(self,'signature',signature)\n  __dataclass_builtins_object__.__setattr__(self,'key_fingerprint',key_fingerprint)\n  __dataclass_builtins_object__.__setattr__(self,'primary_fingerprint',primary_fingerprint)\n  __dataclass_builtins_object__.__setattr__(self,'signer',signer)\n  __dataclass_builtins_object__.__setattr__(self,'author_name',author_name)\n  __dataclass_builtins_object__.__setattr__(self,'author_email',author_email)\n  __dataclass_builtins_object__.__setattr__(self,'committer_name',committer_name)\n  __dataclass_builtins_object__.__setattr__(self,'committer_email',committer_email)\n  __dataclass_builtins_object__.__setattr__(self,'commit_time',commit_time)\n  __dataclass_builtins_object__.__setattr__(self,'subject',subject)\n  __dataclass_builtins_object__.__setattr__(self,'trailers',trailers)\n  __dataclass_builtins_object__.__setattr__(self,'paths',paths)\n return __init__"] = __create_fn__.__code__
def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(oid={self.oid!r}, parents={self.parents!r}, tree={self.tree!r}, signature={self.signature!r}, key_fingerprint={self.key_fingerprint!r}, primary_fingerprint={self.primary_fingerprint!r}, signer={self.signer!r}, author_name={self.author_name!r}, author_email={self.author_email!r}, committer_name={self.committer_name!r}, committer_email={self.committer_email!r}, commit_time={self.commit_time!r}, subject={self.subject!r}, trailers={self.trailers!r}, paths={self.paths!r})"
 return __repr__
CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(oid={self.oid!r}, parents={self.parents!r}, tree={self.tree!r}, signature={self.signature!r}, key_fingerprint={self.key_fingerprint!r}, primary_fingerprint={self.primary_fingerprint!r}, signer={self.signer!r}, author_name={self.author_name!r}, author_email={self.author_email!r}, committer_name={self.committer_name!r}, committer_email={self.committer_email!r}, commit_time={self.commit_time!r}, subject={self.subject!r}, trailers={self.trailers!r}, paths={self.paths!r})"\n return __repr__'] = __create_fn__.__code__
def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.oid,self.parents,self.tree,self.signature,self.key_fingerprint,self.primary_fingerprint,self.signer,self.author_name,self.author_email,self.committer_name,self.committer_email,self.commit_time,self.subject,self.trailers,)==(other.oid,other.parents,other.tree,other.signature,other.key_fingerprint,other.primary_fingerprint,other.signer,other.author_name,other.author_email,other.committer_name,other.committer_email,other.commit_time,other.subject,other.trailers,)
  return NotImplemented
 return __eq__
CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.oid,self.parents,self.tree,self.signature,self.key_fingerprint,self.primary_fingerprint,self.signer,self.author_name,self.author_email,self.committer_name,self.committer_email,self.commit_time,self.subject,self.trailers,)==(other.oid,other.parents,other.tree,other.signature,other.key_fingerprint,other.primary_fingerprint,other.signer,other.author_name,other.author_email,other.committer_name,other.committer_email,other.commit_time,other.subject,other.trailers,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('oid','parents','tree','signature','key_fingerprint','primary_fingerprint','signer','author_name','author_email','committer_name','committer_email','commit_time','subject','trailers','paths',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'oid\',\'parents\',\'tree\',\'signature\',\'key_fingerprint\',\'primary_fingerprint\',\'signer\',\'author_name\',\'author_email\',\'committer_name\',\'committer_email\',\'commit_time\',\'subject\',\'trailers\',\'paths\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('oid','parents','tree','signature','key_fingerprint','primary_fingerprint','signer','author_name','author_email','committer_name','committer_email','commit_time','subject','trailers','paths',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'oid\',\'parents\',\'tree\',\'signature\',\'key_fingerprint\',\'primary_fingerprint\',\'signer\',\'author_name\',\'author_email\',\'committer_name\',\'committer_email\',\'commit_time\',\'subject\',\'trailers\',\'paths\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__
def __create_fn__():
 def __hash__(self):
  return hash((self.oid,self.parents,self.tree,self.signature,self.key_fingerprint,self.primary_fingerprint,self.signer,self.author_name,self.author_email,self.committer_name,self.committer_email,self.commit_time,self.subject,self.trailers,))
 return __hash__
CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.oid,self.parents,self.tree,self.signature,self.key_fingerprint,self.primary_fingerprint,self.signer,self.author_name,self.author_email,self.committer_name,self.committer_email,self.commit_time,self.subject,self.trailers,))\n return __hash__'] = __create_fn__.__code__
def __create_fn__(_type_tip, _type_excluded, _type_description, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_excluded, _dflt_description, _return_type):
 def __init__(self,tip:_type_tip,excluded:_type_excluded=_dflt_excluded,description:_type_description=_dflt_description)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'tip',tip)
  __dataclass_builtins_object__.__setattr__(self,'excluded',excluded)
  __dataclass_builtins_object__.__setattr__(self,'description',description)
 return __init__
CODE["def __create_fn__(_type_tip, _type_excluded, _type_description, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_excluded, _dflt_description, _return_type):\n def __init__(self,tip:_type_tip,excluded:_type_excluded=_dflt_excluded,description:_type_description=_dflt_description)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'tip',tip)\n  __dataclass_builtins_object__.__setattr__(self,'excluded',excluded)\n  __dataclass_builtins_object__.__setattr__(self,'description',description)\n return __init__"] = __create_fn__.__code__
def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(tip={self.tip!r}, excluded={self.excluded!r}, description={self.description!r})"
 return __repr__
CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(tip={self.tip!r}, excluded={self.excluded!r}, description={self.description!r})"\n return __repr__'] = __create_fn__.__code__
def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.tip,self.excluded,self.description,)==(other.tip,other.excluded,other.description,)
  return NotImplemented
 return __eq__
CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.tip,self.excluded,self.description,)==(other.tip,other.excluded,other.description,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('tip','excluded','description',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'tip\',\'excluded\',\'description\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('tip','excluded','description',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'tip\',\'excluded\',\'description\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__
def __create_fn__():
 def __hash__(self):
  return hash((self.tip,self.excluded,self.description,))
 return __hash__
CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.tip,self.excluded,self.description,))\n return __hash__'] = __create_fn__.__code__
