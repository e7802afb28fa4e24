"""The methods of sscli.ingest.reingest's dataclasses as `dataclasses` writes them: generated, do
not edit (regenerate: python -m sscli.dataclass_methods)."""
# fmt: off
CODE = {}
def __create_fn__(_type_state_dir, _type_lock, _type_policy, _type_vault, _type_index_url, _type_metadata_index, _type_db, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,state_dir:_type_state_dir,lock:_type_lock,policy:_type_policy,vault:_type_vault,index_url:_type_index_url,metadata_index:_type_metadata_index,db:_type_db)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'state_dir',state_dir)
  __dataclass_builtins_object__.__setattr__(self,'lock',lock)
  __dataclass_builtins_object__.__setattr__(self,'policy',policy)
  __dataclass_builtins_object__.__setattr__(self,'vault',vault)
  __dataclass_builtins_object__.__setattr__(self,'index_url',index_url)
  __dataclass_builtins_object__.__setattr__(self,'metadata_index',metadata_index)
  __dataclass_builtins_object__.__setattr__(self,'db',db)
 return __init__
CODE["def __create_fn__(_type_state_dir, _type_lock, _type_policy, _type_vault, _type_index_url, _type_metadata_index, _type_db, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,state_dir:_type_state_dir,lock:_type_lock,policy:_type_policy,vault:_type_vault,index_url:_type_index_url,metadata_index:_type_metadata_index,db:_type_db)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'state_dir',state_dir)\n  __dataclass_builtins_object__.__setattr__(self,'lock',lock)\n  __dataclass_builtins_object__.__setattr__(self,'policy',policy)\n  __dataclass_builtins_object__.__setattr__(self,'vault',vault)\n  __dataclass_builtins_object__.__setattr__(self,'index_url',index_url)\n  __dataclass_builtins_object__.__setattr__(self,'metadata_index',metadata_index)\n  __dataclass_builtins_object__.__setattr__(self,'db',db)\n return __init__"] = __create_fn__.__code__
def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(state_dir={self.state_dir!r}, lock={self.lock!r}, policy={self.policy!r}, vault={self.vault!r}, index_url={self.index_url!r}, metadata_index={self.metadata_index!r}, db={self.db!r})"
 return __repr__
CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(state_dir={self.state_dir!r}, lock={self.lock!r}, policy={self.policy!r}, vault={self.vault!r}, index_url={self.index_url!r}, metadata_index={self.metadata_index!r}, db={self.db!r})"\n return __repr__'] = __create_fn__.__code__
def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.state_dir,self.lock,self.policy,self.vault,self.index_url,self.metadata_index,self.db,)==(other.state_dir,other.lock,other.policy,other.vault,other.index_url,other.metadata_index,other.db,)
  return NotImplemented
 return __eq__
CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.state_dir,self.lock,self.policy,self.vault,self.index_url,self.metadata_index,self.db,)==(other.state_dir,other.lock,other.policy,other.vault,other.index_url,other.metadata_index,other.db,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('state_dir','lock','policy','vault','index_url','metadata_index','db',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'state_dir\',\'lock\',\'policy\',\'vault\',\'index_url\',\'metadata_index\',\'db\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('state_dir','lock','policy','vault','index_url','metadata_index','db',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'state_dir\',\'lock\',\'policy\',\'vault\',\'index_url\',\'metadata_index\',\'db\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__
def __create_fn__():
 def __hash__(self):
  return hash((self.state_dir,self.lock,self.policy,self.vault,self.index_url,self.metadata_index,self.db,))
 return __hash__
CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.state_dir,self.lock,self.policy,self.vault,self.index_url,self.metadata_index,self.db,))\n return __hash__'] = __create_fn__.__code__
def __create_fn__(_type_lock, _type_policy, _type_pyproject, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,lock:_type_lock,policy:_type_policy,pyproject:_type_pyproject)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'lock',lock)
  __dataclass_builtins_object__.__setattr__(self,'policy',policy)
  __dataclass_builtins_object__.__setattr__(self,'pyproject',pyproject)
 return __init__
CODE["def __create_fn__(_type_lock, _type_policy, _type_pyproject, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,lock:_type_lock,policy:_type_policy,pyproject:_type_pyproject)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'lock',lock)\n  __dataclass_builtins_object__.__setattr__(self,'policy',policy)\n  __dataclass_builtins_object__.__setattr__(self,'pyproject',pyproject)\n return __init__"] = __create_fn__.__code__
def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(lock={self.lock!r}, policy={self.policy!r}, pyproject={self.pyproject!r})"
 return __repr__
CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(lock={self.lock!r}, policy={self.policy!r}, pyproject={self.pyproject!r})"\n return __repr__'] = __create_fn__.__code__
def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.lock,self.policy,self.pyproject,)==(other.lock,other.policy,other.pyproject,)
  return NotImplemented
 return __eq__
CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.lock,self.policy,self.pyproject,)==(other.lock,other.policy,other.pyproject,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('lock','policy','pyproject',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'lock\',\'policy\',\'pyproject\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('lock','policy','pyproject',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'lock\',\'policy\',\'pyproject\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__
def __create_fn__():
 def __hash__(self):
  return hash((self.lock,self.policy,self.pyproject,))
 return __hash__
CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.lock,self.policy,self.pyproject,))\n return __hash__'] = __create_fn__.__code__
