"""The methods of sscli.stores.oci.credentials's dataclasses as `dataclasses` writes them: generated, do
not edit (regenerate: python -m sscli.dataclass_methods)."""
# fmt: off
CODE = {}
def __create_fn__(_type_username, _type_password, _type_token, _type_origin, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_username, _dflt_password, _dflt_token, _dflt_origin, _return_type):
 def __init__(self,username:_type_username=_dflt_username,password:_type_password=_dflt_password,token:_type_token=_dflt_token,origin:_type_origin=_dflt_origin)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'username',username)
  __dataclass_builtins_object__.__setattr__(self,'password',password)
  __dataclass_builtins_object__.__setattr__(self,'token',token)
  __dataclass_builtins_object__.__setattr__(self,'origin',origin)
 return __init__
CODE["def __create_fn__(_type_username, _type_password, _type_token, _type_origin, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_username, _dflt_password, _dflt_token, _dflt_origin, _return_type):\n def __init__(self,username:_type_username=_dflt_username,password:_type_password=_dflt_password,token:_type_token=_dflt_token,origin:_type_origin=_dflt_origin)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'username',username)\n  __dataclass_builtins_object__.__setattr__(self,'password',password)\n  __dataclass_builtins_object__.__setattr__(self,'token',token)\n  __dataclass_builtins_object__.__setattr__(self,'origin',origin)\n return __init__"] = __create_fn__.__code__
def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(username={self.username!r}, password={self.password!r}, token={self.token!r}, origin={self.origin!r})"
 return __repr__
CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(username={self.username!r}, password={self.password!r}, token={self.token!r}, origin={self.origin!r})"\n return __repr__'] = __create_fn__.__code__
def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.username,self.password,self.token,self.origin,)==(other.username,other.password,other.token,other.origin,)
  return NotImplemented
 return __eq__
CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.username,self.password,self.token,self.origin,)==(other.username,other.password,other.token,other.origin,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('username','password','token','origin',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'username\',\'password\',\'token\',\'origin\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('username','password','token','origin',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'username\',\'password\',\'token\',\'origin\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__
def __create_fn__():
 def __hash__(self):
  return hash((self.username,self.password,self.token,self.origin,))
 return __hash__
CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.username,self.password,self.token,self.origin,))\n return __hash__'] = __create_fn__.__code__
