"""The methods of sscli.attest.trust_store's dataclasses as `dataclasses` writes them: generated, do
not edit (regenerate: python -m sscli.dataclass_methods)."""
# fmt: off
CODE = {}
def __create_fn__(_type_name, _type_url, _type_bootstrap, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_bootstrap, _return_type):
 def __init__(self,name:_type_name,url:_type_url,bootstrap:_type_bootstrap=_dflt_bootstrap)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'name',name)
  __dataclass_builtins_object__.__setattr__(self,'url',url)
  __dataclass_builtins_object__.__setattr__(self,'bootstrap',bootstrap)
 return __init__
CODE["def __create_fn__(_type_name, _type_url, _type_bootstrap, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_bootstrap, _return_type):\n def __init__(self,name:_type_name,url:_type_url,bootstrap:_type_bootstrap=_dflt_bootstrap)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'name',name)\n  __dataclass_builtins_object__.__setattr__(self,'url',url)\n  __dataclass_builtins_object__.__setattr__(self,'bootstrap',bootstrap)\n return __init__"] = __create_fn__.__code__
def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(name={self.name!r}, url={self.url!r}, bootstrap={self.bootstrap!r})"
 return __repr__
CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(name={self.name!r}, url={self.url!r}, bootstrap={self.bootstrap!r})"\n return __repr__'] = __create_fn__.__code__
def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.name,self.url,self.bootstrap,)==(other.name,other.url,other.bootstrap,)
  return NotImplemented
 return __eq__
CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.name,self.url,self.bootstrap,)==(other.name,other.url,other.bootstrap,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('name','url','bootstrap',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'name\',\'url\',\'bootstrap\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('name','url','bootstrap',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'name\',\'url\',\'bootstrap\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__
def __create_fn__():
 def __hash__(self):
  return hash((self.name,self.url,self.bootstrap,))
 return __hash__
CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.name,self.url,self.bootstrap,))\n return __hash__'] = __create_fn__.__code__
def __create_fn__(_type_name, _type_url, _type_updated, _type_metadata_expires, _type_root_version, _type_roots, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,name:_type_name,url:_type_url,updated:_type_updated,metadata_expires:_type_metadata_expires,root_version:_type_root_version,roots:_type_roots)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'name',name)
  __dataclass_builtins_object__.__setattr__(self,'url',url)
  __dataclass_builtins_object__.__setattr__(self,'updated',updated)
  __dataclass_builtins_object__.__setattr__(self,'metadata_expires',metadata_expires)
  __dataclass_builtins_object__.__setattr__(self,'root_version',root_version)
  __dataclass_builtins_object__.__setattr__(self,'roots',roots)
 return __init__
CODE["def __create_fn__(_type_name, _type_url, _type_updated, _type_metadata_expires, _type_root_version, _type_roots, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,name:_type_name,url:_type_url,updated:_type_updated,metadata_expires:_type_metadata_expires,root_version:_type_root_version,roots:_type_roots)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'name',name)\n  __dataclass_builtins_object__.__setattr__(self,'url',url)\n  __dataclass_builtins_object__.__setattr__(self,'updated',updated)\n  __dataclass_builtins_object__.__setattr__(self,'metadata_expires',metadata_expires)\n  __dataclass_builtins_object__.__setattr__(self,'root_version',root_version)\n  __dataclass_builtins_object__.__setattr__(self,'roots',roots)\n return __init__"] = __create_fn__.__code__
def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(name={self.name!r}, url={self.url!r}, updated={self.updated!r}, metadata_expires={self.metadata_expires!r}, root_version={self.root_version!r}, roots={self.roots!r})"
 return __repr__
CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(name={self.name!r}, url={self.url!r}, updated={self.updated!r}, metadata_expires={self.metadata_expires!r}, root_version={self.root_version!r}, roots={self.roots!r})"\n return __repr__'] = __create_fn__.__code__
def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.name,self.url,self.updated,self.metadata_expires,self.root_version,self.roots,)==(other.name,other.url,other.updated,other.metadata_expires,other.root_version,other.roots,)
  return NotImplemented
 return __eq__
CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.name,self.url,self.updated,self.metadata_expires,self.root_version,self.roots,)==(other.name,other.url,other.updated,other.metadata_expires,other.root_version,other.roots,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('name','url','updated','metadata_expires','root_version','roots',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'name\',\'url\',\'updated\',\'metadata_expires\',\'root_version\',\'roots\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('name','url','updated','metadata_expires','root_version','roots',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'name\',\'url\',\'updated\',\'metadata_expires\',\'root_version\',\'roots\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__
def __create_fn__():
 def __hash__(self):
  return hash((self.name,self.url,self.updated,self.metadata_expires,self.root_version,self.roots,))
 return __hash__
CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.name,self.url,self.updated,self.metadata_expires,self.root_version,self.roots,))\n return __hash__'] = __create_fn__.__code__
