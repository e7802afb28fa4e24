"""The methods of sscli.index.models's dataclasses as `dataclasses` writes them: generated, do
not edit (regenerate: python -m sscli.dataclass_methods)."""
# fmt: off
CODE = {}
def __create_fn__(_type_filename, _type_url, _type_hashes, _type_requires_python, _type_yanked, _type_upload_time, _type_size, _type_provenance, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_hashes, _dflt_requires_python, _dflt_yanked, _dflt_upload_time, _dflt_size, _dflt_provenance, _return_type):
 def __init__(self,filename:_type_filename,url:_type_url,hashes:_type_hashes=_HAS_DEFAULT_FACTORY,requires_python:_type_requires_python=_dflt_requires_python,yanked:_type_yanked=_dflt_yanked,upload_time:_type_upload_time=_dflt_upload_time,size:_type_size=_dflt_size,provenance:_type_provenance=_dflt_provenance)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'filename',filename)
  __dataclass_builtins_object__.__setattr__(self,'url',url)
  __dataclass_builtins_object__.__setattr__(self,'hashes',_dflt_hashes() if hashes is _HAS_DEFAULT_FACTORY else hashes)
  __dataclass_builtins_object__.__setattr__(self,'requires_python',requires_python)
  __dataclass_builtins_object__.__setattr__(self,'yanked',yanked)
  __dataclass_builtins_object__.__setattr__(self,'upload_time',upload_time)
  __dataclass_builtins_object__.__setattr__(self,'size',size)
  __dataclass_builtins_object__.__setattr__(self,'provenance',provenance)
 return __init__
CODE["def __create_fn__(_type_filename, _type_url, _type_hashes, _type_requires_python, _type_yanked, _type_upload_time, _type_size, _type_provenance, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_hashes, _dflt_requires_python, _dflt_yanked, _dflt_upload_time, _dflt_size, _dflt_provenance, _return_type):\n def __init__(self,filename:_type_filename,url:_type_url,hashes:_type_hashes=_HAS_DEFAULT_FACTORY,requires_python:_type_requires_python=_dflt_requires_python,yanked:_type_yanked=_dflt_yanked,upload_time:_type_upload_time=_dflt_upload_time,size:_type_size=_dflt_size,provenance:_type_provenance=_dflt_provenance)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'filename',filename)\n  __dataclass_builtins_object__.__setattr__(self,'url',url)\n  __dataclass_builtins_object__.__setattr__(self,'hashes',_dflt_hashes() if hashes is _HAS_DEFAULT_FACTORY else hashes)\n  __dataclass_builtins_object__.__setattr__(self,'requires_python',requires_python)\n  __dataclass_builtins_object__.__setattr__(self,'yanked',yanked)\n  __dataclass_builtins_object__.__setattr__(self,'upload_time',upload_time)\n  __dataclass_builtins_object__.__setattr__(self,'size',size)\n  __dataclass_builtins_object__.__setattr__(self,'provenance',provenance)\n return __init__"] = __create_fn__.__code__
def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(filename={self.filename!r}, url={self.url!r}, hashes={self.hashes!r}, requires_python={self.requires_python!r}, yanked={self.yanked!r}, upload_time={self.upload_time!r}, size={self.size!r}, provenance={self.provenance!r})"
 return __repr__
CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(filename={self.filename!r}, url={self.url!r}, hashes={self.hashes!r}, requires_python={self.requires_python!r}, yanked={self.yanked!r}, upload_time={self.upload_time!r}, size={self.size!r}, provenance={self.provenance!r})"\n return __repr__'] = __create_fn__.__code__
def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.filename,self.url,self.hashes,self.requires_python,self.yanked,self.upload_time,self.size,self.provenance,)==(other.filename,other.url,other.hashes,other.requires_python,other.yanked,other.upload_time,other.size,other.provenance,)
  return NotImplemented
 return __eq__
CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.filename,self.url,self.hashes,self.requires_python,self.yanked,self.upload_time,self.size,self.provenance,)==(other.filename,other.url,other.hashes,other.requires_python,other.yanked,other.upload_time,other.size,other.provenance,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('filename','url','hashes','requires_python','yanked','upload_time','size','provenance',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'filename\',\'url\',\'hashes\',\'requires_python\',\'yanked\',\'upload_time\',\'size\',\'provenance\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('filename','url','hashes','requires_python','yanked','upload_time','size','provenance',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'filename\',\'url\',\'hashes\',\'requires_python\',\'yanked\',\'upload_time\',\'size\',\'provenance\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__
def __create_fn__():
 def __hash__(self):
  return hash((self.filename,self.url,self.hashes,self.requires_python,self.yanked,self.upload_time,self.size,self.provenance,))
 return __hash__
CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.filename,self.url,self.hashes,self.requires_python,self.yanked,self.upload_time,self.size,self.provenance,))\n return __hash__'] = __create_fn__.__code__
def __create_fn__(_type_name, _type_files, _type_source, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,name:_type_name,files:_type_files,source:_type_source)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'name',name)
  __dataclass_builtins_object__.__setattr__(self,'files',files)
  __dataclass_builtins_object__.__setattr__(self,'source',source)
 return __init__
CODE["def __create_fn__(_type_name, _type_files, _type_source, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,name:_type_name,files:_type_files,source:_type_source)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'name',name)\n  __dataclass_builtins_object__.__setattr__(self,'files',files)\n  __dataclass_builtins_object__.__setattr__(self,'source',source)\n return __init__"] = __create_fn__.__code__
def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(name={self.name!r}, files={self.files!r}, source={self.source!r})"
 return __repr__
CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(name={self.name!r}, files={self.files!r}, source={self.source!r})"\n return __repr__'] = __create_fn__.__code__
def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.name,self.files,self.source,)==(other.name,other.files,other.source,)
  return NotImplemented
 return __eq__
CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.name,self.files,self.source,)==(other.name,other.files,other.source,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('name','files','source',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'name\',\'files\',\'source\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('name','files','source',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'name\',\'files\',\'source\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__
def __create_fn__():
 def __hash__(self):
  return hash((self.name,self.files,self.source,))
 return __hash__
CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.name,self.files,self.source,))\n return __hash__'] = __create_fn__.__code__
