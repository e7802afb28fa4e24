"""The methods of sscli.scan.services.osv_db's dataclasses as `dataclasses` writes them: generated, do
not edit (regenerate: python -m sscli.dataclass_methods)."""
# fmt: off
CODE = {}
def __create_fn__(_type_aliases, _type_summary, _type_severity, _type_references, _type_published, _type_modified, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,aliases:_type_aliases,summary:_type_summary,severity:_type_severity,references:_type_references,published:_type_published,modified:_type_modified)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'aliases',aliases)
  __dataclass_builtins_object__.__setattr__(self,'summary',summary)
  __dataclass_builtins_object__.__setattr__(self,'severity',severity)
  __dataclass_builtins_object__.__setattr__(self,'references',references)
  __dataclass_builtins_object__.__setattr__(self,'published',published)
  __dataclass_builtins_object__.__setattr__(self,'modified',modified)
 return __init__
CODE["def __create_fn__(_type_aliases, _type_summary, _type_severity, _type_references, _type_published, _type_modified, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,aliases:_type_aliases,summary:_type_summary,severity:_type_severity,references:_type_references,published:_type_published,modified:_type_modified)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'aliases',aliases)\n  __dataclass_builtins_object__.__setattr__(self,'summary',summary)\n  __dataclass_builtins_object__.__setattr__(self,'severity',severity)\n  __dataclass_builtins_object__.__setattr__(self,'references',references)\n  __dataclass_builtins_object__.__setattr__(self,'published',published)\n  __dataclass_builtins_object__.__setattr__(self,'modified',modified)\n return __init__"] = __create_fn__.__code__
def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(aliases={self.aliases!r}, summary={self.summary!r}, severity={self.severity!r}, references={self.references!r}, published={self.published!r}, modified={self.modified!r})"
 return __repr__
CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(aliases={self.aliases!r}, summary={self.summary!r}, severity={self.severity!r}, references={self.references!r}, published={self.published!r}, modified={self.modified!r})"\n return __repr__'] = __create_fn__.__code__
def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.aliases,self.summary,self.severity,self.references,self.published,self.modified,)==(other.aliases,other.summary,other.severity,other.references,other.published,other.modified,)
  return NotImplemented
 return __eq__
CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.aliases,self.summary,self.severity,self.references,self.published,self.modified,)==(other.aliases,other.summary,other.severity,other.references,other.published,other.modified,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('aliases','summary','severity','references','published','modified',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'aliases\',\'summary\',\'severity\',\'references\',\'published\',\'modified\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('aliases','summary','severity','references','published','modified',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'aliases\',\'summary\',\'severity\',\'references\',\'published\',\'modified\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__
def __create_fn__():
 def __hash__(self):
  return hash((self.aliases,self.summary,self.severity,self.references,self.published,self.modified,))
 return __hash__
CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.aliases,self.summary,self.severity,self.references,self.published,self.modified,))\n return __hash__'] = __create_fn__.__code__
