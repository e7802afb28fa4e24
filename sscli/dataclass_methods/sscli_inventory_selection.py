"""The methods of sscli.inventory.selection's dataclasses as `dataclasses` writes them: generated, do
not edit (regenerate: python -m sscli.dataclass_methods)."""
# fmt: off
CODE = {}
def __create_fn__(_type_text, _type_os, _type_machine, _type_wheel_tags, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,text:_type_text,os:_type_os,machine:_type_machine,wheel_tags:_type_wheel_tags)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'text',text)
  __dataclass_builtins_object__.__setattr__(self,'os',os)
  __dataclass_builtins_object__.__setattr__(self,'machine',machine)
  __dataclass_builtins_object__.__setattr__(self,'wheel_tags',wheel_tags)
 return __init__
CODE["def __create_fn__(_type_text, _type_os, _type_machine, _type_wheel_tags, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,text:_type_text,os:_type_os,machine:_type_machine,wheel_tags:_type_wheel_tags)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'text',text)\n  __dataclass_builtins_object__.__setattr__(self,'os',os)\n  __dataclass_builtins_object__.__setattr__(self,'machine',machine)\n  __dataclass_builtins_object__.__setattr__(self,'wheel_tags',wheel_tags)\n return __init__"] = __create_fn__.__code__
def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(text={self.text!r}, os={self.os!r}, machine={self.machine!r}, wheel_tags={self.wheel_tags!r})"
 return __repr__
CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(text={self.text!r}, os={self.os!r}, machine={self.machine!r}, wheel_tags={self.wheel_tags!r})"\n return __repr__'] = __create_fn__.__code__
def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.text,self.os,self.machine,self.wheel_tags,)==(other.text,other.os,other.machine,other.wheel_tags,)
  return NotImplemented
 return __eq__
CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.text,self.os,self.machine,self.wheel_tags,)==(other.text,other.os,other.machine,other.wheel_tags,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('text','os','machine','wheel_tags',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'text\',\'os\',\'machine\',\'wheel_tags\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('text','os','machine','wheel_tags',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'text\',\'os\',\'machine\',\'wheel_tags\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__
def __create_fn__():
 def __hash__(self):
  return hash((self.text,self.os,self.machine,self.wheel_tags,))
 return __hash__
CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.text,self.os,self.machine,self.wheel_tags,))\n return __hash__'] = __create_fn__.__code__
def __create_fn__(_type_python_version, _type_platform, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_python_version, _dflt_platform, _return_type):
 def __init__(self,python_version:_type_python_version=_dflt_python_version,platform:_type_platform=_dflt_platform)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'python_version',python_version)
  __dataclass_builtins_object__.__setattr__(self,'platform',platform)
 return __init__
CODE["def __create_fn__(_type_python_version, _type_platform, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_python_version, _dflt_platform, _return_type):\n def __init__(self,python_version:_type_python_version=_dflt_python_version,platform:_type_platform=_dflt_platform)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'python_version',python_version)\n  __dataclass_builtins_object__.__setattr__(self,'platform',platform)\n return __init__"] = __create_fn__.__code__
def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(python_version={self.python_version!r}, platform={self.platform!r})"
 return __repr__
CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(python_version={self.python_version!r}, platform={self.platform!r})"\n return __repr__'] = __create_fn__.__code__
def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.python_version,self.platform,)==(other.python_version,other.platform,)
  return NotImplemented
 return __eq__
CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.python_version,self.platform,)==(other.python_version,other.platform,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('python_version','platform',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'python_version\',\'platform\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('python_version','platform',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'python_version\',\'platform\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__
def __create_fn__():
 def __hash__(self):
  return hash((self.python_version,self.platform,))
 return __hash__
CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.python_version,self.platform,))\n return __hash__'] = __create_fn__.__code__
def __create_fn__(_type_groups, _type_all_groups, _type_extras, _type_all_extras, _type_packages, _type_all_packages, _type_targets, _type_universal, _type_allow_unpinned, _type__environments, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_groups, _dflt_all_groups, _dflt_extras, _dflt_all_extras, _dflt_packages, _dflt_all_packages, _dflt_targets, _dflt_universal, _dflt_allow_unpinned, _dflt__environments, _return_type):
 def __init__(self,groups:_type_groups=_dflt_groups,all_groups:_type_all_groups=_dflt_all_groups,extras:_type_extras=_dflt_extras,all_extras:_type_all_extras=_dflt_all_extras,packages:_type_packages=_dflt_packages,all_packages:_type_all_packages=_dflt_all_packages,targets:_type_targets=_dflt_targets,universal:_type_universal=_dflt_universal,allow_unpinned:_type_allow_unpinned=_dflt_allow_unpinned,_environments:_type__environments=_HAS_DEFAULT_FACTORY)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'groups',groups)
  __dataclass_builtins_object__.__setattr__(self,'all_groups',all_groups)
  __dataclass_builtins_object__.__setattr__(self,'extras',extras)
  __dataclass_builtins_object__.__setattr__(self,'all_extras',all_extras)
  __dataclass_builtins_object__.__setattr__(self,'packages',packages)
  __dataclass_builtins_object__.__setattr__(self,'all_packages',all_packages)
  __dataclass_builtins_object__.__setattr__(self,'targets',targets)
  __dataclass_builtins_object__.__setattr__(self,'universal',universal)
  __dataclass_builtins_object__.__setattr__(self,'allow_unpinned',allow_unpinned)
  __dataclass_builtins_object__.__setattr__(self,'_environments',_dflt__environments() if _environments is _HAS_DEFAULT_FACTORY else _environments)
 return __init__
