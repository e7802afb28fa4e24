"""The methods of sscli.pipeline.definition's dataclasses as `dataclasses` writes them: generated, do
not edit (regenerate: python -m sscli.dataclass_methods)."""
# fmt: off
CODE = {}
def __create_fn__(_type_name, _type_run, _type_copy, _type_inputs, _type_outputs, _type_each, _type_always, _type_clean, _type_if_missing, _type_link, _type_when, _type_expand, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_run, _dflt_copy, _dflt_inputs, _dflt_outputs, _dflt_each, _dflt_always, _dflt_clean, _dflt_if_missing, _dflt_link, _dflt_when, _dflt_expand, _return_type):
 def __init__(self,name:_type_name,run:_type_run=_dflt_run,copy:_type_copy=_dflt_copy,inputs:_type_inputs=_dflt_inputs,outputs:_type_outputs=_dflt_outputs,each:_type_each=_dflt_each,always:_type_always=_dflt_always,clean:_type_clean=_dflt_clean,if_missing:_type_if_missing=_dflt_if_missing,link:_type_link=_dflt_link,when:_type_when=_dflt_when,expand:_type_expand=_dflt_expand)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'name',name)
  __dataclass_builtins_object__.__setattr__(self,'run',run)
  __dataclass_builtins_object__.__setattr__(self,'copy',copy)
  __dataclass_builtins_object__.__setattr__(self,'inputs',inputs)
  __dataclass_builtins_object__.__setattr__(self,'outputs',outputs)
  __dataclass_builtins_object__.__setattr__(self,'each',each)
  __dataclass_builtins_object__.__setattr__(self,'always',always)
  __dataclass_builtins_object__.__setattr__(self,'clean',clean)
  __dataclass_builtins_object__.__setattr__(self,'if_missing',if_missing)
  __dataclass_builtins_object__.__setattr__(self,'link',link)
  __dataclass_builtins_object__.__setattr__(self,'when',when)
  __dataclass_builtins_object__.__setattr__(self,'expand',expand)
 return __init__
CODE["def __create_fn__(_type_name, _type_run, _type_copy, _type_inputs, _type_outputs, _type_each, _type_always, _type_clean, _type_if_missing, _type_link, _type_when, _type_expand, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_run, _dflt_copy, _dflt_inputs, _dflt_outputs, _dflt_each, _dflt_always, _dflt_clean, _dflt_if_missing, _dflt_link, _dflt_when, _dflt_expand, _return_type):\n def __init__(self,name:_type_name,run:_type_run=_dflt_run,copy:_type_copy=_dflt_copy,inputs:_type_inputs=_dflt_inputs,outputs:_type_outputs=_dflt_outputs,each:_type_each=_dflt_each,always:_type_always=_dflt_always,clean:_type_clean=_dflt_clean,if_missing:_type_if_missing=_dflt_if_missing,link:_type_link=_dflt_link,when:_type_when=_dflt_when,expand:_type_expand=_dflt_expand)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'name',name)\n  __dataclass_builtins_object__.__setattr__(self,'run',run)\n  __dataclass_builtins_object__.__setattr__(self,'copy',copy)\n  __dataclass_builtins_object__.__setattr__(self,'inputs',inputs)\n  __dataclass_builtins_object__.__setattr__(self,'outputs',outputs)\n  __dataclass_builtins_object__.__setattr__(self,'each',each)\n  __dataclass_builtins_object__.__setattr__(self,'always',always)\n  __dataclass_builtins_object__.__setattr__(self,'clean',clean)\n  __dataclass_builtins_object__.__setattr__(self,'if_missing',if_missing)\n  __dataclass_builtins_object__.__setattr__(self,'link',link)\n  __dataclass_builtins_object__.__setattr__(self,'when',when)\n  __dataclass_builtins_object__.__setattr__(self,'expand',expand)\n return __init__"] = __create_fn__.__code__
def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(name={self.name!r}, run={self.run!r}, copy={self.copy!r}, inputs={self.inputs!r}, outputs={self.outputs!r}, each={self.each!r}, always={self.always!r}, clean={self.clean!r}, if_missing={self.if_missing!r}, link={self.link!r}, when={self.when!r}, expand={self.expand!r})"
 return __repr__
CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(name={self.name!r}, run={self.run!r}, copy={self.copy!r}, inputs={self.inputs!r}, outputs={self.outputs!r}, each={self.each!r}, always={self.always!r}, clean={self.clean!r}, if_missing={self.if_missing!r}, link={self.link!r}, when={self.when!r}, expand={self.expand!r})"\n return __repr__'] = __create_fn__.__code__
def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.name,self.run,self.copy,self.inputs,self.outputs,self.each,self.always,self.clean,self.if_missing,self.link,self.when,self.expand,)==(other.name,other.run,other.copy,other.inputs,other.outputs,other.each,other.always,other.clean,other.if_missing,other.link,other.when,other.expand,)
  return NotImplemented
 return __eq__
CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.name,self.run,self.copy,self.inputs,self.outputs,self.each,self.always,self.clean,self.if_missing,self.link,self.when,self.expand,)==(other.name,other.run,other.copy,other.inputs,other.outputs,other.each,other.always,other.clean,other.if_missing,other.link,other.when,other.expand,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('name','run','copy','inputs','outputs','each','always','clean','if_missing','link','when','expand',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'name\',\'run\',\'copy\',\'inputs\',\'outputs\',\'each\',\'always\',\'clean\',\'if_missing\',\'link\',\'when\',\'expand\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('name','run','copy','inputs','outputs','each','always','clean','if_missing','link','when','expand',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'name\',\'run\',\'copy\',\'inputs\',\'outputs\',\'each\',\'always\',\'clean\',\'if_missing\',\'link\',\'when\',\'expand\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__
def __create_fn__():
 def __hash__(self):
  return hash((self.name,self.run,self.copy,self.inputs,self.outputs,self.each,self.always,self.clean,self.if_missing,self.link,self.when,self.expand,))
 return __hash__
CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.name,self.run,self.copy,self.inputs,self.outputs,self.each,self.always,self.clean,self.if_missing,self.link,self.when,self.expand,))\n return __hash__'] = __create_fn__.__code__
def __create_fn__(_type_key, _type_directory, _type_public_key, _type_passphrase_env, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_public_key, _dflt_passphrase_env, _return_type):
 def __init__(self,key:_type_key,directory:_type_directory,public_key:_type_public_key=_dflt_public_key,passphrase_env:_type_passphrase_env=_dflt_passphrase_env)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'key',key)
  __dataclass_builtins_object__.__setattr__(self,'directory',directory)
  __dataclass_builtins_object__.__setattr__(self,'public_key',public_key)
  __dataclass_builtins_object__.__setattr__(self,'passphrase_env',passphrase_env)
 return __init__
CODE["def __create_fn__(_type_key, _type_directory, _type_public_key, _type_passphrase_env, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_public_key, _dflt_passphrase_env, _return_type):\n def __init__(self,key:_type_key,directory:_type_directory,public_key:_type_public_key=_dflt_public_key,passphrase_env:_type_passphrase_env=_dflt_passphrase_env)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'key',key)\n  __dataclass_builtins_object__.__setattr__(self,'directory',directory)\n  __dataclass_builtins_object__.__setattr__(self,'public_key',public_key)\n  __dataclass_builtins_object__.__setattr__(self,'passphrase_env',passphrase_env)\n return __init__"] = __create_fn__.__code__
def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(key={self.key!r}, directory={self.directory!r}, public_key={self.public_key!r}, passphrase_env={self.passphrase_env!r})"
 return __repr__
CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(key={self.key!r}, directory={self.directory!r}, public_key={self.public_key!r}, passphrase_env={self.passphrase_env!r})"\n return __repr__'] = __create_fn__.__code__
def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.key,self.directory,self.public_key,self.passphrase_env,)==(other.key,other.directory,other.public_key,other.passphrase_env,)
  return NotImplemented
 return __eq__
CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.key,self.directory,self.public_key,self.passphrase_env,)==(other.key,other.directory,other.public_key,other.passphrase_env,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('key','directory','public_key','passphrase_env',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'key\',\'directory\',\'public_key\',\'passphrase_env\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('key','directory','public_key','passphrase_env',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'key\',\'directory\',\'public_key\',\'passphrase_env\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__
def __create_fn__():
 def __hash__(self):
  return hash((self.key,self.directory,self.public_key,self.passphrase_env,))
 return __hash__
CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.key,self.directory,self.public_key,self.passphrase_env,))\n return __hash__'] = __create_fn__.__code__
def __create_fn__(_type_path, _type_variables, _type_steps, _type_links, _type_missing, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_links, _dflt_missing, _return_type):
 def __init__(self,path:_type_path,variables:_type_variables,steps:_type_steps,links:_type_links=_dflt_links,missing:_type_missing=_HAS_DEFAULT_FACTORY)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'path',path)
  __dataclass_builtins_object__.__setattr__(self,'variables',variables)
  __dataclass_builtins_object__.__setattr__(self,'steps',steps)
  __dataclass_builtins_object__.__setattr__(self,'links',links)
  __dataclass_builtins_object__.__setattr__(self,'missing',_dflt_missing() if missing is _HAS_DEFAULT_FACTORY else missing)
 return __init__
CODE["def __create_fn__(_type_path, _type_variables, _type_steps, _type_links, _type_missing, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_links, _dflt_missing, _return_type):\n def __init__(self,path:_type_path,variables:_type_variables,steps:_type_steps,links:_type_links=_dflt_links,missing:_type_missing=_HAS_DEFAULT_FACTORY)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'path',path)\n  __dataclass_builtins_object__.__setattr__(self,'variables',variables)\n  __dataclass_builtins_object__.__setattr__(self,'steps',steps)\n  __dataclass_builtins_object__.__setattr__(self,'links',links)\n  __dataclass_builtins_object__.__setattr__(self,'missing',_dflt_missing() if missing is _HAS_DEFAULT_FACTORY else missing)\n return __init__"] = __create_fn__.__code__
def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(path={self.path!r}, variables={self.variables!r}, steps={self.steps!r}, links={self.links!r}, missing={self.missing!r})"
 return __repr__
CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(path={self.path!r}, variables={self.variables!r}, steps={self.steps!r}, links={self.links!r}, missing={self.missing!r})"\n return __repr__'] = __create_fn__.__code__
def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.path,self.variables,self.steps,self.links,self.missing,)==(other.path,other.variables,other.steps,other.links,other.missing,)
  return NotImplemented
 return __eq__
CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.path,self.variables,self.steps,self.links,self.missing,)==(other.path,other.variables,other.steps,other.links,other.missing,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('path','variables','steps','links','missing',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'path\',\'variables\',\'steps\',\'links\',\'missing\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('path','variables','steps','links','missing',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'path\',\'variables\',\'steps\',\'links\',\'missing\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__
def __create_fn__():
 def __hash__(self):
  return hash((self.path,self.variables,self.steps,self.links,self.missing,))
 return __hash__
CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.path,self.variables,self.steps,self.links,self.missing,))\n return __hash__'] = __create_fn__.__code__
