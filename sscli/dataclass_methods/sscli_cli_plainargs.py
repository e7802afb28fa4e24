"""The methods of sscli.cli.plainargs's dataclasses as `dataclasses` writes them: generated, do
not edit (regenerate: python -m sscli.dataclass_methods)."""
# fmt: off
CODE = {}
def __create_fn__(_type_command, _type_options, _type_repeatable, _type_flags, _type_environment, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_repeatable, _dflt_flags, _dflt_environment, _return_type):
 def __init__(self,command:_type_command,options:_type_options,repeatable:_type_repeatable=_dflt_repeatable,flags:_type_flags=_HAS_DEFAULT_FACTORY,environment:_type_environment=_HAS_DEFAULT_FACTORY)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'command',command)
  __dataclass_builtins_object__.__setattr__(self,'options',options)
  __dataclass_builtins_object__.__setattr__(self,'repeatable',repeatable)
  __dataclass_builtins_object__.__setattr__(self,'flags',_dflt_flags() if flags is _HAS_DEFAULT_FACTORY else flags)
  __dataclass_builtins_object__.__setattr__(self,'environment',_dflt_environment() if environment is _HAS_DEFAULT_FACTORY else environment)
 return __init__
CODE["def __create_fn__(_type_command, _type_options, _type_repeatable, _type_flags, _type_environment, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_repeatable, _dflt_flags, _dflt_environment, _return_type):\n def __init__(self,command:_type_command,options:_type_options,repeatable:_type_repeatable=_dflt_repeatable,flags:_type_flags=_HAS_DEFAULT_FACTORY,environment:_type_environment=_HAS_DEFAULT_FACTORY)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'command',command)\n  __dataclass_builtins_object__.__setattr__(self,'options',options)\n  __dataclass_builtins_object__.__setattr__(self,'repeatable',repeatable)\n  __dataclass_builtins_object__.__setattr__(self,'flags',_dflt_flags() if flags is _HAS_DEFAULT_FACTORY else flags)\n  __dataclass_builtins_object__.__setattr__(self,'environment',_dflt_environment() if environment is _HAS_DEFAULT_FACTORY else environment)\n return __init__"] = __create_fn__.__code__
def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(command={self.command!r}, options={self.options!r}, repeatable={self.repeatable!r}, flags={self.flags!r}, environment={self.environment!r})"
 return __repr__
CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(command={self.command!r}, options={self.options!r}, repeatable={self.repeatable!r}, flags={self.flags!r}, environment={self.environment!r})"\n return __repr__'] = __create_fn__.__code__
def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.command,self.options,self.repeatable,self.flags,self.environment,)==(other.command,other.options,other.repeatable,other.flags,other.environment,)
  return NotImplemented
 return __eq__
CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.command,self.options,self.repeatable,self.flags,self.environment,)==(other.command,other.options,other.repeatable,other.flags,other.environment,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('command','options','repeatable','flags','environment',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'command\',\'options\',\'repeatable\',\'flags\',\'environment\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('command','options','repeatable','flags','environment',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'command\',\'options\',\'repeatable\',\'flags\',\'environment\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__
def __create_fn__():
 def __hash__(self):
  return hash((self.command,self.options,self.repeatable,self.flags,self.environment,))
 return __hash__
CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.command,self.options,self.repeatable,self.flags,self.environment,))\n return __hash__'] = __create_fn__.__code__
def __create_fn__(_type_state_dir, _type_positional, _type_values, _type_lists, _type_flags, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,state_dir:_type_state_dir,positional:_type_positional,values:_type_values,lists:_type_lists,flags:_type_flags)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'state_dir',state_dir)
  __dataclass_builtins_object__.__setattr__(self,'positional',positional)
  __dataclass_builtins_object__.__setattr__(self,'values',values)
  __dataclass_builtins_object__.__setattr__(self,'lists',lists)
  __dataclass_builtins_object__.__setattr__(self,'flags',flags)
 return __init__
CODE["def __create_fn__(_type_state_dir, _type_positional, _type_values, _type_lists, _type_flags, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,state_dir:_type_state_dir,positional:_type_positional,values:_type_values,lists:_type_lists,flags:_type_flags)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'state_dir',state_dir)\n  __dataclass_builtins_object__.__setattr__(self,'positional',positional)\n  __dataclass_builtins_object__.__setattr__(self,'values',values)\n  __dataclass_builtins_object__.__setattr__(self,'lists',lists)\n  __dataclass_builtins_object__.__setattr__(self,'flags',flags)\n return __init__"] = __create_fn__.__code__
def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(state_dir={self.state_dir!r}, positional={self.positional!r}, values={self.values!r}, lists={self.lists!r}, flags={self.flags!r})"
 return __repr__
CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(state_dir={self.state_dir!r}, positional={self.positional!r}, values={self.values!r}, lists={self.lists!r}, flags={self.flags!r})"\n return __repr__'] = __create_fn__.__code__
def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.state_dir,self.positional,self.values,self.lists,self.flags,)==(other.state_dir,other.positional,other.values,other.lists,other.flags,)
  return NotImplemented
 return __eq__
CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.state_dir,self.positional,self.values,self.lists,self.flags,)==(other.state_dir,other.positional,other.values,other.lists,other.flags,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('state_dir','positional','values','lists','flags',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'state_dir\',\'positional\',\'values\',\'lists\',\'flags\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('state_dir','positional','values','lists','flags',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'state_dir\',\'positional\',\'values\',\'lists\',\'flags\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__
def __create_fn__():
 def __hash__(self):
  return hash((self.state_dir,self.positional,self.values,self.lists,self.flags,))
 return __hash__
CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.state_dir,self.positional,self.values,self.lists,self.flags,))\n return __hash__'] = __create_fn__.__code__
