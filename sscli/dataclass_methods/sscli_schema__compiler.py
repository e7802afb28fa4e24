"""The methods of sscli.schema_compiler's dataclasses as `dataclasses` writes them: generated, do
not edit (regenerate: python -m sscli.dataclass_methods)."""
# fmt: off
CODE = {}
def __create_fn__(_type_uri, _type_pointer, _type_schema, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,uri:_type_uri,pointer:_type_pointer,schema:_type_schema)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'uri',uri)
  __dataclass_builtins_object__.__setattr__(self,'pointer',pointer)
  __dataclass_builtins_object__.__setattr__(self,'schema',schema)
 return __init__
CODE["def __create_fn__(_type_uri, _type_pointer, _type_schema, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,uri:_type_uri,pointer:_type_pointer,schema:_type_schema)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'uri',uri)\n  __dataclass_builtins_object__.__setattr__(self,'pointer',pointer)\n  __dataclass_builtins_object__.__setattr__(self,'schema',schema)\n return __init__"] = __create_fn__.__code__
def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(uri={self.uri!r}, pointer={self.pointer!r}, schema={self.schema!r})"
 return __repr__
CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(uri={self.uri!r}, pointer={self.pointer!r}, schema={self.schema!r})"\n return __repr__'] = __create_fn__.__code__
def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.uri,self.pointer,self.schema,)==(other.uri,other.pointer,other.schema,)
  return NotImplemented
 return __eq__
CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.uri,self.pointer,self.schema,)==(other.uri,other.pointer,other.schema,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('uri','pointer','schema',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'uri\',\'pointer\',\'schema\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('uri','pointer','schema',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'uri\',\'pointer\',\'schema\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__
def __create_fn__():
 def __hash__(self):
  return hash((self.uri,self.pointer,self.schema,))
 return __hash__
CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.uri,self.pointer,self.schema,))\n return __hash__'] = __create_fn__.__code__
