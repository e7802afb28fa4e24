"""The methods of sscli.vulndb.store's dataclasses as `dataclasses` writes them: generated, do
not edit (regenerate: python -m sscli.dataclass_methods)."""
# fmt: off
CODE = {}
def __create_fn__(_type_id, _type_modified, _type_published, _type_withdrawn, _type_aliases, _type_summary, _type_details, _type_severity, _type_database_severity, _type_references, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,id:_type_id,modified:_type_modified,published:_type_published,withdrawn:_type_withdrawn,aliases:_type_aliases,summary:_type_summary,details:_type_details,severity:_type_severity,database_severity:_type_database_severity,references:_type_references)->_return_type:
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
 return __init__
CODE["def __create_fn__(_type_id, _type_modified, _type_published, _type_withdrawn, _type_aliases, _type_summary, _type_details, _type_severity, _type_database_severity, _type_references, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,id:_type_id,modified:_type_modified,published:_type_published,withdrawn:_type_withdrawn,aliases:_type_aliases,summary:_type_summary,details:_type_details,severity:_type_severity,database_severity:_type_database_severity,references:_type_references)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'id',id)\n  __dataclass_builtins_object__.__setattr__(self,'modified',modified)\n  __dataclass_builtins_object__.__setattr__(self,'published',published)\n  __dataclass_builtins_object__.__setattr__(self,'withdrawn',withdrawn)\n  __dataclass_builtins_object__.__setattr__(self,'aliases',aliases)\n  __dataclass_builtins_object__.__setattr__(self,'summary',summary)\n  __dataclass_builtins_object__.__setattr__(self,'details',details)\n  __dataclass_builtins_object__.__setattr__(self,'severity',severity)\n  __dataclass_builtins_object__.__setattr__(self,'database_severity',database_severity)\n  __dataclass_builtins_object__.__setattr__(self,'references',references)\n return __init__"] = __create_fn__.__code__
def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(id={self.id!r}, modified={self.modified!r}, published={self.published!r}, withdrawn={self.withdrawn!r}, aliases={self.aliases!r}, summary={self.summary!r}, details={self.details!r}, severity={self.severity!r}, database_severity={self.database_severity!r}, references={self.references!r})"
 return __repr__
CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(id={self.id!r}, modified={self.modified!r}, published={self.published!r}, withdrawn={self.withdrawn!r}, aliases={self.aliases!r}, summary={self.summary!r}, details={self.details!r}, severity={self.severity!r}, database_severity={self.database_severity!r}, references={self.references!r})"\n return __repr__'] = __create_fn__.__code__
def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.id,self.modified,self.published,self.withdrawn,self.aliases,self.summary,self.details,self.severity,self.database_severity,self.references,)==(other.id,other.modified,other.published,other.withdrawn,other.aliases,other.summary,other.details,other.severity,other.database_severity,other.references,)
  return NotImplemented
 return __eq__
CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.id,self.modified,self.published,self.withdrawn,self.aliases,self.summary,self.details,self.severity,self.database_severity,self.references,)==(other.id,other.modified,other.published,other.withdrawn,other.aliases,other.summary,other.details,other.severity,other.database_severity,other.references,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('id','modified','published','withdrawn','aliases','summary','details','severity','database_severity','references',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'id\',\'modified\',\'published\',\'withdrawn\',\'aliases\',\'summary\',\'details\',\'severity\',\'database_severity\',\'references\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('id','modified','published','withdrawn','aliases','summary','details','severity','database_severity','references',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'id\',\'modified\',\'published\',\'withdrawn\',\'aliases\',\'summary\',\'details\',\'severity\',\'database_severity\',\'references\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__
def __create_fn__():
 def __hash__(self):
  return hash((self.id,self.modified,self.published,self.withdrawn,self.aliases,self.summary,self.details,self.severity,self.database_severity,self.references,))
 return __hash__
CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.id,self.modified,self.published,self.withdrawn,self.aliases,self.summary,self.details,self.severity,self.database_severity,self.references,))\n return __hash__'] = __create_fn__.__code__
def __create_fn__(_type_source, _type_imported_at, _type_newest_modified, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,source:_type_source,imported_at:_type_imported_at,newest_modified:_type_newest_modified)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'source',source)
  __dataclass_builtins_object__.__setattr__(self,'imported_at',imported_at)
  __dataclass_builtins_object__.__setattr__(self,'newest_modified',newest_modified)
 return __init__
CODE["def __create_fn__(_type_source, _type_imported_at, _type_newest_modified, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,source:_type_source,imported_at:_type_imported_at,newest_modified:_type_newest_modified)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'source',source)\n  __dataclass_builtins_object__.__setattr__(self,'imported_at',imported_at)\n  __dataclass_builtins_object__.__setattr__(self,'newest_modified',newest_modified)\n return __init__"] = __create_fn__.__code__
def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(source={self.source!r}, imported_at={self.imported_at!r}, newest_modified={self.newest_modified!r})"
 return __repr__
CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(source={self.source!r}, imported_at={self.imported_at!r}, newest_modified={self.newest_modified!r})"\n return __repr__'] = __create_fn__.__code__
def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.source,self.imported_at,self.newest_modified,)==(other.source,other.imported_at,other.newest_modified,)
  return NotImplemented
 return __eq__
CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.source,self.imported_at,self.newest_modified,)==(other.source,other.imported_at,other.newest_modified,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('source','imported_at','newest_modified',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'source\',\'imported_at\',\'newest_modified\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('source','imported_at','newest_modified',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'source\',\'imported_at\',\'newest_modified\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__
def __create_fn__():
 def __hash__(self):
  return hash((self.source,self.imported_at,self.newest_modified,))
 return __hash__
CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.source,self.imported_at,self.newest_modified,))\n return __hash__'] = __create_fn__.__code__
def __create_fn__(_type_path, _type_source, _type_imported_at, _type_records, _type_withdrawn, _type_pypi_packages, _type_skipped_ranges, _type_newest_modified, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,path:_type_path,source:_type_source,imported_at:_type_imported_at,records:_type_records,withdrawn:_type_withdrawn,pypi_packages:_type_pypi_packages,skipped_ranges:_type_skipped_ranges,newest_modified:_type_newest_modified)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'path',path)
  __dataclass_builtins_object__.__setattr__(self,'source',source)
  __dataclass_builtins_object__.__setattr__(self,'imported_at',imported_at)
  __dataclass_builtins_object__.__setattr__(self,'records',records)
  __dataclass_builtins_object__.__setattr__(self,'withdrawn',withdrawn)
  __dataclass_builtins_object__.__setattr__(self,'pypi_packages',pypi_packages)
  __dataclass_builtins_object__.__setattr__(self,'skipped_ranges',skipped_ranges)
  __dataclass_builtins_object__.__setattr__(self,'newest_modified',newest_modified)
 return __init__
CODE["def __create_fn__(_type_path, _type_source, _type_imported_at, _type_records, _type_withdrawn, _type_pypi_packages, _type_skipped_ranges, _type_newest_modified, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,path:_type_path,source:_type_source,imported_at:_type_imported_at,records:_type_records,withdrawn:_type_withdrawn,pypi_packages:_type_pypi_packages,skipped_ranges:_type_skipped_ranges,newest_modified:_type_newest_modified)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'path',path)\n  __dataclass_builtins_object__.__setattr__(self,'source',source)\n  __dataclass_builtins_object__.__setattr__(self,'imported_at',imported_at)\n  __dataclass_builtins_object__.__setattr__(self,'records',records)\n  __dataclass_builtins_object__.__setattr__(self,'withdrawn',withdrawn)\n  __dataclass_builtins_object__.__setattr__(self,'pypi_packages',pypi_packages)\n  __dataclass_builtins_object__.__setattr__(self,'skipped_ranges',skipped_ranges)\n  __dataclass_builtins_object__.__setattr__(self,'newest_modified',newest_modified)\n return __init__"] = __create_fn__.__code__
def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(path={self.path!r}, source={self.source!r}, imported_at={self.imported_at!r}, records={self.records!r}, withdrawn={self.withdrawn!r}, pypi_packages={self.pypi_packages!r}, skipped_ranges={self.skipped_ranges!r}, newest_modified={self.newest_modified!r})"
 return __repr__
CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(path={self.path!r}, source={self.source!r}, imported_at={self.imported_at!r}, records={self.records!r}, withdrawn={self.withdrawn!r}, pypi_packages={self.pypi_packages!r}, skipped_ranges={self.skipped_ranges!r}, newest_modified={self.newest_modified!r})"\n return __repr__'] = __create_fn__.__code__
def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.path,self.source,self.imported_at,self.records,self.withdrawn,self.pypi_packages,self.skipped_ranges,self.newest_modified,)==(other.path,other.source,other.imported_at,other.records,other.withdrawn,other.pypi_packages,other.skipped_ranges,other.newest_modified,)
  return NotImplemented
 return __eq__
CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.path,self.source,self.imported_at,self.records,self.withdrawn,self.pypi_packages,self.skipped_ranges,self.newest_modified,)==(other.path,other.source,other.imported_at,other.records,other.withdrawn,other.pypi_packages,other.skipped_ranges,other.newest_modified,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('path','source','imported_at','records','withdrawn','pypi_packages','skipped_ranges','newest_modified',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'path\',\'source\',\'imported_at\',\'records\',\'withdrawn\',\'pypi_packages\',\'skipped_ranges\',\'newest_modified\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('path','source','imported_at','records','withdrawn','pypi_packages','skipped_ranges','newest_modified',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'path\',\'source\',\'imported_at\',\'records\',\'withdrawn\',\'pypi_packages\',\'skipped_ranges\',\'newest_modified\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__
def __create_fn__():
 def __hash__(self):
  return hash((self.path,self.source,self.imported_at,self.records,self.withdrawn,self.pypi_packages,self.skipped_ranges,self.newest_modified,))
 return __hash__
CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.path,self.source,self.imported_at,self.records,self.withdrawn,self.pypi_packages,self.skipped_ranges,self.newest_modified,))\n return __hash__'] = __create_fn__.__code__
