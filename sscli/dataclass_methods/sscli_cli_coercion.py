"""The methods of sscli.cli.coercion's dataclasses as `dataclasses` writes them: generated, do
not edit (regenerate: python -m sscli.dataclass_methods)."""
# fmt: off
CODE = {}
def __create_fn__(_type_parameter_info, _type_annotation, _type_leaf, _type_many, _type_descriptor, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,parameter_info:_type_parameter_info,annotation:_type_annotation,leaf:_type_leaf,many:_type_many,descriptor:_type_descriptor)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'parameter_info',parameter_info)
  __dataclass_builtins_object__.__setattr__(self,'annotation',annotation)
  __dataclass_builtins_object__.__setattr__(self,'leaf',leaf)
  __dataclass_builtins_object__.__setattr__(self,'many',many)
  __dataclass_builtins_object__.__setattr__(self,'descriptor',descriptor)
 return __init__
CODE["def __create_fn__(_type_parameter_info, _type_annotation, _type_leaf, _type_many, _type_descriptor, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,parameter_info:_type_parameter_info,annotation:_type_annotation,leaf:_type_leaf,many:_type_many,descriptor:_type_descriptor)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'parameter_info',parameter_info)\n  __dataclass_builtins_object__.__setattr__(self,'annotation',annotation)\n  __dataclass_builtins_object__.__setattr__(self,'leaf',leaf)\n  __dataclass_builtins_object__.__setattr__(self,'many',many)\n  __dataclass_builtins_object__.__setattr__(self,'descriptor',descriptor)\n return __init__"] = __create_fn__.__code__
def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(parameter_info={self.parameter_info!r}, annotation={self.annotation!r}, leaf={self.leaf!r}, many={self.many!r}, descriptor={self.descriptor!r})"
 return __repr__
CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(parameter_info={self.parameter_info!r}, annotation={self.annotation!r}, leaf={self.leaf!r}, many={self.many!r}, descriptor={self.descriptor!r})"\n return __repr__'] = __create_fn__.__code__
def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.parameter_info,self.annotation,self.leaf,self.many,self.descriptor,)==(other.parameter_info,other.annotation,other.leaf,other.many,other.descriptor,)
  return NotImplemented
 return __eq__
CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.parameter_info,self.annotation,self.leaf,self.many,self.descriptor,)==(other.parameter_info,other.annotation,other.leaf,other.many,other.descriptor,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('parameter_info','annotation','leaf','many','descriptor',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'parameter_info\',\'annotation\',\'leaf\',\'many\',\'descriptor\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('parameter_info','annotation','leaf','many','descriptor',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'parameter_info\',\'annotation\',\'leaf\',\'many\',\'descriptor\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__
def __create_fn__():
 def __hash__(self):
  return hash((self.parameter_info,self.annotation,self.leaf,self.many,self.descriptor,))
 return __hash__
CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.parameter_info,self.annotation,self.leaf,self.many,self.descriptor,))\n return __hash__'] = __create_fn__.__code__
