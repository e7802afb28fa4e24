"""The methods of sscli.scan.findings's dataclasses as `dataclasses` writes them: generated, do
not edit (regenerate: python -m sscli.dataclass_methods)."""
# fmt: off
CODE = {}
def __create_fn__(_type_status, _type_source, _type_justification, _type_detail, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_justification, _dflt_detail, _return_type):
 def __init__(self,status:_type_status,source:_type_source,justification:_type_justification=_dflt_justification,detail:_type_detail=_dflt_detail)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'status',status)
  __dataclass_builtins_object__.__setattr__(self,'source',source)
  __dataclass_builtins_object__.__setattr__(self,'justification',justification)
  __dataclass_builtins_object__.__setattr__(self,'detail',detail)
 return __init__
CODE["def __create_fn__(_type_status, _type_source, _type_justification, _type_detail, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_justification, _dflt_detail, _return_type):\n def __init__(self,status:_type_status,source:_type_source,justification:_type_justification=_dflt_justification,detail:_type_detail=_dflt_detail)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'status',status)\n  __dataclass_builtins_object__.__setattr__(self,'source',source)\n  __dataclass_builtins_object__.__setattr__(self,'justification',justification)\n  __dataclass_builtins_object__.__setattr__(self,'detail',detail)\n return __init__"] = __create_fn__.__code__
def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(status={self.status!r}, source={self.source!r}, justification={self.justification!r}, detail={self.detail!r})"
 return __repr__
CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(status={self.status!r}, source={self.source!r}, justification={self.justification!r}, detail={self.detail!r})"\n return __repr__'] = __create_fn__.__code__
def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.status,self.source,self.justification,self.detail,)==(other.status,other.source,other.justification,other.detail,)
  return NotImplemented
 return __eq__
CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.status,self.source,self.justification,self.detail,)==(other.status,other.source,other.justification,other.detail,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('status','source','justification','detail',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'status\',\'source\',\'justification\',\'detail\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('status','source','justification','detail',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'status\',\'source\',\'justification\',\'detail\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__
def __create_fn__():
 def __hash__(self):
  return hash((self.status,self.source,self.justification,self.detail,))
 return __hash__
CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.status,self.source,self.justification,self.detail,))\n return __hash__'] = __create_fn__.__code__
def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(advisory_id={self.advisory_id!r}, aliases={self.aliases!r}, summary={self.summary!r}, severity={self.severity!r}, package={self.package!r}, version={self.version!r}, purl={self.purl!r}, location={self.location!r}, fixed_versions={self.fixed_versions!r}, smallest_fix={self.smallest_fix!r}, references={self.references!r}, published={self.published!r}, modified={self.modified!r}, vex={self.vex!r})"
 return __repr__
CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(advisory_id={self.advisory_id!r}, aliases={self.aliases!r}, summary={self.summary!r}, severity={self.severity!r}, package={self.package!r}, version={self.version!r}, purl={self.purl!r}, location={self.location!r}, fixed_versions={self.fixed_versions!r}, smallest_fix={self.smallest_fix!r}, references={self.references!r}, published={self.published!r}, modified={self.modified!r}, vex={self.vex!r})"\n return __repr__'] = __create_fn__.__code__
def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.advisory_id,self.aliases,self.summary,self.severity,self.package,self.version,self.purl,self.location,self.fixed_versions,self.smallest_fix,self.references,self.published,self.modified,self.vex,)==(other.advisory_id,other.aliases,other.summary,other.severity,other.package,other.version,other.purl,other.location,other.fixed_versions,other.smallest_fix,other.references,other.published,other.modified,other.vex,)
  return NotImplemented
 return __eq__
CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.advisory_id,self.aliases,self.summary,self.severity,self.package,self.version,self.purl,self.location,self.fixed_versions,self.smallest_fix,self.references,self.published,self.modified,self.vex,)==(other.advisory_id,other.aliases,other.summary,other.severity,other.package,other.version,other.purl,other.location,other.fixed_versions,other.smallest_fix,other.references,other.published,other.modified,other.vex,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('advisory_id','aliases','summary','severity','package','version','purl','location','fixed_versions','smallest_fix','references','published','modified','vex',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'advisory_id\',\'aliases\',\'summary\',\'severity\',\'package\',\'version\',\'purl\',\'location\',\'fixed_versions\',\'smallest_fix\',\'references\',\'published\',\'modified\',\'vex\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('advisory_id','aliases','summary','severity','package','version','purl','location','fixed_versions','smallest_fix','references','published','modified','vex',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'advisory_id\',\'aliases\',\'summary\',\'severity\',\'package\',\'version\',\'purl\',\'location\',\'fixed_versions\',\'smallest_fix\',\'references\',\'published\',\'modified\',\'vex\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__
def __create_fn__():
 def __hash__(self):
  return hash((self.advisory_id,self.aliases,self.summary,self.severity,self.package,self.version,self.purl,self.location,self.fixed_versions,self.smallest_fix,self.references,self.published,self.modified,self.vex,))
 return __hash__
CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.advisory_id,self.aliases,self.summary,self.severity,self.package,self.version,self.purl,self.location,self.fixed_versions,self.smallest_fix,self.references,self.published,self.modified,self.vex,))\n return __hash__'] = __create_fn__.__code__
def __create_fn__(_type_name, _type_version, _type_reason, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,name:_type_name,version:_type_version,reason:_type_reason)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'name',name)
  __dataclass_builtins_object__.__setattr__(self,'version',version)
  __dataclass_builtins_object__.__setattr__(self,'reason',reason)
 return __init__
CODE["def __create_fn__(_type_name, _type_version, _type_reason, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,name:_type_name,version:_type_version,reason:_type_reason)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'name',name)\n  __dataclass_builtins_object__.__setattr__(self,'version',version)\n  __dataclass_builtins_object__.__setattr__(self,'reason',reason)\n return __init__"] = __create_fn__.__code__
def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(name={self.name!r}, version={self.version!r}, reason={self.reason!r})"
 return __repr__
CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(name={self.name!r}, version={self.version!r}, reason={self.reason!r})"\n return __repr__'] = __create_fn__.__code__
def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.name,self.version,self.reason,)==(other.name,other.version,other.reason,)
  return NotImplemented
 return __eq__
CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.name,self.version,self.reason,)==(other.name,other.version,other.reason,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('name','version','reason',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'name\',\'version\',\'reason\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('name','version','reason',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'name\',\'version\',\'reason\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__
def __create_fn__():
 def __hash__(self):
  return hash((self.name,self.version,self.reason,))
 return __hash__
CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.name,self.version,self.reason,))\n return __hash__'] = __create_fn__.__code__
def __create_fn__(_type_uri, _type_version, _type_last_update, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_version, _dflt_last_update, _return_type):
 def __init__(self,uri:_type_uri,version:_type_version=_dflt_version,last_update:_type_last_update=_dflt_last_update)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'uri',uri)
  __dataclass_builtins_object__.__setattr__(self,'version',version)
  __dataclass_builtins_object__.__setattr__(self,'last_update',last_update)
 return __init__
CODE["def __create_fn__(_type_uri, _type_version, _type_last_update, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_version, _dflt_last_update, _return_type):\n def __init__(self,uri:_type_uri,version:_type_version=_dflt_version,last_update:_type_last_update=_dflt_last_update)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'uri',uri)\n  __dataclass_builtins_object__.__setattr__(self,'version',version)\n  __dataclass_builtins_object__.__setattr__(self,'last_update',last_update)\n return __init__"] = __create_fn__.__code__
def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(uri={self.uri!r}, version={self.version!r}, last_update={self.last_update!r})"
 return __repr__
CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(uri={self.uri!r}, version={self.version!r}, last_update={self.last_update!r})"\n return __repr__'] = __create_fn__.__code__
def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.uri,self.version,self.last_update,)==(other.uri,other.version,other.last_update,)
  return NotImplemented
 return __eq__
CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.uri,self.version,self.last_update,)==(other.uri,other.version,other.last_update,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('uri','version','last_update',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'uri\',\'version\',\'last_update\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('uri','version','last_update',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'uri\',\'version\',\'last_update\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__
def __create_fn__():
 def __hash__(self):
  return hash((self.uri,self.version,self.last_update,))
 return __hash__
CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.uri,self.version,self.last_update,))\n return __hash__'] = __create_fn__.__code__
def __create_fn__(_type_findings, _type_scanned, _type_service, _type_database, _type_started, _type_finished, _type_input_path, _type_skipped, _type_warnings, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_input_path, _dflt_skipped, _dflt_warnings, _return_type):
 def __init__(self,findings:_type_findings,scanned:_type_scanned,service:_type_service,database:_type_database,started:_type_started,finished:_type_finished,input_path:_type_input_path=_dflt_input_path,skipped:_type_skipped=_dflt_skipped,warnings:_type_warnings=_HAS_DEFAULT_FACTORY)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'findings',findings)
  __dataclass_builtins_object__.__setattr__(self,'scanned',scanned)
  __dataclass_builtins_object__.__setattr__(self,'service',service)
  __dataclass_builtins_object__.__setattr__(self,'database',database)
  __dataclass_builtins_object__.__setattr__(self,'started',started)
  __dataclass_builtins_object__.__setattr__(self,'finished',finished)
  __dataclass_builtins_object__.__setattr__(self,'input_path',input_path)
  __dataclass_builtins_object__.__setattr__(self,'skipped',skipped)
  __dataclass_builtins_object__.__setattr__(self,'warnings',_dflt_warnings() if warnings is _HAS_DEFAULT_FACTORY else warnings)
 return __init__
CODE["def __create_fn__(_type_findings, _type_scanned, _type_service, _type_database, _type_started, _type_finished, _type_input_path, _type_skipped, _type_warnings, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_input_path, _dflt_skipped, _dflt_warnings, _return_type):\n def __init__(self,findings:_type_findings,scanned:_type_scanned,service:_type_service,database:_type_database,started:_type_started,finished:_type_finished,input_path:_type_input_path=_dflt_input_path,skipped:_type_skipped=_dflt_skipped,warnings:_type_warnings=_HAS_DEFAULT_FACTORY)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'findings',findings)\n  __dataclass_builtins_object__.__setattr__(self,'scanned',scanned)\n  __dataclass_builtins_object__.__setattr__(self,'service',service)\n  __dataclass_builtins_object__.__setattr__(self,'database',database)\n  __dataclass_builtins_object__.__setattr__(self,'started',started)\n  __dataclass_builtins_object__.__setattr__(self,'finished',finished)\n  __dataclass_builtins_object__.__setattr__(self,'input_path',input_path)\n  __dataclass_builtins_object__.__setattr__(self,'skipped',skipped)\n  __dataclass_builtins_object__.__setattr__(self,'warnings',_dflt_warnings() if warnings is _HAS_DEFAULT_FACTORY else warnings)\n return __init__"] = __create_fn__.__code__
def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(findings={self.findings!r}, scanned={self.scanned!r}, service={self.service!r}, database={self.database!r}, started={self.started!r}, finished={self.finished!r}, input_path={self.input_path!r}, skipped={self.skipped!r}, warnings={self.warnings!r})"
 return __repr__
CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(findings={self.findings!r}, scanned={self.scanned!r}, service={self.service!r}, database={self.database!r}, started={self.started!r}, finished={self.finished!r}, input_path={self.input_path!r}, skipped={self.skipped!r}, warnings={self.warnings!r})"\n return __repr__'] = __create_fn__.__code__
def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.findings,self.scanned,self.service,self.database,self.started,self.finished,self.input_path,self.skipped,self.warnings,)==(other.findings,other.scanned,other.service,other.database,other.started,other.finished,other.input_path,other.skipped,other.warnings,)
  return NotImplemented
 return __eq__
CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.findings,self.scanned,self.service,self.database,self.started,self.finished,self.input_path,self.skipped,self.warnings,)==(other.findings,other.scanned,other.service,other.database,other.started,other.finished,other.input_path,other.skipped,other.warnings,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('findings','scanned','service','database','started','finished','input_path','skipped','warnings',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'findings\',\'scanned\',\'service\',\'database\',\'started\',\'finished\',\'input_path\',\'skipped\',\'warnings\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('findings','scanned','service','database','started','finished','input_path','skipped','warnings',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'findings\',\'scanned\',\'service\',\'database\',\'started\',\'finished\',\'input_path\',\'skipped\',\'warnings\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__
def __create_fn__():
 def __hash__(self):
  return hash((self.findings,self.scanned,self.service,self.database,self.started,self.finished,self.input_path,self.skipped,self.warnings,))
 return __hash__
CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.findings,self.scanned,self.service,self.database,self.started,self.finished,self.input_path,self.skipped,self.warnings,))\n return __hash__'] = __create_fn__.__code__
