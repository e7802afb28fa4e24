"""The methods of sscli.build.sandbox's dataclasses as `dataclasses` writes them: generated, do
not edit (regenerate: python -m sscli.dataclass_methods)."""
# fmt: off
CODE = {}
def __create_fn__(_type_source, _type_target, _type_writable, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_writable, _return_type):
 def __init__(self,source:_type_source,target:_type_target,writable:_type_writable=_dflt_writable)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'source',source)
  __dataclass_builtins_object__.__setattr__(self,'target',target)
  __dataclass_builtins_object__.__setattr__(self,'writable',writable)
 return __init__
CODE["def __create_fn__(_type_source, _type_target, _type_writable, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_writable, _return_type):\n def __init__(self,source:_type_source,target:_type_target,writable:_type_writable=_dflt_writable)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'source',source)\n  __dataclass_builtins_object__.__setattr__(self,'target',target)\n  __dataclass_builtins_object__.__setattr__(self,'writable',writable)\n return __init__"] = __create_fn__.__code__
def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(source={self.source!r}, target={self.target!r}, writable={self.writable!r})"
 return __repr__
CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(source={self.source!r}, target={self.target!r}, writable={self.writable!r})"\n return __repr__'] = __create_fn__.__code__
def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.source,self.target,self.writable,)==(other.source,other.target,other.writable,)
  return NotImplemented
 return __eq__
CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.source,self.target,self.writable,)==(other.source,other.target,other.writable,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('source','target','writable',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'source\',\'target\',\'writable\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('source','target','writable',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'source\',\'target\',\'writable\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__
def __create_fn__():
 def __hash__(self):
  return hash((self.source,self.target,self.writable,))
 return __hash__
CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.source,self.target,self.writable,))\n return __hash__'] = __create_fn__.__code__
def __create_fn__(_type_argv, _type_binds, _type_env, _type_cwd, _type_timeout, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_binds, _dflt_env, _dflt_cwd, _dflt_timeout, _return_type):
 def __init__(self,argv:_type_argv,binds:_type_binds=_HAS_DEFAULT_FACTORY,env:_type_env=_HAS_DEFAULT_FACTORY,cwd:_type_cwd=_dflt_cwd,timeout:_type_timeout=_dflt_timeout)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'argv',argv)
  __dataclass_builtins_object__.__setattr__(self,'binds',_dflt_binds() if binds is _HAS_DEFAULT_FACTORY else binds)
  __dataclass_builtins_object__.__setattr__(self,'env',_dflt_env() if env is _HAS_DEFAULT_FACTORY else env)
  __dataclass_builtins_object__.__setattr__(self,'cwd',cwd)
  __dataclass_builtins_object__.__setattr__(self,'timeout',timeout)
 return __init__
CODE["def __create_fn__(_type_argv, _type_binds, _type_env, _type_cwd, _type_timeout, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_binds, _dflt_env, _dflt_cwd, _dflt_timeout, _return_type):\n def __init__(self,argv:_type_argv,binds:_type_binds=_HAS_DEFAULT_FACTORY,env:_type_env=_HAS_DEFAULT_FACTORY,cwd:_type_cwd=_dflt_cwd,timeout:_type_timeout=_dflt_timeout)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'argv',argv)\n  __dataclass_builtins_object__.__setattr__(self,'binds',_dflt_binds() if binds is _HAS_DEFAULT_FACTORY else binds)\n  __dataclass_builtins_object__.__setattr__(self,'env',_dflt_env() if env is _HAS_DEFAULT_FACTORY else env)\n  __dataclass_builtins_object__.__setattr__(self,'cwd',cwd)\n  __dataclass_builtins_object__.__setattr__(self,'timeout',timeout)\n return __init__"] = __create_fn__.__code__
def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(argv={self.argv!r}, binds={self.binds!r}, env={self.env!r}, cwd={self.cwd!r}, timeout={self.timeout!r})"
 return __repr__
CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(argv={self.argv!r}, binds={self.binds!r}, env={self.env!r}, cwd={self.cwd!r}, timeout={self.timeout!r})"\n return __repr__'] = __create_fn__.__code__
def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.argv,self.binds,self.env,self.cwd,self.timeout,)==(other.argv,other.binds,other.env,other.cwd,other.timeout,)
  return NotImplemented
 return __eq__
CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.argv,self.binds,self.env,self.cwd,self.timeout,)==(other.argv,other.binds,other.env,other.cwd,other.timeout,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('argv','binds','env','cwd','timeout',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'argv\',\'binds\',\'env\',\'cwd\',\'timeout\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('argv','binds','env','cwd','timeout',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'argv\',\'binds\',\'env\',\'cwd\',\'timeout\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__
def __create_fn__():
 def __hash__(self):
  return hash((self.argv,self.binds,self.env,self.cwd,self.timeout,))
 return __hash__
CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.argv,self.binds,self.env,self.cwd,self.timeout,))\n return __hash__'] = __create_fn__.__code__
def __create_fn__(_type_returncode, _type_output, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,returncode:_type_returncode,output:_type_output)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'returncode',returncode)
  __dataclass_builtins_object__.__setattr__(self,'output',output)
 return __init__
CODE["def __create_fn__(_type_returncode, _type_output, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,returncode:_type_returncode,output:_type_output)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'returncode',returncode)\n  __dataclass_builtins_object__.__setattr__(self,'output',output)\n return __init__"] = __create_fn__.__code__
def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(returncode={self.returncode!r}, output={self.output!r})"
 return __repr__
CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(returncode={self.returncode!r}, output={self.output!r})"\n return __repr__'] = __create_fn__.__code__
def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.returncode,self.output,)==(other.returncode,other.output,)
  return NotImplemented
 return __eq__
CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.returncode,self.output,)==(other.returncode,other.output,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('returncode','output',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'returncode\',\'output\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('returncode','output',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'returncode\',\'output\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__
def __create_fn__():
 def __hash__(self):
  return hash((self.returncode,self.output,))
 return __hash__
CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.returncode,self.output,))\n return __hash__'] = __create_fn__.__code__
