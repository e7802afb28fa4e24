"""The methods of sscli.verify.rules.base's dataclasses as `dataclasses` writes them: generated, do
not edit (regenerate: python -m sscli.dataclass_methods)."""
# fmt: off
CODE = {}
def __create_fn__(_type_message, _type_location, _type_waivable, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_location, _dflt_waivable, _return_type):
 def __init__(self,message:_type_message,location:_type_location=_dflt_location,waivable:_type_waivable=_dflt_waivable)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'message',message)
  __dataclass_builtins_object__.__setattr__(self,'location',location)
  __dataclass_builtins_object__.__setattr__(self,'waivable',waivable)
 return __init__
CODE["def __create_fn__(_type_message, _type_location, _type_waivable, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_location, _dflt_waivable, _return_type):\n def __init__(self,message:_type_message,location:_type_location=_dflt_location,waivable:_type_waivable=_dflt_waivable)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'message',message)\n  __dataclass_builtins_object__.__setattr__(self,'location',location)\n  __dataclass_builtins_object__.__setattr__(self,'waivable',waivable)\n return __init__"] = __create_fn__.__code__
def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(message={self.message!r}, location={self.location!r}, waivable={self.waivable!r})"
 return __repr__
CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(message={self.message!r}, location={self.location!r}, waivable={self.waivable!r})"\n return __repr__'] = __create_fn__.__code__
def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.message,self.location,self.waivable,)==(other.message,other.location,other.waivable,)
  return NotImplemented
 return __eq__
CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.message,self.location,self.waivable,)==(other.message,other.location,other.waivable,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('message','location','waivable',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'message\',\'location\',\'waivable\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('message','location','waivable',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'message\',\'location\',\'waivable\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__
def __create_fn__():
 def __hash__(self):
  return hash((self.message,self.location,self.waivable,))
 return __hash__
CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.message,self.location,self.waivable,))\n return __hash__'] = __create_fn__.__code__
def __create_fn__(_type_status, _type_reason, _type_problems, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_problems, _return_type):
 def __init__(self,status:_type_status,reason:_type_reason,problems:_type_problems=_dflt_problems)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'status',status)
  __dataclass_builtins_object__.__setattr__(self,'reason',reason)
  __dataclass_builtins_object__.__setattr__(self,'problems',problems)
 return __init__
CODE["def __create_fn__(_type_status, _type_reason, _type_problems, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_problems, _return_type):\n def __init__(self,status:_type_status,reason:_type_reason,problems:_type_problems=_dflt_problems)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'status',status)\n  __dataclass_builtins_object__.__setattr__(self,'reason',reason)\n  __dataclass_builtins_object__.__setattr__(self,'problems',problems)\n return __init__"] = __create_fn__.__code__
def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(status={self.status!r}, reason={self.reason!r}, problems={self.problems!r})"
 return __repr__
CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(status={self.status!r}, reason={self.reason!r}, problems={self.problems!r})"\n return __repr__'] = __create_fn__.__code__
def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.status,self.reason,self.problems,)==(other.status,other.reason,other.problems,)
  return NotImplemented
 return __eq__
CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.status,self.reason,self.problems,)==(other.status,other.reason,other.problems,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('status','reason','problems',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'status\',\'reason\',\'problems\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('status','reason','problems',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'status\',\'reason\',\'problems\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__
def __create_fn__():
 def __hash__(self):
  return hash((self.status,self.reason,self.problems,))
 return __hash__
CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.status,self.reason,self.problems,))\n return __hash__'] = __create_fn__.__code__
def __create_fn__(_type_id, _type_severity, _type_summary, _type_check, _type_waivable, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_waivable, _return_type):
 def __init__(self,id:_type_id,severity:_type_severity,summary:_type_summary,check:_type_check,waivable:_type_waivable=_dflt_waivable)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'id',id)
  __dataclass_builtins_object__.__setattr__(self,'severity',severity)
  __dataclass_builtins_object__.__setattr__(self,'summary',summary)
  __dataclass_builtins_object__.__setattr__(self,'check',check)
  __dataclass_builtins_object__.__setattr__(self,'waivable',waivable)
 return __init__
CODE["def __create_fn__(_type_id, _type_severity, _type_summary, _type_check, _type_waivable, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_waivable, _return_type):\n def __init__(self,id:_type_id,severity:_type_severity,summary:_type_summary,check:_type_check,waivable:_type_waivable=_dflt_waivable)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'id',id)\n  __dataclass_builtins_object__.__setattr__(self,'severity',severity)\n  __dataclass_builtins_object__.__setattr__(self,'summary',summary)\n  __dataclass_builtins_object__.__setattr__(self,'check',check)\n  __dataclass_builtins_object__.__setattr__(self,'waivable',waivable)\n return __init__"] = __create_fn__.__code__
def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(id={self.id!r}, severity={self.severity!r}, summary={self.summary!r}, check={self.check!r}, waivable={self.waivable!r})"
 return __repr__
CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(id={self.id!r}, severity={self.severity!r}, summary={self.summary!r}, check={self.check!r}, waivable={self.waivable!r})"\n return __repr__'] = __create_fn__.__code__
def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.id,self.severity,self.summary,self.check,self.waivable,)==(other.id,other.severity,other.summary,other.check,other.waivable,)
  return NotImplemented
 return __eq__
CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.id,self.severity,self.summary,self.check,self.waivable,)==(other.id,other.severity,other.summary,other.check,other.waivable,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('id','severity','summary','check','waivable',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'id\',\'severity\',\'summary\',\'check\',\'waivable\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('id','severity','summary','check','waivable',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'id\',\'severity\',\'summary\',\'check\',\'waivable\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__
def __create_fn__():
 def __hash__(self):
  return hash((self.id,self.severity,self.summary,self.check,self.waivable,))
 return __hash__
CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.id,self.severity,self.summary,self.check,self.waivable,))\n return __hash__'] = __create_fn__.__code__
