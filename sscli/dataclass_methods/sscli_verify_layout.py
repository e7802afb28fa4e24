"""The methods of sscli.verify.layout's dataclasses as `dataclasses` writes them: generated, do
not edit (regenerate: python -m sscli.dataclass_methods)."""
# fmt: off
CODE = {}
def __create_fn__(_type_name, _type_functionaries, _type_threshold, _type_expected_command, _type_materials, _type_products, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_threshold, _dflt_expected_command, _dflt_materials, _dflt_products, _return_type):
 def __init__(self,name:_type_name,functionaries:_type_functionaries,threshold:_type_threshold=_dflt_threshold,expected_command:_type_expected_command=_dflt_expected_command,materials:_type_materials=_dflt_materials,products:_type_products=_dflt_products)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'name',name)
  __dataclass_builtins_object__.__setattr__(self,'functionaries',functionaries)
  __dataclass_builtins_object__.__setattr__(self,'threshold',threshold)
  __dataclass_builtins_object__.__setattr__(self,'expected_command',expected_command)
  __dataclass_builtins_object__.__setattr__(self,'materials',materials)
  __dataclass_builtins_object__.__setattr__(self,'products',products)
 return __init__
CODE["def __create_fn__(_type_name, _type_functionaries, _type_threshold, _type_expected_command, _type_materials, _type_products, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_threshold, _dflt_expected_command, _dflt_materials, _dflt_products, _return_type):\n def __init__(self,name:_type_name,functionaries:_type_functionaries,threshold:_type_threshold=_dflt_threshold,expected_command:_type_expected_command=_dflt_expected_command,materials:_type_materials=_dflt_materials,products:_type_products=_dflt_products)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'name',name)\n  __dataclass_builtins_object__.__setattr__(self,'functionaries',functionaries)\n  __dataclass_builtins_object__.__setattr__(self,'threshold',threshold)\n  __dataclass_builtins_object__.__setattr__(self,'expected_command',expected_command)\n  __dataclass_builtins_object__.__setattr__(self,'materials',materials)\n  __dataclass_builtins_object__.__setattr__(self,'products',products)\n return __init__"] = __create_fn__.__code__
def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(name={self.name!r}, functionaries={self.functionaries!r}, threshold={self.threshold!r}, expected_command={self.expected_command!r}, materials={self.materials!r}, products={self.products!r})"
 return __repr__
CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(name={self.name!r}, functionaries={self.functionaries!r}, threshold={self.threshold!r}, expected_command={self.expected_command!r}, materials={self.materials!r}, products={self.products!r})"\n return __repr__'] = __create_fn__.__code__
def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.name,self.functionaries,self.threshold,self.expected_command,self.materials,self.products,)==(other.name,other.functionaries,other.threshold,other.expected_command,other.materials,other.products,)
  return NotImplemented
 return __eq__
CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.name,self.functionaries,self.threshold,self.expected_command,self.materials,self.products,)==(other.name,other.functionaries,other.threshold,other.expected_command,other.materials,other.products,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('name','functionaries','threshold','expected_command','materials','products',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'name\',\'functionaries\',\'threshold\',\'expected_command\',\'materials\',\'products\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('name','functionaries','threshold','expected_command','materials','products',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'name\',\'functionaries\',\'threshold\',\'expected_command\',\'materials\',\'products\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__
def __create_fn__():
 def __hash__(self):
  return hash((self.name,self.functionaries,self.threshold,self.expected_command,self.materials,self.products,))
 return __hash__
CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.name,self.functionaries,self.threshold,self.expected_command,self.materials,self.products,))\n return __hash__'] = __create_fn__.__code__
def __create_fn__(_type_name, _type_threshold, _type_links, _type_status, _type_reason, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_status, _dflt_reason, _return_type):
 def __init__(self,name:_type_name,threshold:_type_threshold,links:_type_links,status:_type_status=_dflt_status,reason:_type_reason=_dflt_reason)->_return_type:
  self.name=name
  self.threshold=threshold
  self.links=links
  self.status=status
  self.reason=reason
 return __init__
CODE['def __create_fn__(_type_name, _type_threshold, _type_links, _type_status, _type_reason, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_status, _dflt_reason, _return_type):\n def __init__(self,name:_type_name,threshold:_type_threshold,links:_type_links,status:_type_status=_dflt_status,reason:_type_reason=_dflt_reason)->_return_type:\n  self.name=name\n  self.threshold=threshold\n  self.links=links\n  self.status=status\n  self.reason=reason\n return __init__'] = __create_fn__.__code__
def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(name={self.name!r}, threshold={self.threshold!r}, links={self.links!r}, status={self.status!r}, reason={self.reason!r})"
 return __repr__
CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(name={self.name!r}, threshold={self.threshold!r}, links={self.links!r}, status={self.status!r}, reason={self.reason!r})"\n return __repr__'] = __create_fn__.__code__
def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.name,self.threshold,self.links,self.status,self.reason,)==(other.name,other.threshold,other.links,other.status,other.reason,)
  return NotImplemented
 return __eq__
CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.name,self.threshold,self.links,self.status,self.reason,)==(other.name,other.threshold,other.links,other.status,other.reason,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__
def __create_fn__(_type_ok, _type_steps, _type_warnings, _type_failure, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_steps, _dflt_warnings, _dflt_failure, _return_type):
 def __init__(self,ok:_type_ok,steps:_type_steps=_HAS_DEFAULT_FACTORY,warnings:_type_warnings=_HAS_DEFAULT_FACTORY,failure:_type_failure=_dflt_failure)->_return_type:
  self.ok=ok
  self.steps=_dflt_steps() if steps is _HAS_DEFAULT_FACTORY else steps
  self.warnings=_dflt_warnings() if warnings is _HAS_DEFAULT_FACTORY else warnings
  self.failure=failure
 return __init__
CODE['def __create_fn__(_type_ok, _type_steps, _type_warnings, _type_failure, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_steps, _dflt_warnings, _dflt_failure, _return_type):\n def __init__(self,ok:_type_ok,steps:_type_steps=_HAS_DEFAULT_FACTORY,warnings:_type_warnings=_HAS_DEFAULT_FACTORY,failure:_type_failure=_dflt_failure)->_return_type:\n  self.ok=ok\n  self.steps=_dflt_steps() if steps is _HAS_DEFAULT_FACTORY else steps\n  self.warnings=_dflt_warnings() if warnings is _HAS_DEFAULT_FACTORY else warnings\n  self.failure=failure\n return __init__'] = __create_fn__.__code__
def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(ok={self.ok!r}, steps={self.steps!r}, warnings={self.warnings!r}, failure={self.failure!r})"
 return __repr__
CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(ok={self.ok!r}, steps={self.steps!r}, warnings={self.warnings!r}, failure={self.failure!r})"\n return __repr__'] = __create_fn__.__code__
def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.ok,self.steps,self.warnings,self.failure,)==(other.ok,other.steps,other.warnings,other.failure,)
  return NotImplemented
 return __eq__
CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.ok,self.steps,self.warnings,self.failure,)==(other.ok,other.steps,other.warnings,other.failure,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__
