"""The methods of sscli.stores.oci.manifests's dataclasses as `dataclasses` writes them: generated, do
not edit (regenerate: python -m sscli.dataclass_methods)."""
# fmt: off
CODE = {}
def __create_fn__(_type_media_type, _type_digest, _type_size, _type_artifact_type, _type_annotations, _type_data, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_artifact_type, _dflt_annotations, _dflt_data, _return_type):
 def __init__(self,media_type:_type_media_type,digest:_type_digest,size:_type_size,artifact_type:_type_artifact_type=_dflt_artifact_type,annotations:_type_annotations=_dflt_annotations,data:_type_data=_dflt_data)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'media_type',media_type)
  __dataclass_builtins_object__.__setattr__(self,'digest',digest)
  __dataclass_builtins_object__.__setattr__(self,'size',size)
  __dataclass_builtins_object__.__setattr__(self,'artifact_type',artifact_type)
  __dataclass_builtins_object__.__setattr__(self,'annotations',annotations)
  __dataclass_builtins_object__.__setattr__(self,'data',data)
 return __init__
CODE["def __create_fn__(_type_media_type, _type_digest, _type_size, _type_artifact_type, _type_annotations, _type_data, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_artifact_type, _dflt_annotations, _dflt_data, _return_type):\n def __init__(self,media_type:_type_media_type,digest:_type_digest,size:_type_size,artifact_type:_type_artifact_type=_dflt_artifact_type,annotations:_type_annotations=_dflt_annotations,data:_type_data=_dflt_data)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'media_type',media_type)\n  __dataclass_builtins_object__.__setattr__(self,'digest',digest)\n  __dataclass_builtins_object__.__setattr__(self,'size',size)\n  __dataclass_builtins_object__.__setattr__(self,'artifact_type',artifact_type)\n  __dataclass_builtins_object__.__setattr__(self,'annotations',annotations)\n  __dataclass_builtins_object__.__setattr__(self,'data',data)\n return __init__"] = __create_fn__.__code__
def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(media_type={self.media_type!r}, digest={self.digest!r}, size={self.size!r}, artifact_type={self.artifact_type!r}, annotations={self.annotations!r}, data={self.data!r})"
 return __repr__
CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(media_type={self.media_type!r}, digest={self.digest!r}, size={self.size!r}, artifact_type={self.artifact_type!r}, annotations={self.annotations!r}, data={self.data!r})"\n return __repr__'] = __create_fn__.__code__
def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.media_type,self.digest,self.size,self.artifact_type,self.annotations,self.data,)==(other.media_type,other.digest,other.size,other.artifact_type,other.annotations,other.data,)
  return NotImplemented
 return __eq__
CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.media_type,self.digest,self.size,self.artifact_type,self.annotations,self.data,)==(other.media_type,other.digest,other.size,other.artifact_type,other.annotations,other.data,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('media_type','digest','size','artifact_type','annotations','data',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'media_type\',\'digest\',\'size\',\'artifact_type\',\'annotations\',\'data\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('media_type','digest','size','artifact_type','annotations','data',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'media_type\',\'digest\',\'size\',\'artifact_type\',\'annotations\',\'data\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__
def __create_fn__():
 def __hash__(self):
  return hash((self.media_type,self.digest,self.size,self.artifact_type,self.annotations,self.data,))
 return __hash__
CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.media_type,self.digest,self.size,self.artifact_type,self.annotations,self.data,))\n return __hash__'] = __create_fn__.__code__
def __create_fn__(_type_artifact_type, _type_layers, _type_subject, _type_annotations, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,artifact_type:_type_artifact_type,layers:_type_layers,subject:_type_subject,annotations:_type_annotations)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'artifact_type',artifact_type)
  __dataclass_builtins_object__.__setattr__(self,'layers',layers)
  __dataclass_builtins_object__.__setattr__(self,'subject',subject)
  __dataclass_builtins_object__.__setattr__(self,'annotations',annotations)
 return __init__
CODE["def __create_fn__(_type_artifact_type, _type_layers, _type_subject, _type_annotations, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,artifact_type:_type_artifact_type,layers:_type_layers,subject:_type_subject,annotations:_type_annotations)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'artifact_type',artifact_type)\n  __dataclass_builtins_object__.__setattr__(self,'layers',layers)\n  __dataclass_builtins_object__.__setattr__(self,'subject',subject)\n  __dataclass_builtins_object__.__setattr__(self,'annotations',annotations)\n return __init__"] = __create_fn__.__code__
def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(artifact_type={self.artifact_type!r}, layers={self.layers!r}, subject={self.subject!r}, annotations={self.annotations!r})"
 return __repr__
CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(artifact_type={self.artifact_type!r}, layers={self.layers!r}, subject={self.subject!r}, annotations={self.annotations!r})"\n return __repr__'] = __create_fn__.__code__
def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.artifact_type,self.layers,self.subject,self.annotations,)==(other.artifact_type,other.layers,other.subject,other.annotations,)
  return NotImplemented
 return __eq__
CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.artifact_type,self.layers,self.subject,self.annotations,)==(other.artifact_type,other.layers,other.subject,other.annotations,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('artifact_type','layers','subject','annotations',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'artifact_type\',\'layers\',\'subject\',\'annotations\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('artifact_type','layers','subject','annotations',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'artifact_type\',\'layers\',\'subject\',\'annotations\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__
def __create_fn__():
 def __hash__(self):
  return hash((self.artifact_type,self.layers,self.subject,self.annotations,))
 return __hash__
CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.artifact_type,self.layers,self.subject,self.annotations,))\n return __hash__'] = __create_fn__.__code__
