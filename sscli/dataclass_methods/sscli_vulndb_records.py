"""The methods of sscli.vulndb.records's dataclasses as `dataclasses` writes them: generated, do
not edit (regenerate: python -m sscli.dataclass_methods)."""
# fmt: off
CODE = {}
def __create_fn__(_type_advisory_id, _type_field, _type_message, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,advisory_id:_type_advisory_id,field:_type_field,message:_type_message)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'advisory_id',advisory_id)
  __dataclass_builtins_object__.__setattr__(self,'field',field)
  __dataclass_builtins_object__.__setattr__(self,'message',message)
 return __init__
CODE["def __create_fn__(_type_advisory_id, _type_field, _type_message, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,advisory_id:_type_advisory_id,field:_type_field,message:_type_message)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'advisory_id',advisory_id)\n  __dataclass_builtins_object__.__setattr__(self,'field',field)\n  __dataclass_builtins_object__.__setattr__(self,'message',message)\n return __init__"] = __create_fn__.__code__
def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(advisory_id={self.advisory_id!r}, field={self.field!r}, message={self.message!r})"
 return __repr__
CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(advisory_id={self.advisory_id!r}, field={self.field!r}, message={self.message!r})"\n return __repr__'] = __create_fn__.__code__
def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.advisory_id,self.field,self.message,)==(other.advisory_id,other.field,other.message,)
  return NotImplemented
 return __eq__
CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.advisory_id,self.field,self.message,)==(other.advisory_id,other.field,other.message,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('advisory_id','field','message',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'advisory_id\',\'field\',\'message\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('advisory_id','field','message',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'advisory_id\',\'field\',\'message\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__
def __create_fn__():
 def __hash__(self):
  return hash((self.advisory_id,self.field,self.message,))
 return __hash__
CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.advisory_id,self.field,self.message,))\n return __hash__'] = __create_fn__.__code__
def __create_fn__(_type_name, _type_versions, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,name:_type_name,versions:_type_versions)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'name',name)
  __dataclass_builtins_object__.__setattr__(self,'versions',versions)
 return __init__
CODE["def __create_fn__(_type_name, _type_versions, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,name:_type_name,versions:_type_versions)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'name',name)\n  __dataclass_builtins_object__.__setattr__(self,'versions',versions)\n return __init__"] = __create_fn__.__code__
def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(name={self.name!r}, versions={self.versions!r})"
 return __repr__
CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(name={self.name!r}, versions={self.versions!r})"\n return __repr__'] = __create_fn__.__code__
def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.name,self.versions,)==(other.name,other.versions,)
  return NotImplemented
 return __eq__
CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.name,self.versions,)==(other.name,other.versions,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('name','versions',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'name\',\'versions\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('name','versions',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'name\',\'versions\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__
def __create_fn__():
 def __hash__(self):
  return hash((self.name,self.versions,))
 return __hash__
CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.name,self.versions,))\n return __hash__'] = __create_fn__.__code__
def __create_fn__(_type_id, _type_modified, _type_published, _type_withdrawn, _type_aliases, _type_summary, _type_details, _type_severity, _type_database_severity, _type_references, _type_affected, _type_problems, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,id:_type_id,modified:_type_modified,published:_type_published,withdrawn:_type_withdrawn,aliases:_type_aliases,summary:_type_summary,details:_type_details,severity:_type_severity,database_severity:_type_database_severity,references:_type_references,affected:_type_affected,problems:_type_problems)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'id',id)
  __dataclass_builtins_object__.__setattr__(self,'modified',modified)
  __dataclass_builtins_object__.__setattr__(self,'published',published)
  __dataclass_builtins_object__.__setattr__(self,'withdrawn',withdrawn)
  __dataclass_builtins_object__.__setattr__(self,'aliases',aliases)
  __dataclass_builtins_object__.__setattr__(self,'summary',summary)
  __dataclass_builtins_object__.__setattr__(self,'details',details)
  __dataclass_builtins_object__.__setattr__(self,'severity',severity)
  __dataclass_builtins_object__.__setattr__(self,'database_severity',database_severity)
  __dataclass_builtins_object__.__setattr__(self,'references',references)
  __dataclass_builtins_object__.__setattr__(self,'affected',affected)
  __dataclass_builtins_object__.__setattr__(self,'problems',problems)
 return __init__
