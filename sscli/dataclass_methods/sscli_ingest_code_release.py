"""The methods of sscli.ingest.code.release's dataclasses as `dataclasses` writes them: generated, do
not edit (regenerate: python -m sscli.dataclass_methods)."""
# fmt: off
CODE = {}
def __create_fn__(_type_kind, _type_filename, _type_files, _type_modules, _type_top_level, _type_pth, _type_pth_exec, _type_binaries, _type_install_hooks, _type_backend, _type_size, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,kind:_type_kind,filename:_type_filename,files:_type_files,modules:_type_modules,top_level:_type_top_level,pth:_type_pth,pth_exec:_type_pth_exec,binaries:_type_binaries,install_hooks:_type_install_hooks,backend:_type_backend,size:_type_size)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'kind',kind)
  __dataclass_builtins_object__.__setattr__(self,'filename',filename)
  __dataclass_builtins_object__.__setattr__(self,'files',files)
  __dataclass_builtins_object__.__setattr__(self,'modules',modules)
  __dataclass_builtins_object__.__setattr__(self,'top_level',top_level)
  __dataclass_builtins_object__.__setattr__(self,'pth',pth)
  __dataclass_builtins_object__.__setattr__(self,'pth_exec',pth_exec)
  __dataclass_builtins_object__.__setattr__(self,'binaries',binaries)
  __dataclass_builtins_object__.__setattr__(self,'install_hooks',install_hooks)
  __dataclass_builtins_object__.__setattr__(self,'backend',backend)
  __dataclass_builtins_object__.__setattr__(self,'size',size)
 return __init__
CODE["def __create_fn__(_type_kind, _type_filename, _type_files, _type_modules, _type_top_level, _type_pth, _type_pth_exec, _type_binaries, _type_install_hooks, _type_backend, _type_size, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,kind:_type_kind,filename:_type_filename,files:_type_files,modules:_type_modules,top_level:_type_top_level,pth:_type_pth,pth_exec:_type_pth_exec,binaries:_type_binaries,install_hooks:_type_install_hooks,backend:_type_backend,size:_type_size)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'kind',kind)\n  __dataclass_builtins_object__.__setattr__(self,'filename',filename)\n  __dataclass_builtins_object__.__setattr__(self,'files',files)\n  __dataclass_builtins_object__.__setattr__(self,'modules',modules)\n  __dataclass_builtins_object__.__setattr__(self,'top_level',top_level)\n  __dataclass_builtins_object__.__setattr__(self,'pth',pth)\n  __dataclass_builtins_object__.__setattr__(self,'pth_exec',pth_exec)\n  __dataclass_builtins_object__.__setattr__(self,'binaries',binaries)\n  __dataclass_builtins_object__.__setattr__(self,'install_hooks',install_hooks)\n  __dataclass_builtins_object__.__setattr__(self,'backend',backend)\n  __dataclass_builtins_object__.__setattr__(self,'size',size)\n return __init__"] = __create_fn__.__code__
def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(kind={self.kind!r}, filename={self.filename!r}, files={self.files!r}, modules={self.modules!r}, top_level={self.top_level!r}, pth={self.pth!r}, pth_exec={self.pth_exec!r}, binaries={self.binaries!r}, install_hooks={self.install_hooks!r}, backend={self.backend!r}, size={self.size!r})"
 return __repr__
CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(kind={self.kind!r}, filename={self.filename!r}, files={self.files!r}, modules={self.modules!r}, top_level={self.top_level!r}, pth={self.pth!r}, pth_exec={self.pth_exec!r}, binaries={self.binaries!r}, install_hooks={self.install_hooks!r}, backend={self.backend!r}, size={self.size!r})"\n return __repr__'] = __create_fn__.__code__
def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.kind,self.filename,self.files,self.modules,self.top_level,self.pth,self.pth_exec,self.binaries,self.install_hooks,self.backend,self.size,)==(other.kind,other.filename,other.files,other.modules,other.top_level,other.pth,other.pth_exec,other.binaries,other.install_hooks,other.backend,other.size,)
  return NotImplemented
 return __eq__
CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.kind,self.filename,self.files,self.modules,self.top_level,self.pth,self.pth_exec,self.binaries,self.install_hooks,self.backend,self.size,)==(other.kind,other.filename,other.files,other.modules,other.top_level,other.pth,other.pth_exec,other.binaries,other.install_hooks,other.backend,other.size,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('kind','filename','files','modules','top_level','pth','pth_exec','binaries','install_hooks','backend','size',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'kind\',\'filename\',\'files\',\'modules\',\'top_level\',\'pth\',\'pth_exec\',\'binaries\',\'install_hooks\',\'backend\',\'size\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('kind','filename','files','modules','top_level','pth','pth_exec','binaries','install_hooks','backend','size',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'kind\',\'filename\',\'files\',\'modules\',\'top_level\',\'pth\',\'pth_exec\',\'binaries\',\'install_hooks\',\'backend\',\'size\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__
def __create_fn__():
 def __hash__(self):
  return hash((self.kind,self.filename,self.files,self.modules,self.top_level,self.pth,self.pth_exec,self.binaries,self.install_hooks,self.backend,self.size,))
 return __hash__
CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.kind,self.filename,self.files,self.modules,self.top_level,self.pth,self.pth_exec,self.binaries,self.install_hooks,self.backend,self.size,))\n return __hash__'] = __create_fn__.__code__