CODE["def __create_fn__(_type_groups, _type_all_groups, _type_extras, _type_all_extras, _type_packages, _type_all_packages, _type_targets, _type_universal, _type_allow_unpinned, _type__environments, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_groups, _dflt_all_groups, _dflt_extras, _dflt_all_extras, _dflt_packages, _dflt_all_packages, _dflt_targets, _dflt_universal, _dflt_allow_unpinned, _dflt__environments, _return_type):\n def __init__(self,groups:_type_groups=_dflt_groups,all_groups:_type_all_groups=_dflt_all_groups,extras:_type_extras=_dflt_extras,all_extras:_type_all_extras=_dflt_all_extras,packages:_type_packages=_dflt_packages,all_packages:_type_all_packages=_dflt_all_packages,targets:_type_targets=_dflt_targets,universal:_type_universal=_dflt_universal,allow_unpinned:_type_allow_unpinned=_dflt_allow_unpinned,_environments:_type__environments=_HAS_DEFAULT_FACTORY)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'groups',groups)\n  __dataclass_builtins_object__.__setattr__(self,'all_groups',all_groups)\n  __dataclass_builtins_object__.__setattr__(self,'extras',extras)\n  __dataclass_builtins_object__.__setattr__(self,'all_extras',all_extras)\n  __dataclass_builtins_object__.__setattr__(self,'packages',packages)\n  __dataclass_builtins_object__.__setattr__(self,'all_packages',all_packages)\n  __dataclass_builtins_object__.__setattr__(self,'targets',targets)\n  __dataclass_builtins_object__.__setattr__(self,'universal',universal)\n  __dataclass_builtins_object__.__setattr__(self,'allow_unpinned',allow_unpinned)\n  __dataclass_builtins_object__.__setattr__(self,'_environments',_dflt__environments() if _environments is _HAS_DEFAULT_FACTORY else _environments)\n return __init__"] = __create_fn__.__code__
def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(groups={self.groups!r}, all_groups={self.all_groups!r}, extras={self.extras!r}, all_extras={self.all_extras!r}, packages={self.packages!r}, all_packages={self.all_packages!r}, targets={self.targets!r}, universal={self.universal!r}, allow_unpinned={self.allow_unpinned!r})"
 return __repr__
CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(groups={self.groups!r}, all_groups={self.all_groups!r}, extras={self.extras!r}, all_extras={self.all_extras!r}, packages={self.packages!r}, all_packages={self.all_packages!r}, targets={self.targets!r}, universal={self.universal!r}, allow_unpinned={self.allow_unpinned!r})"\n return __repr__'] = __create_fn__.__code__
def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.groups,self.all_groups,self.extras,self.all_extras,self.packages,self.all_packages,self.targets,self.universal,self.allow_unpinned,)==(other.groups,other.all_groups,other.extras,other.all_extras,other.packages,other.all_packages,other.targets,other.universal,other.allow_unpinned,)
  return NotImplemented
 return __eq__
CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.groups,self.all_groups,self.extras,self.all_extras,self.packages,self.all_packages,self.targets,self.universal,self.allow_unpinned,)==(other.groups,other.all_groups,other.extras,other.all_extras,other.packages,other.all_packages,other.targets,other.universal,other.allow_unpinned,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('groups','all_groups','extras','all_extras','packages','all_packages','targets','universal','allow_unpinned','_environments',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'groups\',\'all_groups\',\'extras\',\'all_extras\',\'packages\',\'all_packages\',\'targets\',\'universal\',\'allow_unpinned\',\'_environments\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('groups','all_groups','extras','all_extras','packages','all_packages','targets','universal','allow_unpinned','_environments',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'groups\',\'all_groups\',\'extras\',\'all_extras\',\'packages\',\'all_packages\',\'targets\',\'universal\',\'allow_unpinned\',\'_environments\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__
def __create_fn__():
 def __hash__(self):
  return hash((self.groups,self.all_groups,self.extras,self.all_extras,self.packages,self.all_packages,self.targets,self.universal,self.allow_unpinned,))
 return __hash__
CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.groups,self.all_groups,self.extras,self.all_extras,self.packages,self.all_packages,self.targets,self.universal,self.allow_unpinned,))\n return __hash__'] = __create_fn__.__code__
