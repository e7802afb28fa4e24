"""The methods of sscli.attest.trustroot's dataclasses as `dataclasses` writes them: generated, do
not edit (regenerate: python -m sscli.dataclass_methods)."""
# fmt: off
CODE = {}
def __create_fn__(_type_start, _type_end, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_end, _return_type):
 def __init__(self,start:_type_start,end:_type_end=_dflt_end)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'start',start)
  __dataclass_builtins_object__.__setattr__(self,'end',end)
 return __init__
CODE["def __create_fn__(_type_start, _type_end, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_end, _return_type):\n def __init__(self,start:_type_start,end:_type_end=_dflt_end)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'start',start)\n  __dataclass_builtins_object__.__setattr__(self,'end',end)\n return __init__"] = __create_fn__.__code__
def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(start={self.start!r}, end={self.end!r})"
 return __repr__
CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(start={self.start!r}, end={self.end!r})"\n return __repr__'] = __create_fn__.__code__
def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.start,self.end,)==(other.start,other.end,)
  return NotImplemented
 return __eq__
CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.start,self.end,)==(other.start,other.end,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('start','end',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'start\',\'end\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('start','end',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'start\',\'end\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__
def __create_fn__():
 def __hash__(self):
  return hash((self.start,self.end,))
 return __hash__
CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.start,self.end,))\n return __hash__'] = __create_fn__.__code__
def __create_fn__(_type_name, _type_certificates, _type_validity, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,name:_type_name,certificates:_type_certificates,validity:_type_validity)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'name',name)
  __dataclass_builtins_object__.__setattr__(self,'certificates',certificates)
  __dataclass_builtins_object__.__setattr__(self,'validity',validity)
 return __init__
CODE["def __create_fn__(_type_name, _type_certificates, _type_validity, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,name:_type_name,certificates:_type_certificates,validity:_type_validity)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'name',name)\n  __dataclass_builtins_object__.__setattr__(self,'certificates',certificates)\n  __dataclass_builtins_object__.__setattr__(self,'validity',validity)\n return __init__"] = __create_fn__.__code__
def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(name={self.name!r}, certificates={self.certificates!r}, validity={self.validity!r})"
 return __repr__
CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(name={self.name!r}, certificates={self.certificates!r}, validity={self.validity!r})"\n return __repr__'] = __create_fn__.__code__
def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.name,self.certificates,self.validity,)==(other.name,other.certificates,other.validity,)
  return NotImplemented
 return __eq__
CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.name,self.certificates,self.validity,)==(other.name,other.certificates,other.validity,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('name','certificates','validity',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'name\',\'certificates\',\'validity\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('name','certificates','validity',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'name\',\'certificates\',\'validity\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__
def __create_fn__():
 def __hash__(self):
  return hash((self.name,self.certificates,self.validity,))
 return __hash__
CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.name,self.certificates,self.validity,))\n return __hash__'] = __create_fn__.__code__
def __create_fn__(_type_base_url, _type_log_id, _type_key, _type_validity, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,base_url:_type_base_url,log_id:_type_log_id,key:_type_key,validity:_type_validity)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'base_url',base_url)
  __dataclass_builtins_object__.__setattr__(self,'log_id',log_id)
  __dataclass_builtins_object__.__setattr__(self,'key',key)
  __dataclass_builtins_object__.__setattr__(self,'validity',validity)
 return __init__
CODE["def __create_fn__(_type_base_url, _type_log_id, _type_key, _type_validity, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,base_url:_type_base_url,log_id:_type_log_id,key:_type_key,validity:_type_validity)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'base_url',base_url)\n  __dataclass_builtins_object__.__setattr__(self,'log_id',log_id)\n  __dataclass_builtins_object__.__setattr__(self,'key',key)\n  __dataclass_builtins_object__.__setattr__(self,'validity',validity)\n return __init__"] = __create_fn__.__code__
def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(base_url={self.base_url!r}, log_id={self.log_id!r}, key={self.key!r}, validity={self.validity!r})"
 return __repr__
CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(base_url={self.base_url!r}, log_id={self.log_id!r}, key={self.key!r}, validity={self.validity!r})"\n return __repr__'] = __create_fn__.__code__
def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.base_url,self.log_id,self.key,self.validity,)==(other.base_url,other.log_id,other.key,other.validity,)
  return NotImplemented
 return __eq__
CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.base_url,self.log_id,self.key,self.validity,)==(other.base_url,other.log_id,other.key,other.validity,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('base_url','log_id','key','validity',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'base_url\',\'log_id\',\'key\',\'validity\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('base_url','log_id','key','validity',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'base_url\',\'log_id\',\'key\',\'validity\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__
def __create_fn__():
 def __hash__(self):
  return hash((self.base_url,self.log_id,self.key,self.validity,))
 return __hash__
CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.base_url,self.log_id,self.key,self.validity,))\n return __hash__'] = __create_fn__.__code__
def __create_fn__(_type_source, _type_certificate_authorities, _type_timestamp_authorities, _type_tlogs, _type_ctlogs, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,source:_type_source,certificate_authorities:_type_certificate_authorities,timestamp_authorities:_type_timestamp_authorities,tlogs:_type_tlogs,ctlogs:_type_ctlogs)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'source',source)
  __dataclass_builtins_object__.__setattr__(self,'certificate_authorities',certificate_authorities)
  __dataclass_builtins_object__.__setattr__(self,'timestamp_authorities',timestamp_authorities)
  __dataclass_builtins_object__.__setattr__(self,'tlogs',tlogs)
  __dataclass_builtins_object__.__setattr__(self,'ctlogs',ctlogs)
 return __init__
CODE["def __create_fn__(_type_source, _type_certificate_authorities, _type_timestamp_authorities, _type_tlogs, _type_ctlogs, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,source:_type_source,certificate_authorities:_type_certificate_authorities,timestamp_authorities:_type_timestamp_authorities,tlogs:_type_tlogs,ctlogs:_type_ctlogs)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'source',source)\n  __dataclass_builtins_object__.__setattr__(self,'certificate_authorities',certificate_authorities)\n  __dataclass_builtins_object__.__setattr__(self,'timestamp_authorities',timestamp_authorities)\n  __dataclass_builtins_object__.__setattr__(self,'tlogs',tlogs)\n  __dataclass_builtins_object__.__setattr__(self,'ctlogs',ctlogs)\n return __init__"] = __create_fn__.__code__
def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(source={self.source!r}, certificate_authorities={self.certificate_authorities!r}, timestamp_authorities={self.timestamp_authorities!r}, tlogs={self.tlogs!r}, ctlogs={self.ctlogs!r})"
 return __repr__
CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(source={self.source!r}, certificate_authorities={self.certificate_authorities!r}, timestamp_authorities={self.timestamp_authorities!r}, tlogs={self.tlogs!r}, ctlogs={self.ctlogs!r})"\n return __repr__'] = __create_fn__.__code__
def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.source,self.certificate_authorities,self.timestamp_authorities,self.tlogs,self.ctlogs,)==(other.source,other.certificate_authorities,other.timestamp_authorities,other.tlogs,other.ctlogs,)
  return NotImplemented
 return __eq__
CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.source,self.certificate_authorities,self.timestamp_authorities,self.tlogs,self.ctlogs,)==(other.source,other.certificate_authorities,other.timestamp_authorities,other.tlogs,other.ctlogs,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('source','certificate_authorities','timestamp_authorities','tlogs','ctlogs',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'source\',\'certificate_authorities\',\'timestamp_authorities\',\'tlogs\',\'ctlogs\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('source','certificate_authorities','timestamp_authorities','tlogs','ctlogs',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'source\',\'certificate_authorities\',\'timestamp_authorities\',\'tlogs\',\'ctlogs\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__
def __create_fn__():
 def __hash__(self):
  return hash((self.source,self.certificate_authorities,self.timestamp_authorities,self.tlogs,self.ctlogs,))
 return __hash__
CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.source,self.certificate_authorities,self.timestamp_authorities,self.tlogs,self.ctlogs,))\n return __hash__'] = __create_fn__.__code__