CODE["def __create_fn__(_type_id, _type_modified, _type_published, _type_withdrawn, _type_aliases, _type_summary, _type_details, _type_severity, _type_database_severity, _type_references, _type_affected, _type_problems, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,id:_type_id,modified:_type_modified,published:_type_published,withdrawn:_type_withdrawn,aliases:_type_aliases,summary:_type_summary,details:_type_details,severity:_type_severity,database_severity:_type_database_severity,references:_type_references,affected:_type_affected,problems:_type_problems)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'id',id)\n  __dataclass_builtins_object__.__setattr__(self,'modified',modified)\n  __dataclass_builtins_object__.__setattr__(self,'published',published)\n  __dataclass_builtins_object__.__setattr__(self,'withdrawn',withdrawn)\n  __dataclass_builtins_object__.__setattr__(self,'aliases',aliases)\n  __dataclass_builtins_object__.__setattr__(self,'summary',summary)\n  __dataclass_builtins_object__.__setattr__(self,'details',details)\n  __dataclass_builtins_object__.__setattr__(self,'severity',severity)\n  __dataclass_builtins_object__.__setattr__(self,'database_severity',database_severity)\n  __dataclass_builtins_object__.__setattr__(self,'references',references)\n  __dataclass_builtins_object__.__setattr__(self,'affected',affected)\n  __dataclass_builtins_object__.__setattr__(self,'problems',problems)\n return __init__"] = __create_fn__.__code__
def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(id={self.id!r}, modified={self.modified!r}, published={self.published!r}, withdrawn={self.withdrawn!r}, aliases={self.aliases!r}, summary={self.summary!r}, details={self.details!r}, severity={self.severity!r}, database_severity={self.database_severity!r}, references={self.references!r}, affected={self.affected!r}, problems={self.problems!r})"
 return __repr__
CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(id={self.id!r}, modified={self.modified!r}, published={self.published!r}, withdrawn={self.withdrawn!r}, aliases={self.aliases!r}, summary={self.summary!r}, details={self.details!r}, severity={self.severity!r}, database_severity={self.database_severity!r}, references={self.references!r}, affected={self.affected!r}, problems={self.problems!r})"\n return __repr__'] = __create_fn__.__code__
def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.id,self.modified,self.published,self.withdrawn,self.aliases,self.summary,self.details,self.severity,self.database_severity,self.references,self.affected,self.problems,)==(other.id,other.modified,other.published,other.withdrawn,other.aliases,other.summary,other.details,other.severity,other.database_severity,other.references,other.affected,other.problems,)
  return NotImplemented
 return __eq__
CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.id,self.modified,self.published,self.withdrawn,self.aliases,self.summary,self.details,self.severity,self.database_severity,self.references,self.affected,self.problems,)==(other.id,other.modified,other.published,other.withdrawn,other.aliases,other.summary,other.details,other.severity,other.database_severity,other.references,other.affected,other.problems,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('id','modified','published','withdrawn','aliases','summary','details','severity','database_severity','references','affected','problems',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'id\',\'modified\',\'published\',\'withdrawn\',\'aliases\',\'summary\',\'details\',\'severity\',\'database_severity\',\'references\',\'affected\',\'problems\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('id','modified','published','withdrawn','aliases','summary','details','severity','database_severity','references','affected','problems',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'id\',\'modified\',\'published\',\'withdrawn\',\'aliases\',\'summary\',\'details\',\'severity\',\'database_severity\',\'references\',\'affected\',\'problems\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__
def __create_fn__():
 def __hash__(self):
  return hash((self.id,self.modified,self.published,self.withdrawn,self.aliases,self.summary,self.details,self.severity,self.database_severity,self.references,self.affected,self.problems,))
 return __hash__
CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.id,self.modified,self.published,self.withdrawn,self.aliases,self.summary,self.details,self.severity,self.database_severity,self.references,self.affected,self.problems,))\n return __hash__'] = __create_fn__.__code__
