"""The methods of sscli.scan.vex's dataclasses as `dataclasses` writes them: generated, do
not edit (regenerate: python -m sscli.dataclass_methods)."""
# fmt: off
CODE = {}
def __create_fn__(_type_name, _type_version, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,name:_type_name,version:_type_version)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'name',name)
  __dataclass_builtins_object__.__setattr__(self,'version',version)
 return __init__
CODE["def __create_fn__(_type_name, _type_version, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,name:_type_name,version:_type_version)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'name',name)\n  __dataclass_builtins_object__.__setattr__(self,'version',version)\n return __init__"] = __create_fn__.__code__
def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(name={self.name!r}, version={self.version!r})"
 return __repr__
CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(name={self.name!r}, version={self.version!r})"\n return __repr__'] = __create_fn__.__code__
def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.name,self.version,)==(other.name,other.version,)
  return NotImplemented
 return __eq__
CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.name,self.version,)==(other.name,other.version,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('name','version',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'name\',\'version\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('name','version',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'name\',\'version\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__
def __create_fn__():
 def __hash__(self):
  return hash((self.name,self.version,))
 return __hash__
CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.name,self.version,))\n return __hash__'] = __create_fn__.__code__
def __create_fn__(_type_vulnerabilities, _type_products, _type_status, _type_justification, _type_detail, _type_timestamp, _type_source, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,vulnerabilities:_type_vulnerabilities,products:_type_products,status:_type_status,justification:_type_justification,detail:_type_detail,timestamp:_type_timestamp,source:_type_source)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'vulnerabilities',vulnerabilities)
  __dataclass_builtins_object__.__setattr__(self,'products',products)
  __dataclass_builtins_object__.__setattr__(self,'status',status)
  __dataclass_builtins_object__.__setattr__(self,'justification',justification)
  __dataclass_builtins_object__.__setattr__(self,'detail',detail)
  __dataclass_builtins_object__.__setattr__(self,'timestamp',timestamp)
  __dataclass_builtins_object__.__setattr__(self,'source',source)
 return __init__
CODE["def __create_fn__(_type_vulnerabilities, _type_products, _type_status, _type_justification, _type_detail, _type_timestamp, _type_source, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,vulnerabilities:_type_vulnerabilities,products:_type_products,status:_type_status,justification:_type_justification,detail:_type_detail,timestamp:_type_timestamp,source:_type_source)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'vulnerabilities',vulnerabilities)\n  __dataclass_builtins_object__.__setattr__(self,'products',products)\n  __dataclass_builtins_object__.__setattr__(self,'status',status)\n  __dataclass_builtins_object__.__setattr__(self,'justification',justification)\n  __dataclass_builtins_object__.__setattr__(self,'detail',detail)\n  __dataclass_builtins_object__.__setattr__(self,'timestamp',timestamp)\n  __dataclass_builtins_object__.__setattr__(self,'source',source)\n return __init__"] = __create_fn__.__code__
def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(vulnerabilities={self.vulnerabilities!r}, products={self.products!r}, status={self.status!r}, justification={self.justification!r}, detail={self.detail!r}, timestamp={self.timestamp!r}, source={self.source!r})"
 return __repr__
CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(vulnerabilities={self.vulnerabilities!r}, products={self.products!r}, status={self.status!r}, justification={self.justification!r}, detail={self.detail!r}, timestamp={self.timestamp!r}, source={self.source!r})"\n return __repr__'] = __create_fn__.__code__
def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.vulnerabilities,self.products,self.status,self.justification,self.detail,self.timestamp,self.source,)==(other.vulnerabilities,other.products,other.status,other.justification,other.detail,other.timestamp,other.source,)
  return NotImplemented
 return __eq__
CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.vulnerabilities,self.products,self.status,self.justification,self.detail,self.timestamp,self.source,)==(other.vulnerabilities,other.products,other.status,other.justification,other.detail,other.timestamp,other.source,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('vulnerabilities','products','status','justification','detail','timestamp','source',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'vulnerabilities\',\'products\',\'status\',\'justification\',\'detail\',\'timestamp\',\'source\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('vulnerabilities','products','status','justification','detail','timestamp','source',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'vulnerabilities\',\'products\',\'status\',\'justification\',\'detail\',\'timestamp\',\'source\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__
def __create_fn__():
 def __hash__(self):
  return hash((self.vulnerabilities,self.products,self.status,self.justification,self.detail,self.timestamp,self.source,))
 return __hash__
CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.vulnerabilities,self.products,self.status,self.justification,self.detail,self.timestamp,self.source,))\n return __hash__'] = __create_fn__.__code__
