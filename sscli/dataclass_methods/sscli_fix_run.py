"""The methods of sscli.fix.run's dataclasses as `dataclasses` writes them: generated, do
not edit (regenerate: python -m sscli.dataclass_methods)."""
# fmt: off
CODE = {}
def __create_fn__(_type_path, _type_kind, _type_plan, _type_diff, _type_written, _type_files, _type_remaining, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,path:_type_path,kind:_type_kind,plan:_type_plan,diff:_type_diff,written:_type_written,files:_type_files,remaining:_type_remaining)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'path',path)
  __dataclass_builtins_object__.__setattr__(self,'kind',kind)
  __dataclass_builtins_object__.__setattr__(self,'plan',plan)
  __dataclass_builtins_object__.__setattr__(self,'diff',diff)
  __dataclass_builtins_object__.__setattr__(self,'written',written)
  __dataclass_builtins_object__.__setattr__(self,'files',files)
  __dataclass_builtins_object__.__setattr__(self,'remaining',remaining)
 return __init__
CODE["def __create_fn__(_type_path, _type_kind, _type_plan, _type_diff, _type_written, _type_files, _type_remaining, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,path:_type_path,kind:_type_kind,plan:_type_plan,diff:_type_diff,written:_type_written,files:_type_files,remaining:_type_remaining)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'path',path)\n  __dataclass_builtins_object__.__setattr__(self,'kind',kind)\n  __dataclass_builtins_object__.__setattr__(self,'plan',plan)\n  __dataclass_builtins_object__.__setattr__(self,'diff',diff)\n  __dataclass_builtins_object__.__setattr__(self,'written',written)\n  __dataclass_builtins_object__.__setattr__(self,'files',files)\n  __dataclass_builtins_object__.__setattr__(self,'remaining',remaining)\n return __init__"] = __create_fn__.__code__
def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(path={self.path!r}, kind={self.kind!r}, plan={self.plan!r}, diff={self.diff!r}, written={self.written!r}, files={self.files!r}, remaining={self.remaining!r})"
 return __repr__
CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(path={self.path!r}, kind={self.kind!r}, plan={self.plan!r}, diff={self.diff!r}, written={self.written!r}, files={self.files!r}, remaining={self.remaining!r})"\n return __repr__'] = __create_fn__.__code__
def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.path,self.kind,self.plan,self.diff,self.written,self.files,self.remaining,)==(other.path,other.kind,other.plan,other.diff,other.written,other.files,other.remaining,)
  return NotImplemented
 return __eq__
CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.path,self.kind,self.plan,self.diff,self.written,self.files,self.remaining,)==(other.path,other.kind,other.plan,other.diff,other.written,other.files,other.remaining,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('path','kind','plan','diff','written','files','remaining',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'path\',\'kind\',\'plan\',\'diff\',\'written\',\'files\',\'remaining\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('path','kind','plan','diff','written','files','remaining',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'path\',\'kind\',\'plan\',\'diff\',\'written\',\'files\',\'remaining\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__
def __create_fn__():
 def __hash__(self):
  return hash((self.path,self.kind,self.plan,self.diff,self.written,self.files,self.remaining,))
 return __hash__
CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.path,self.kind,self.plan,self.diff,self.written,self.files,self.remaining,))\n return __hash__'] = __create_fn__.__code__
