"""The methods of sscli.build.compare's dataclasses as `dataclasses` writes them: generated, do
not edit (regenerate: python -m sscli.dataclass_methods)."""
# fmt: off
CODE = {}
def __create_fn__(_type_name, _type_sha256, _type_size, _type_mode, _type_mtime, _type_data, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,name:_type_name,sha256:_type_sha256,size:_type_size,mode:_type_mode,mtime:_type_mtime,data:_type_data)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'name',name)
  __dataclass_builtins_object__.__setattr__(self,'sha256',sha256)
  __dataclass_builtins_object__.__setattr__(self,'size',size)
  __dataclass_builtins_object__.__setattr__(self,'mode',mode)
  __dataclass_builtins_object__.__setattr__(self,'mtime',mtime)
  __dataclass_builtins_object__.__setattr__(self,'data',data)
 return __init__
CODE["def __create_fn__(_type_name, _type_sha256, _type_size, _type_mode, _type_mtime, _type_data, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,name:_type_name,sha256:_type_sha256,size:_type_size,mode:_type_mode,mtime:_type_mtime,data:_type_data)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'name',name)\n  __dataclass_builtins_object__.__setattr__(self,'sha256',sha256)\n  __dataclass_builtins_object__.__setattr__(self,'size',size)\n  __dataclass_builtins_object__.__setattr__(self,'mode',mode)\n  __dataclass_builtins_object__.__setattr__(self,'mtime',mtime)\n  __dataclass_builtins_object__.__setattr__(self,'data',data)\n return __init__"] = __create_fn__.__code__
def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(name={self.name!r}, sha256={self.sha256!r}, size={self.size!r}, mode={self.mode!r}, mtime={self.mtime!r}, data={self.data!r})"
 return __repr__
CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(name={self.name!r}, sha256={self.sha256!r}, size={self.size!r}, mode={self.mode!r}, mtime={self.mtime!r}, data={self.data!r})"\n return __repr__'] = __create_fn__.__code__
def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.name,self.sha256,self.size,self.mode,self.mtime,self.data,)==(other.name,other.sha256,other.size,other.mode,other.mtime,other.data,)
  return NotImplemented
 return __eq__
CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.name,self.sha256,self.size,self.mode,self.mtime,self.data,)==(other.name,other.sha256,other.size,other.mode,other.mtime,other.data,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('name','sha256','size','mode','mtime','data',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'name\',\'sha256\',\'size\',\'mode\',\'mtime\',\'data\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('name','sha256','size','mode','mtime','data',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'name\',\'sha256\',\'size\',\'mode\',\'mtime\',\'data\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__
def __create_fn__():
 def __hash__(self):
  return hash((self.name,self.sha256,self.size,self.mode,self.mtime,self.data,))
 return __hash__
CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.name,self.sha256,self.size,self.mode,self.mtime,self.data,))\n return __hash__'] = __create_fn__.__code__
def __create_fn__(_type_filename, _type_sha256_a, _type_sha256_b, _type_verdict, _type_differences, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_differences, _return_type):
 def __init__(self,filename:_type_filename,sha256_a:_type_sha256_a,sha256_b:_type_sha256_b,verdict:_type_verdict,differences:_type_differences=_HAS_DEFAULT_FACTORY)->_return_type:
  self.filename=filename
  self.sha256_a=sha256_a
  self.sha256_b=sha256_b
  self.verdict=verdict
  self.differences=_dflt_differences() if differences is _HAS_DEFAULT_FACTORY else differences
 return __init__
CODE['def __create_fn__(_type_filename, _type_sha256_a, _type_sha256_b, _type_verdict, _type_differences, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_differences, _return_type):\n def __init__(self,filename:_type_filename,sha256_a:_type_sha256_a,sha256_b:_type_sha256_b,verdict:_type_verdict,differences:_type_differences=_HAS_DEFAULT_FACTORY)->_return_type:\n  self.filename=filename\n  self.sha256_a=sha256_a\n  self.sha256_b=sha256_b\n  self.verdict=verdict\n  self.differences=_dflt_differences() if differences is _HAS_DEFAULT_FACTORY else differences\n return __init__'] = __create_fn__.__code__
def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(filename={self.filename!r}, sha256_a={self.sha256_a!r}, sha256_b={self.sha256_b!r}, verdict={self.verdict!r}, differences={self.differences!r})"
 return __repr__
CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(filename={self.filename!r}, sha256_a={self.sha256_a!r}, sha256_b={self.sha256_b!r}, verdict={self.verdict!r}, differences={self.differences!r})"\n return __repr__'] = __create_fn__.__code__
def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.filename,self.sha256_a,self.sha256_b,self.verdict,self.differences,)==(other.filename,other.sha256_a,other.sha256_b,other.verdict,other.differences,)
  return NotImplemented
 return __eq__
CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.filename,self.sha256_a,self.sha256_b,self.verdict,self.differences,)==(other.filename,other.sha256_a,other.sha256_b,other.verdict,other.differences,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__
