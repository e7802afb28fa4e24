"""The methods of sscli.stores.oci.client's dataclasses as `dataclasses` writes them: generated, do
not edit (regenerate: python -m sscli.dataclass_methods)."""
# fmt: off
CODE = {}
def __create_fn__(_type_media_type, _type_body, _type_digest, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,media_type:_type_media_type,body:_type_body,digest:_type_digest)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'media_type',media_type)
  __dataclass_builtins_object__.__setattr__(self,'body',body)
  __dataclass_builtins_object__.__setattr__(self,'digest',digest)
 return __init__
CODE["def __create_fn__(_type_media_type, _type_body, _type_digest, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,media_type:_type_media_type,body:_type_body,digest:_type_digest)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'media_type',media_type)\n  __dataclass_builtins_object__.__setattr__(self,'body',body)\n  __dataclass_builtins_object__.__setattr__(self,'digest',digest)\n return __init__"] = __create_fn__.__code__
def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(media_type={self.media_type!r}, body={self.body!r}, digest={self.digest!r})"
 return __repr__
CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(media_type={self.media_type!r}, body={self.body!r}, digest={self.digest!r})"\n return __repr__'] = __create_fn__.__code__
def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.media_type,self.body,self.digest,)==(other.media_type,other.body,other.digest,)
  return NotImplemented
 return __eq__
CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.media_type,self.body,self.digest,)==(other.media_type,other.body,other.digest,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('media_type','body','digest',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'media_type\',\'body\',\'digest\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('media_type','body','digest',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'media_type\',\'body\',\'digest\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__
def __create_fn__():
 def __hash__(self):
  return hash((self.media_type,self.body,self.digest,))
 return __hash__
CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.media_type,self.body,self.digest,))\n return __hash__'] = __create_fn__.__code__
def __create_fn__(_type_username, _type_password, _type_token, _type_allow_insecure, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_username, _dflt_password, _dflt_token, _dflt_allow_insecure, _return_type):
 def __init__(self,username:_type_username=_dflt_username,password:_type_password=_dflt_password,token:_type_token=_dflt_token,allow_insecure:_type_allow_insecure=_dflt_allow_insecure)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'username',username)
  __dataclass_builtins_object__.__setattr__(self,'password',password)
  __dataclass_builtins_object__.__setattr__(self,'token',token)
  __dataclass_builtins_object__.__setattr__(self,'allow_insecure',allow_insecure)
 return __init__
CODE["def __create_fn__(_type_username, _type_password, _type_token, _type_allow_insecure, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_username, _dflt_password, _dflt_token, _dflt_allow_insecure, _return_type):\n def __init__(self,username:_type_username=_dflt_username,password:_type_password=_dflt_password,token:_type_token=_dflt_token,allow_insecure:_type_allow_insecure=_dflt_allow_insecure)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'username',username)\n  __dataclass_builtins_object__.__setattr__(self,'password',password)\n  __dataclass_builtins_object__.__setattr__(self,'token',token)\n  __dataclass_builtins_object__.__setattr__(self,'allow_insecure',allow_insecure)\n return __init__"] = __create_fn__.__code__
def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(username={self.username!r}, password={self.password!r}, token={self.token!r}, allow_insecure={self.allow_insecure!r})"
 return __repr__
CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(username={self.username!r}, password={self.password!r}, token={self.token!r}, allow_insecure={self.allow_insecure!r})"\n return __repr__'] = __create_fn__.__code__
def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.username,self.password,self.token,self.allow_insecure,)==(other.username,other.password,other.token,other.allow_insecure,)
  return NotImplemented
 return __eq__
CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.username,self.password,self.token,self.allow_insecure,)==(other.username,other.password,other.token,other.allow_insecure,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('username','password','token','allow_insecure',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'username\',\'password\',\'token\',\'allow_insecure\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('username','password','token','allow_insecure',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'username\',\'password\',\'token\',\'allow_insecure\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__
def __create_fn__():
 def __hash__(self):
  return hash((self.username,self.password,self.token,self.allow_insecure,))
 return __hash__
CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.username,self.password,self.token,self.allow_insecure,))\n return __hash__'] = __create_fn__.__code__
