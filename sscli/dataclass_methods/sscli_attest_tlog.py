"""The methods of sscli.attest.tlog's dataclasses as `dataclasses` writes them: generated, do
not edit (regenerate: python -m sscli.dataclass_methods)."""
# fmt: off
CODE = {}
def __create_fn__(_type_source, _type_time, _type_by, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,source:_type_source,time:_type_time,by:_type_by)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'source',source)
  __dataclass_builtins_object__.__setattr__(self,'time',time)
  __dataclass_builtins_object__.__setattr__(self,'by',by)
 return __init__
CODE["def __create_fn__(_type_source, _type_time, _type_by, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,source:_type_source,time:_type_time,by:_type_by)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'source',source)\n  __dataclass_builtins_object__.__setattr__(self,'time',time)\n  __dataclass_builtins_object__.__setattr__(self,'by',by)\n return __init__"] = __create_fn__.__code__
def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(source={self.source!r}, time={self.time!r}, by={self.by!r})"
 return __repr__
CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(source={self.source!r}, time={self.time!r}, by={self.by!r})"\n return __repr__'] = __create_fn__.__code__
def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.source,self.time,self.by,)==(other.source,other.time,other.by,)
  return NotImplemented
 return __eq__
CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.source,self.time,self.by,)==(other.source,other.time,other.by,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('source','time','by',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'source\',\'time\',\'by\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('source','time','by',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'source\',\'time\',\'by\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__
def __create_fn__():
 def __hash__(self):
  return hash((self.source,self.time,self.by,))
 return __hash__
CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.source,self.time,self.by,))\n return __hash__'] = __create_fn__.__code__
def __create_fn__(_type_log, _type_index, _type_kind, _type_integrated_time, _type_instance, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_instance, _return_type):
 def __init__(self,log:_type_log,index:_type_index,kind:_type_kind,integrated_time:_type_integrated_time,instance:_type_instance=_dflt_instance)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'log',log)
  __dataclass_builtins_object__.__setattr__(self,'index',index)
  __dataclass_builtins_object__.__setattr__(self,'kind',kind)
  __dataclass_builtins_object__.__setattr__(self,'integrated_time',integrated_time)
  __dataclass_builtins_object__.__setattr__(self,'instance',instance)
 return __init__
CODE["def __create_fn__(_type_log, _type_index, _type_kind, _type_integrated_time, _type_instance, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_instance, _return_type):\n def __init__(self,log:_type_log,index:_type_index,kind:_type_kind,integrated_time:_type_integrated_time,instance:_type_instance=_dflt_instance)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'log',log)\n  __dataclass_builtins_object__.__setattr__(self,'index',index)\n  __dataclass_builtins_object__.__setattr__(self,'kind',kind)\n  __dataclass_builtins_object__.__setattr__(self,'integrated_time',integrated_time)\n  __dataclass_builtins_object__.__setattr__(self,'instance',instance)\n return __init__"] = __create_fn__.__code__
def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(log={self.log!r}, index={self.index!r}, kind={self.kind!r}, integrated_time={self.integrated_time!r})"
 return __repr__
CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(log={self.log!r}, index={self.index!r}, kind={self.kind!r}, integrated_time={self.integrated_time!r})"\n return __repr__'] = __create_fn__.__code__
def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.log,self.index,self.kind,self.integrated_time,)==(other.log,other.index,other.kind,other.integrated_time,)
  return NotImplemented
 return __eq__
CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.log,self.index,self.kind,self.integrated_time,)==(other.log,other.index,other.kind,other.integrated_time,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('log','index','kind','integrated_time','instance',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'log\',\'index\',\'kind\',\'integrated_time\',\'instance\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('log','index','kind','integrated_time','instance',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'log\',\'index\',\'kind\',\'integrated_time\',\'instance\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__
def __create_fn__():
 def __hash__(self):
  return hash((self.log,self.index,self.kind,self.integrated_time,))
 return __hash__
CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.log,self.index,self.kind,self.integrated_time,))\n return __hash__'] = __create_fn__.__code__
def __create_fn__(_type_key, _type_certificate, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_certificate, _return_type):
 def __init__(self,key:_type_key,certificate:_type_certificate=_dflt_certificate)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'key',key)
  __dataclass_builtins_object__.__setattr__(self,'certificate',certificate)
 return __init__
