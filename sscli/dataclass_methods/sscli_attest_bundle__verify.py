"""The methods of sscli.attest.bundle_verify's dataclasses as `dataclasses` writes them: generated, do
not edit (regenerate: python -m sscli.dataclass_methods)."""
# fmt: off
CODE = {}
def __create_fn__(_type_origin, _type_media_type, _type_trusted_root, _type_signer, _type_times, _type_log_entries, _type_statement, _type_payload_type, _type_claims, _type_identity, _type_key_id, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_statement, _dflt_payload_type, _dflt_claims, _dflt_identity, _dflt_key_id, _return_type):
 def __init__(self,origin:_type_origin,media_type:_type_media_type,trusted_root:_type_trusted_root,signer:_type_signer,times:_type_times,log_entries:_type_log_entries,statement:_type_statement=_dflt_statement,payload_type:_type_payload_type=_dflt_payload_type,claims:_type_claims=_dflt_claims,identity:_type_identity=_dflt_identity,key_id:_type_key_id=_dflt_key_id)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'origin',origin)
  __dataclass_builtins_object__.__setattr__(self,'media_type',media_type)
  __dataclass_builtins_object__.__setattr__(self,'trusted_root',trusted_root)
  __dataclass_builtins_object__.__setattr__(self,'signer',signer)
  __dataclass_builtins_object__.__setattr__(self,'times',times)
  __dataclass_builtins_object__.__setattr__(self,'log_entries',log_entries)
  __dataclass_builtins_object__.__setattr__(self,'statement',statement)
  __dataclass_builtins_object__.__setattr__(self,'payload_type',payload_type)
  __dataclass_builtins_object__.__setattr__(self,'claims',claims)
  __dataclass_builtins_object__.__setattr__(self,'identity',identity)
  __dataclass_builtins_object__.__setattr__(self,'key_id',key_id)
 return __init__
CODE["def __create_fn__(_type_origin, _type_media_type, _type_trusted_root, _type_signer, _type_times, _type_log_entries, _type_statement, _type_payload_type, _type_claims, _type_identity, _type_key_id, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_statement, _dflt_payload_type, _dflt_claims, _dflt_identity, _dflt_key_id, _return_type):\n def __init__(self,origin:_type_origin,media_type:_type_media_type,trusted_root:_type_trusted_root,signer:_type_signer,times:_type_times,log_entries:_type_log_entries,statement:_type_statement=_dflt_statement,payload_type:_type_payload_type=_dflt_payload_type,claims:_type_claims=_dflt_claims,identity:_type_identity=_dflt_identity,key_id:_type_key_id=_dflt_key_id)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'origin',origin)\n  __dataclass_builtins_object__.__setattr__(self,'media_type',media_type)\n  __dataclass_builtins_object__.__setattr__(self,'trusted_root',trusted_root)\n  __dataclass_builtins_object__.__setattr__(self,'signer',signer)\n  __dataclass_builtins_object__.__setattr__(self,'times',times)\n  __dataclass_builtins_object__.__setattr__(self,'log_entries',log_entries)\n  __dataclass_builtins_object__.__setattr__(self,'statement',statement)\n  __dataclass_builtins_object__.__setattr__(self,'payload_type',payload_type)\n  __dataclass_builtins_object__.__setattr__(self,'claims',claims)\n  __dataclass_builtins_object__.__setattr__(self,'identity',identity)\n  __dataclass_builtins_object__.__setattr__(self,'key_id',key_id)\n return __init__"] = __create_fn__.__code__
def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(origin={self.origin!r}, media_type={self.media_type!r}, trusted_root={self.trusted_root!r}, signer={self.signer!r}, times={self.times!r}, log_entries={self.log_entries!r}, statement={self.statement!r}, payload_type={self.payload_type!r}, claims={self.claims!r}, identity={self.identity!r}, key_id={self.key_id!r})"
 return __repr__
CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(origin={self.origin!r}, media_type={self.media_type!r}, trusted_root={self.trusted_root!r}, signer={self.signer!r}, times={self.times!r}, log_entries={self.log_entries!r}, statement={self.statement!r}, payload_type={self.payload_type!r}, claims={self.claims!r}, identity={self.identity!r}, key_id={self.key_id!r})"\n return __repr__'] = __create_fn__.__code__
def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.origin,self.media_type,self.trusted_root,self.signer,self.times,self.log_entries,self.statement,self.payload_type,self.claims,self.identity,self.key_id,)==(other.origin,other.media_type,other.trusted_root,other.signer,other.times,other.log_entries,other.statement,other.payload_type,other.claims,other.identity,other.key_id,)
  return NotImplemented
 return __eq__
CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.origin,self.media_type,self.trusted_root,self.signer,self.times,self.log_entries,self.statement,self.payload_type,self.claims,self.identity,self.key_id,)==(other.origin,other.media_type,other.trusted_root,other.signer,other.times,other.log_entries,other.statement,other.payload_type,other.claims,other.identity,other.key_id,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('origin','media_type','trusted_root','signer','times','log_entries','statement','payload_type','claims','identity','key_id',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'origin\',\'media_type\',\'trusted_root\',\'signer\',\'times\',\'log_entries\',\'statement\',\'payload_type\',\'claims\',\'identity\',\'key_id\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('origin','media_type','trusted_root','signer','times','log_entries','statement','payload_type','claims','identity','key_id',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'origin\',\'media_type\',\'trusted_root\',\'signer\',\'times\',\'log_entries\',\'statement\',\'payload_type\',\'claims\',\'identity\',\'key_id\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__
def __create_fn__():
 def __hash__(self):
  return hash((self.origin,self.media_type,self.trusted_root,self.signer,self.times,self.log_entries,self.statement,self.payload_type,self.claims,self.identity,self.key_id,))
 return __hash__
CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.origin,self.media_type,self.trusted_root,self.signer,self.times,self.log_entries,self.statement,self.payload_type,self.claims,self.identity,self.key_id,))\n return __hash__'] = __create_fn__.__code__
def __create_fn__(_type_artifact, _type_verified, _type_rejected, _type_development, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_development, _return_type):
 def __init__(self,artifact:_type_artifact,verified:_type_verified,rejected:_type_rejected,development:_type_development=_dflt_development)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'artifact',artifact)
  __dataclass_builtins_object__.__setattr__(self,'verified',verified)
  __dataclass_builtins_object__.__setattr__(self,'rejected',rejected)
  __dataclass_builtins_object__.__setattr__(self,'development',development)
 return __init__
CODE["def __create_fn__(_type_artifact, _type_verified, _type_rejected, _type_development, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_development, _return_type):\n def __init__(self,artifact:_type_artifact,verified:_type_verified,rejected:_type_rejected,development:_type_development=_dflt_development)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'artifact',artifact)\n  __dataclass_builtins_object__.__setattr__(self,'verified',verified)\n  __dataclass_builtins_object__.__setattr__(self,'rejected',rejected)\n  __dataclass_builtins_object__.__setattr__(self,'development',development)\n return __init__"] = __create_fn__.__code__
def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(artifact={self.artifact!r}, verified={self.verified!r}, rejected={self.rejected!r}, development={self.development!r})"
 return __repr__
CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(artifact={self.artifact!r}, verified={self.verified!r}, rejected={self.rejected!r}, development={self.development!r})"\n return __repr__'] = __create_fn__.__code__
def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.artifact,self.verified,self.rejected,self.development,)==(other.artifact,other.verified,other.rejected,other.development,)
  return NotImplemented
 return __eq__
CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.artifact,self.verified,self.rejected,self.development,)==(other.artifact,other.verified,other.rejected,other.development,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('artifact','verified','rejected','development',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'artifact\',\'verified\',\'rejected\',\'development\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('artifact','verified','rejected','development',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'artifact\',\'verified\',\'rejected\',\'development\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__
def __create_fn__():
 def __hash__(self):
  return hash((self.artifact,self.verified,self.rejected,self.development,))
 return __hash__
CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.artifact,self.verified,self.rejected,self.development,))\n return __hash__'] = __create_fn__.__code__
