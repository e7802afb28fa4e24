"""The methods of sscli.attest.statement's dataclasses as `dataclasses` writes them: generated, do
not edit (regenerate: python -m sscli.dataclass_methods)."""
# fmt: off
CODE = {}
def __create_fn__(_type_digest, _type_name, _type_uri, _type_annotations, _type_media_type, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_name, _dflt_uri, _dflt_annotations, _dflt_media_type, _return_type):
 def __init__(self,digest:_type_digest,name:_type_name=_dflt_name,uri:_type_uri=_dflt_uri,annotations:_type_annotations=_HAS_DEFAULT_FACTORY,media_type:_type_media_type=_dflt_media_type)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'digest',digest)
  __dataclass_builtins_object__.__setattr__(self,'name',name)
  __dataclass_builtins_object__.__setattr__(self,'uri',uri)
  __dataclass_builtins_object__.__setattr__(self,'annotations',_dflt_annotations() if annotations is _HAS_DEFAULT_FACTORY else annotations)
  __dataclass_builtins_object__.__setattr__(self,'media_type',media_type)
 return __init__
CODE["def __create_fn__(_type_digest, _type_name, _type_uri, _type_annotations, _type_media_type, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_name, _dflt_uri, _dflt_annotations, _dflt_media_type, _return_type):\n def __init__(self,digest:_type_digest,name:_type_name=_dflt_name,uri:_type_uri=_dflt_uri,annotations:_type_annotations=_HAS_DEFAULT_FACTORY,media_type:_type_media_type=_dflt_media_type)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'digest',digest)\n  __dataclass_builtins_object__.__setattr__(self,'name',name)\n  __dataclass_builtins_object__.__setattr__(self,'uri',uri)\n  __dataclass_builtins_object__.__setattr__(self,'annotations',_dflt_annotations() if annotations is _HAS_DEFAULT_FACTORY else annotations)\n  __dataclass_builtins_object__.__setattr__(self,'media_type',media_type)\n return __init__"] = __create_fn__.__code__
def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(digest={self.digest!r}, name={self.name!r}, uri={self.uri!r}, annotations={self.annotations!r}, media_type={self.media_type!r})"
 return __repr__
CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(digest={self.digest!r}, name={self.name!r}, uri={self.uri!r}, annotations={self.annotations!r}, media_type={self.media_type!r})"\n return __repr__'] = __create_fn__.__code__
def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.digest,self.name,self.uri,self.annotations,self.media_type,)==(other.digest,other.name,other.uri,other.annotations,other.media_type,)
  return NotImplemented
 return __eq__
CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.digest,self.name,self.uri,self.annotations,self.media_type,)==(other.digest,other.name,other.uri,other.annotations,other.media_type,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('digest','name','uri','annotations','media_type',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'digest\',\'name\',\'uri\',\'annotations\',\'media_type\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('digest','name','uri','annotations','media_type',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'digest\',\'name\',\'uri\',\'annotations\',\'media_type\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__
def __create_fn__():
 def __hash__(self):
  return hash((self.digest,self.name,self.uri,self.annotations,self.media_type,))
 return __hash__
CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.digest,self.name,self.uri,self.annotations,self.media_type,))\n return __hash__'] = __create_fn__.__code__
def __create_fn__(_type_subjects, _type_predicate_type, _type_predicate, _type_statement_type, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_predicate, _dflt_statement_type, _return_type):
 def __init__(self,subjects:_type_subjects,predicate_type:_type_predicate_type,predicate:_type_predicate=_HAS_DEFAULT_FACTORY,statement_type:_type_statement_type=_dflt_statement_type)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'subjects',subjects)
  __dataclass_builtins_object__.__setattr__(self,'predicate_type',predicate_type)
  __dataclass_builtins_object__.__setattr__(self,'predicate',_dflt_predicate() if predicate is _HAS_DEFAULT_FACTORY else predicate)
  __dataclass_builtins_object__.__setattr__(self,'statement_type',statement_type)
  self.__post_init__()
 return __init__
CODE["def __create_fn__(_type_subjects, _type_predicate_type, _type_predicate, _type_statement_type, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_predicate, _dflt_statement_type, _return_type):\n def __init__(self,subjects:_type_subjects,predicate_type:_type_predicate_type,predicate:_type_predicate=_HAS_DEFAULT_FACTORY,statement_type:_type_statement_type=_dflt_statement_type)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'subjects',subjects)\n  __dataclass_builtins_object__.__setattr__(self,'predicate_type',predicate_type)\n  __dataclass_builtins_object__.__setattr__(self,'predicate',_dflt_predicate() if predicate is _HAS_DEFAULT_FACTORY else predicate)\n  __dataclass_builtins_object__.__setattr__(self,'statement_type',statement_type)\n  self.__post_init__()\n return __init__"] = __create_fn__.__code__
def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(subjects={self.subjects!r}, predicate_type={self.predicate_type!r}, predicate={self.predicate!r}, statement_type={self.statement_type!r})"
 return __repr__
CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(subjects={self.subjects!r}, predicate_type={self.predicate_type!r}, predicate={self.predicate!r}, statement_type={self.statement_type!r})"\n return __repr__'] = __create_fn__.__code__
def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.subjects,self.predicate_type,self.predicate,self.statement_type,)==(other.subjects,other.predicate_type,other.predicate,other.statement_type,)
  return NotImplemented
 return __eq__
CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.subjects,self.predicate_type,self.predicate,self.statement_type,)==(other.subjects,other.predicate_type,other.predicate,other.statement_type,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('subjects','predicate_type','predicate','statement_type',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'subjects\',\'predicate_type\',\'predicate\',\'statement_type\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('subjects','predicate_type','predicate','statement_type',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'subjects\',\'predicate_type\',\'predicate\',\'statement_type\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__
def __create_fn__():
 def __hash__(self):
  return hash((self.subjects,self.predicate_type,self.predicate,self.statement_type,))
 return __hash__
CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.subjects,self.predicate_type,self.predicate,self.statement_type,))\n return __hash__'] = __create_fn__.__code__
