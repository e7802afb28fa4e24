"""The methods of sscli.verify.summary's dataclasses as `dataclasses` writes them: generated, do
not edit (regenerate: python -m sscli.dataclass_methods)."""
# fmt: off
CODE = {}
def __create_fn__(_type_verifier_id, _type_resource_uri, _type_policy_uri, _type_policy_sha256, _type_time_verified, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,verifier_id:_type_verifier_id,resource_uri:_type_resource_uri,policy_uri:_type_policy_uri,policy_sha256:_type_policy_sha256,time_verified:_type_time_verified)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'verifier_id',verifier_id)
  __dataclass_builtins_object__.__setattr__(self,'resource_uri',resource_uri)
  __dataclass_builtins_object__.__setattr__(self,'policy_uri',policy_uri)
  __dataclass_builtins_object__.__setattr__(self,'policy_sha256',policy_sha256)
  __dataclass_builtins_object__.__setattr__(self,'time_verified',time_verified)
 return __init__
CODE["def __create_fn__(_type_verifier_id, _type_resource_uri, _type_policy_uri, _type_policy_sha256, _type_time_verified, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,verifier_id:_type_verifier_id,resource_uri:_type_resource_uri,policy_uri:_type_policy_uri,policy_sha256:_type_policy_sha256,time_verified:_type_time_verified)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'verifier_id',verifier_id)\n  __dataclass_builtins_object__.__setattr__(self,'resource_uri',resource_uri)\n  __dataclass_builtins_object__.__setattr__(self,'policy_uri',policy_uri)\n  __dataclass_builtins_object__.__setattr__(self,'policy_sha256',policy_sha256)\n  __dataclass_builtins_object__.__setattr__(self,'time_verified',time_verified)\n return __init__"] = __create_fn__.__code__
def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(verifier_id={self.verifier_id!r}, resource_uri={self.resource_uri!r}, policy_uri={self.policy_uri!r}, policy_sha256={self.policy_sha256!r}, time_verified={self.time_verified!r})"
 return __repr__
CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(verifier_id={self.verifier_id!r}, resource_uri={self.resource_uri!r}, policy_uri={self.policy_uri!r}, policy_sha256={self.policy_sha256!r}, time_verified={self.time_verified!r})"\n return __repr__'] = __create_fn__.__code__
def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.verifier_id,self.resource_uri,self.policy_uri,self.policy_sha256,self.time_verified,)==(other.verifier_id,other.resource_uri,other.policy_uri,other.policy_sha256,other.time_verified,)
  return NotImplemented
 return __eq__
CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.verifier_id,self.resource_uri,self.policy_uri,self.policy_sha256,self.time_verified,)==(other.verifier_id,other.resource_uri,other.policy_uri,other.policy_sha256,other.time_verified,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('verifier_id','resource_uri','policy_uri','policy_sha256','time_verified',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'verifier_id\',\'resource_uri\',\'policy_uri\',\'policy_sha256\',\'time_verified\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('verifier_id','resource_uri','policy_uri','policy_sha256','time_verified',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'verifier_id\',\'resource_uri\',\'policy_uri\',\'policy_sha256\',\'time_verified\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__
def __create_fn__():
 def __hash__(self):
  return hash((self.verifier_id,self.resource_uri,self.policy_uri,self.policy_sha256,self.time_verified,))
 return __hash__
CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.verifier_id,self.resource_uri,self.policy_uri,self.policy_sha256,self.time_verified,))\n return __hash__'] = __create_fn__.__code__
