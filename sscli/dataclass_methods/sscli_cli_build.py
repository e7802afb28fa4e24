"""The methods of sscli.cli.build's dataclasses as `dataclasses` writes them: generated, do
not edit (regenerate: python -m sscli.dataclass_methods)."""
# fmt: off
CODE = {}
def __create_fn__(_type_vault, _type_out, _type_source_date_epoch, _type_no_sandbox, _type_builder, _type_link_name, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,vault:_type_vault,out:_type_out,source_date_epoch:_type_source_date_epoch,no_sandbox:_type_no_sandbox,builder:_type_builder,link_name:_type_link_name)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'vault',vault)
  __dataclass_builtins_object__.__setattr__(self,'out',out)
  __dataclass_builtins_object__.__setattr__(self,'source_date_epoch',source_date_epoch)
  __dataclass_builtins_object__.__setattr__(self,'no_sandbox',no_sandbox)
  __dataclass_builtins_object__.__setattr__(self,'builder',builder)
  __dataclass_builtins_object__.__setattr__(self,'link_name',link_name)
 return __init__
CODE["def __create_fn__(_type_vault, _type_out, _type_source_date_epoch, _type_no_sandbox, _type_builder, _type_link_name, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,vault:_type_vault,out:_type_out,source_date_epoch:_type_source_date_epoch,no_sandbox:_type_no_sandbox,builder:_type_builder,link_name:_type_link_name)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'vault',vault)\n  __dataclass_builtins_object__.__setattr__(self,'out',out)\n  __dataclass_builtins_object__.__setattr__(self,'source_date_epoch',source_date_epoch)\n  __dataclass_builtins_object__.__setattr__(self,'no_sandbox',no_sandbox)\n  __dataclass_builtins_object__.__setattr__(self,'builder',builder)\n  __dataclass_builtins_object__.__setattr__(self,'link_name',link_name)\n return __init__"] = __create_fn__.__code__
def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(vault={self.vault!r}, out={self.out!r}, source_date_epoch={self.source_date_epoch!r}, no_sandbox={self.no_sandbox!r}, builder={self.builder!r}, link_name={self.link_name!r})"
 return __repr__
CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(vault={self.vault!r}, out={self.out!r}, source_date_epoch={self.source_date_epoch!r}, no_sandbox={self.no_sandbox!r}, builder={self.builder!r}, link_name={self.link_name!r})"\n return __repr__'] = __create_fn__.__code__
def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.vault,self.out,self.source_date_epoch,self.no_sandbox,self.builder,self.link_name,)==(other.vault,other.out,other.source_date_epoch,other.no_sandbox,other.builder,other.link_name,)
  return NotImplemented
 return __eq__
CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.vault,self.out,self.source_date_epoch,self.no_sandbox,self.builder,self.link_name,)==(other.vault,other.out,other.source_date_epoch,other.no_sandbox,other.builder,other.link_name,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('vault','out','source_date_epoch','no_sandbox','builder','link_name',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'vault\',\'out\',\'source_date_epoch\',\'no_sandbox\',\'builder\',\'link_name\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('vault','out','source_date_epoch','no_sandbox','builder','link_name',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'vault\',\'out\',\'source_date_epoch\',\'no_sandbox\',\'builder\',\'link_name\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__
def __create_fn__():
 def __hash__(self):
  return hash((self.vault,self.out,self.source_date_epoch,self.no_sandbox,self.builder,self.link_name,))
 return __hash__
CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.vault,self.out,self.source_date_epoch,self.no_sandbox,self.builder,self.link_name,))\n return __hash__'] = __create_fn__.__code__