CODE["def __create_fn__(_type_key, _type_certificate, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_certificate, _return_type):\n def __init__(self,key:_type_key,certificate:_type_certificate=_dflt_certificate)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'key',key)\n  __dataclass_builtins_object__.__setattr__(self,'certificate',certificate)\n return __init__"] = __create_fn__.__code__
def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(key={self.key!r}, certificate={self.certificate!r})"
 return __repr__
CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(key={self.key!r}, certificate={self.certificate!r})"\n return __repr__'] = __create_fn__.__code__
def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.key,self.certificate,)==(other.key,other.certificate,)
  return NotImplemented
 return __eq__
CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.key,self.certificate,)==(other.key,other.certificate,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('key','certificate',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'key\',\'certificate\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('key','certificate',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'key\',\'certificate\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__
def __create_fn__():
 def __hash__(self):
  return hash((self.key,self.certificate,))
 return __hash__
CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.key,self.certificate,))\n return __hash__'] = __create_fn__.__code__
def __create_fn__(_type_signature, _type_envelope, _type_message_digest, _type_pae, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_envelope, _dflt_message_digest, _dflt_pae, _return_type):
 def __init__(self,signature:_type_signature,envelope:_type_envelope=_dflt_envelope,message_digest:_type_message_digest=_dflt_message_digest,pae:_type_pae=_dflt_pae)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'signature',signature)
  __dataclass_builtins_object__.__setattr__(self,'envelope',envelope)
  __dataclass_builtins_object__.__setattr__(self,'message_digest',message_digest)
  __dataclass_builtins_object__.__setattr__(self,'pae',pae)
 return __init__
CODE["def __create_fn__(_type_signature, _type_envelope, _type_message_digest, _type_pae, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_envelope, _dflt_message_digest, _dflt_pae, _return_type):\n def __init__(self,signature:_type_signature,envelope:_type_envelope=_dflt_envelope,message_digest:_type_message_digest=_dflt_message_digest,pae:_type_pae=_dflt_pae)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'signature',signature)\n  __dataclass_builtins_object__.__setattr__(self,'envelope',envelope)\n  __dataclass_builtins_object__.__setattr__(self,'message_digest',message_digest)\n  __dataclass_builtins_object__.__setattr__(self,'pae',pae)\n return __init__"] = __create_fn__.__code__
def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(signature={self.signature!r}, envelope={self.envelope!r}, message_digest={self.message_digest!r}, pae={self.pae!r})"
 return __repr__
CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(signature={self.signature!r}, envelope={self.envelope!r}, message_digest={self.message_digest!r}, pae={self.pae!r})"\n return __repr__'] = __create_fn__.__code__
def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.signature,self.envelope,self.message_digest,self.pae,)==(other.signature,other.envelope,other.message_digest,other.pae,)
  return NotImplemented
 return __eq__
CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.signature,self.envelope,self.message_digest,self.pae,)==(other.signature,other.envelope,other.message_digest,other.pae,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('signature','envelope','message_digest','pae',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'signature\',\'envelope\',\'message_digest\',\'pae\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('signature','envelope','message_digest','pae',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'signature\',\'envelope\',\'message_digest\',\'pae\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__
def __create_fn__():
 def __hash__(self):
  return hash((self.signature,self.envelope,self.message_digest,self.pae,))
 return __hash__
CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.signature,self.envelope,self.message_digest,self.pae,))\n return __hash__'] = __create_fn__.__code__
