"""The methods of sscli.build.source's dataclasses as `dataclasses` writes them: generated, do
not edit (regenerate: python -m sscli.dataclass_methods)."""
# fmt: off
CODE = {}
def __create_fn__(_type_filename, _type_sha256, _type_newest_time, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,filename:_type_filename,sha256:_type_sha256,newest_time:_type_newest_time)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'filename',filename)
  __dataclass_builtins_object__.__setattr__(self,'sha256',sha256)
  __dataclass_builtins_object__.__setattr__(self,'newest_time',newest_time)
 return __init__
CODE["def __create_fn__(_type_filename, _type_sha256, _type_newest_time, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,filename:_type_filename,sha256:_type_sha256,newest_time:_type_newest_time)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'filename',filename)\n  __dataclass_builtins_object__.__setattr__(self,'sha256',sha256)\n  __dataclass_builtins_object__.__setattr__(self,'newest_time',newest_time)\n return __init__"] = __create_fn__.__code__
def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(filename={self.filename!r}, sha256={self.sha256!r}, newest_time={self.newest_time!r})"
 return __repr__
CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(filename={self.filename!r}, sha256={self.sha256!r}, newest_time={self.newest_time!r})"\n return __repr__'] = __create_fn__.__code__
def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.filename,self.sha256,self.newest_time,)==(other.filename,other.sha256,other.newest_time,)
  return NotImplemented
 return __eq__
CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.filename,self.sha256,self.newest_time,)==(other.filename,other.sha256,other.newest_time,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('filename','sha256','newest_time',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'filename\',\'sha256\',\'newest_time\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('filename','sha256','newest_time',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'filename\',\'sha256\',\'newest_time\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__
def __create_fn__():
 def __hash__(self):
  return hash((self.filename,self.sha256,self.newest_time,))
 return __hash__
CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.filename,self.sha256,self.newest_time,))\n return __hash__'] = __create_fn__.__code__
def __create_fn__(_type_path, _type_repository, _type_commit, _type_ref, _type_subdirectory, _type_dirty, _type_commit_time, _type_sdist, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_repository, _dflt_commit, _dflt_ref, _dflt_subdirectory, _dflt_dirty, _dflt_commit_time, _dflt_sdist, _return_type):
 def __init__(self,path:_type_path,repository:_type_repository=_dflt_repository,commit:_type_commit=_dflt_commit,ref:_type_ref=_dflt_ref,subdirectory:_type_subdirectory=_dflt_subdirectory,dirty:_type_dirty=_dflt_dirty,commit_time:_type_commit_time=_dflt_commit_time,sdist:_type_sdist=_dflt_sdist)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'path',path)
  __dataclass_builtins_object__.__setattr__(self,'repository',repository)
  __dataclass_builtins_object__.__setattr__(self,'commit',commit)
  __dataclass_builtins_object__.__setattr__(self,'ref',ref)
  __dataclass_builtins_object__.__setattr__(self,'subdirectory',subdirectory)
  __dataclass_builtins_object__.__setattr__(self,'dirty',dirty)
  __dataclass_builtins_object__.__setattr__(self,'commit_time',commit_time)
  __dataclass_builtins_object__.__setattr__(self,'sdist',sdist)
 return __init__
CODE["def __create_fn__(_type_path, _type_repository, _type_commit, _type_ref, _type_subdirectory, _type_dirty, _type_commit_time, _type_sdist, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_repository, _dflt_commit, _dflt_ref, _dflt_subdirectory, _dflt_dirty, _dflt_commit_time, _dflt_sdist, _return_type):\n def __init__(self,path:_type_path,repository:_type_repository=_dflt_repository,commit:_type_commit=_dflt_commit,ref:_type_ref=_dflt_ref,subdirectory:_type_subdirectory=_dflt_subdirectory,dirty:_type_dirty=_dflt_dirty,commit_time:_type_commit_time=_dflt_commit_time,sdist:_type_sdist=_dflt_sdist)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'path',path)\n  __dataclass_builtins_object__.__setattr__(self,'repository',repository)\n  __dataclass_builtins_object__.__setattr__(self,'commit',commit)\n  __dataclass_builtins_object__.__setattr__(self,'ref',ref)\n  __dataclass_builtins_object__.__setattr__(self,'subdirectory',subdirectory)\n  __dataclass_builtins_object__.__setattr__(self,'dirty',dirty)\n  __dataclass_builtins_object__.__setattr__(self,'commit_time',commit_time)\n  __dataclass_builtins_object__.__setattr__(self,'sdist',sdist)\n return __init__"] = __create_fn__.__code__
def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(path={self.path!r}, repository={self.repository!r}, commit={self.commit!r}, ref={self.ref!r}, subdirectory={self.subdirectory!r}, dirty={self.dirty!r}, commit_time={self.commit_time!r}, sdist={self.sdist!r})"
 return __repr__
CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(path={self.path!r}, repository={self.repository!r}, commit={self.commit!r}, ref={self.ref!r}, subdirectory={self.subdirectory!r}, dirty={self.dirty!r}, commit_time={self.commit_time!r}, sdist={self.sdist!r})"\n return __repr__'] = __create_fn__.__code__
def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.path,self.repository,self.commit,self.ref,self.subdirectory,self.dirty,self.commit_time,self.sdist,)==(other.path,other.repository,other.commit,other.ref,other.subdirectory,other.dirty,other.commit_time,other.sdist,)
  return NotImplemented
 return __eq__
CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.path,self.repository,self.commit,self.ref,self.subdirectory,self.dirty,self.commit_time,self.sdist,)==(other.path,other.repository,other.commit,other.ref,other.subdirectory,other.dirty,other.commit_time,other.sdist,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('path','repository','commit','ref','subdirectory','dirty','commit_time','sdist',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'path\',\'repository\',\'commit\',\'ref\',\'subdirectory\',\'dirty\',\'commit_time\',\'sdist\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('path','repository','commit','ref','subdirectory','dirty','commit_time','sdist',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'path\',\'repository\',\'commit\',\'ref\',\'subdirectory\',\'dirty\',\'commit_time\',\'sdist\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__
def __create_fn__():
 def __hash__(self):
  return hash((self.path,self.repository,self.commit,self.ref,self.subdirectory,self.dirty,self.commit_time,self.sdist,))
 return __hash__
CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.path,self.repository,self.commit,self.ref,self.subdirectory,self.dirty,self.commit_time,self.sdist,))\n return __hash__'] = __create_fn__.__code__
def __create_fn__(_type_epoch, _type_origin, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,epoch:_type_epoch,origin:_type_origin)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'epoch',epoch)
  __dataclass_builtins_object__.__setattr__(self,'origin',origin)
 return __init__
CODE["def __create_fn__(_type_epoch, _type_origin, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,epoch:_type_epoch,origin:_type_origin)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'epoch',epoch)\n  __dataclass_builtins_object__.__setattr__(self,'origin',origin)\n return __init__"] = __create_fn__.__code__
def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(epoch={self.epoch!r}, origin={self.origin!r})"
 return __repr__
CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(epoch={self.epoch!r}, origin={self.origin!r})"\n return __repr__'] = __create_fn__.__code__
def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.epoch,self.origin,)==(other.epoch,other.origin,)
  return NotImplemented
 return __eq__
CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.epoch,self.origin,)==(other.epoch,other.origin,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('epoch','origin',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'epoch\',\'origin\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('epoch','origin',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'epoch\',\'origin\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__
def __create_fn__():
 def __hash__(self):
  return hash((self.epoch,self.origin,))
 return __hash__
CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.epoch,self.origin,))\n return __hash__'] = __create_fn__.__code__
