"""The methods of sscli.index.client's dataclasses as `dataclasses` writes them: generated, do
not edit (regenerate: python -m sscli.dataclass_methods)."""
# fmt: off
CODE = {}
def __create_fn__(_type_url, _type_timeout, _type_retries, _type_backoff, _type_max_bytes, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_url, _dflt_timeout, _dflt_retries, _dflt_backoff, _dflt_max_bytes, _return_type):
 def __init__(self,url:_type_url=_dflt_url,timeout:_type_timeout=_dflt_timeout,retries:_type_retries=_dflt_retries,backoff:_type_backoff=_dflt_backoff,max_bytes:_type_max_bytes=_dflt_max_bytes)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'url',url)
  __dataclass_builtins_object__.__setattr__(self,'timeout',timeout)
  __dataclass_builtins_object__.__setattr__(self,'retries',retries)
  __dataclass_builtins_object__.__setattr__(self,'backoff',backoff)
  __dataclass_builtins_object__.__setattr__(self,'max_bytes',max_bytes)
 return __init__
CODE["def __create_fn__(_type_url, _type_timeout, _type_retries, _type_backoff, _type_max_bytes, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_url, _dflt_timeout, _dflt_retries, _dflt_backoff, _dflt_max_bytes, _return_type):\n def __init__(self,url:_type_url=_dflt_url,timeout:_type_timeout=_dflt_timeout,retries:_type_retries=_dflt_retries,backoff:_type_backoff=_dflt_backoff,max_bytes:_type_max_bytes=_dflt_max_bytes)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'url',url)\n  __dataclass_builtins_object__.__setattr__(self,'timeout',timeout)\n  __dataclass_builtins_object__.__setattr__(self,'retries',retries)\n  __dataclass_builtins_object__.__setattr__(self,'backoff',backoff)\n  __dataclass_builtins_object__.__setattr__(self,'max_bytes',max_bytes)\n return __init__"] = __create_fn__.__code__
def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(url={self.url!r}, timeout={self.timeout!r}, retries={self.retries!r}, backoff={self.backoff!r}, max_bytes={self.max_bytes!r})"
 return __repr__
CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(url={self.url!r}, timeout={self.timeout!r}, retries={self.retries!r}, backoff={self.backoff!r}, max_bytes={self.max_bytes!r})"\n return __repr__'] = __create_fn__.__code__
def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.url,self.timeout,self.retries,self.backoff,self.max_bytes,)==(other.url,other.timeout,other.retries,other.backoff,other.max_bytes,)
  return NotImplemented
 return __eq__
CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.url,self.timeout,self.retries,self.backoff,self.max_bytes,)==(other.url,other.timeout,other.retries,other.backoff,other.max_bytes,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('url','timeout','retries','backoff','max_bytes',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'url\',\'timeout\',\'retries\',\'backoff\',\'max_bytes\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('url','timeout','retries','backoff','max_bytes',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'url\',\'timeout\',\'retries\',\'backoff\',\'max_bytes\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__
def __create_fn__():
 def __hash__(self):
  return hash((self.url,self.timeout,self.retries,self.backoff,self.max_bytes,))
 return __hash__
CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.url,self.timeout,self.retries,self.backoff,self.max_bytes,))\n return __hash__'] = __create_fn__.__code__
def __create_fn__(_type_path, _type_sha256, _type_size, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,path:_type_path,sha256:_type_sha256,size:_type_size)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'path',path)
  __dataclass_builtins_object__.__setattr__(self,'sha256',sha256)
  __dataclass_builtins_object__.__setattr__(self,'size',size)
 return __init__
CODE["def __create_fn__(_type_path, _type_sha256, _type_size, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,path:_type_path,sha256:_type_sha256,size:_type_size)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'path',path)\n  __dataclass_builtins_object__.__setattr__(self,'sha256',sha256)\n  __dataclass_builtins_object__.__setattr__(self,'size',size)\n return __init__"] = __create_fn__.__code__
def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(path={self.path!r}, sha256={self.sha256!r}, size={self.size!r})"
 return __repr__
CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(path={self.path!r}, sha256={self.sha256!r}, size={self.size!r})"\n return __repr__'] = __create_fn__.__code__
def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.path,self.sha256,self.size,)==(other.path,other.sha256,other.size,)
  return NotImplemented
 return __eq__
CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.path,self.sha256,self.size,)==(other.path,other.sha256,other.size,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('path','sha256','size',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'path\',\'sha256\',\'size\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('path','sha256','size',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'path\',\'sha256\',\'size\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__
def __create_fn__():
 def __hash__(self):
  return hash((self.path,self.sha256,self.size,))
 return __hash__
CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.path,self.sha256,self.size,))\n return __hash__'] = __create_fn__.__code__
