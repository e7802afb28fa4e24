"""The methods of sscli.vault.store's dataclasses as `dataclasses` writes them: generated, do
not edit (regenerate: python -m sscli.dataclass_methods)."""
# fmt: off
CODE = {}
def __create_fn__(_type_project, _type_version, _type_filename, _type_sha256, _type_size, _type_source_url, _type_requires_python, _type_ingested_at, _type_policy_sha256, _type_checks, _type_attestation, _type_built, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_source_url, _dflt_requires_python, _dflt_ingested_at, _dflt_policy_sha256, _dflt_checks, _dflt_attestation, _dflt_built, _return_type):
 def __init__(self,project:_type_project,version:_type_version,filename:_type_filename,sha256:_type_sha256,size:_type_size,source_url:_type_source_url=_dflt_source_url,requires_python:_type_requires_python=_dflt_requires_python,ingested_at:_type_ingested_at=_dflt_ingested_at,policy_sha256:_type_policy_sha256=_dflt_policy_sha256,checks:_type_checks=_HAS_DEFAULT_FACTORY,attestation:_type_attestation=_dflt_attestation,built:_type_built=_dflt_built)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'project',project)
  __dataclass_builtins_object__.__setattr__(self,'version',version)
  __dataclass_builtins_object__.__setattr__(self,'filename',filename)
  __dataclass_builtins_object__.__setattr__(self,'sha256',sha256)
  __dataclass_builtins_object__.__setattr__(self,'size',size)
  __dataclass_builtins_object__.__setattr__(self,'source_url',source_url)
  __dataclass_builtins_object__.__setattr__(self,'requires_python',requires_python)
  __dataclass_builtins_object__.__setattr__(self,'ingested_at',ingested_at)
  __dataclass_builtins_object__.__setattr__(self,'policy_sha256',policy_sha256)
  __dataclass_builtins_object__.__setattr__(self,'checks',_dflt_checks() if checks is _HAS_DEFAULT_FACTORY else checks)
  __dataclass_builtins_object__.__setattr__(self,'attestation',attestation)
  __dataclass_builtins_object__.__setattr__(self,'built',built)
 return __init__
CODE["def __create_fn__(_type_project, _type_version, _type_filename, _type_sha256, _type_size, _type_source_url, _type_requires_python, _type_ingested_at, _type_policy_sha256, _type_checks, _type_attestation, _type_built, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_source_url, _dflt_requires_python, _dflt_ingested_at, _dflt_policy_sha256, _dflt_checks, _dflt_attestation, _dflt_built, _return_type):\n def __init__(self,project:_type_project,version:_type_version,filename:_type_filename,sha256:_type_sha256,size:_type_size,source_url:_type_source_url=_dflt_source_url,requires_python:_type_requires_python=_dflt_requires_python,ingested_at:_type_ingested_at=_dflt_ingested_at,policy_sha256:_type_policy_sha256=_dflt_policy_sha256,checks:_type_checks=_HAS_DEFAULT_FACTORY,attestation:_type_attestation=_dflt_attestation,built:_type_built=_dflt_built)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'project',project)\n  __dataclass_builtins_object__.__setattr__(self,'version',version)\n  __dataclass_builtins_object__.__setattr__(self,'filename',filename)\n  __dataclass_builtins_object__.__setattr__(self,'sha256',sha256)\n  __dataclass_builtins_object__.__setattr__(self,'size',size)\n  __dataclass_builtins_object__.__setattr__(self,'source_url',source_url)\n  __dataclass_builtins_object__.__setattr__(self,'requires_python',requires_python)\n  __dataclass_builtins_object__.__setattr__(self,'ingested_at',ingested_at)\n  __dataclass_builtins_object__.__setattr__(self,'policy_sha256',policy_sha256)\n  __dataclass_builtins_object__.__setattr__(self,'checks',_dflt_checks() if checks is _HAS_DEFAULT_FACTORY else checks)\n  __dataclass_builtins_object__.__setattr__(self,'attestation',attestation)\n  __dataclass_builtins_object__.__setattr__(self,'built',built)\n return __init__"] = __create_fn__.__code__
def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(project={self.project!r}, version={self.version!r}, filename={self.filename!r}, sha256={self.sha256!r}, size={self.size!r}, source_url={self.source_url!r}, requires_python={self.requires_python!r}, ingested_at={self.ingested_at!r}, policy_sha256={self.policy_sha256!r}, checks={self.checks!r}, attestation={self.attestation!r}, built={self.built!r})"
 return __repr__
CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(project={self.project!r}, version={self.version!r}, filename={self.filename!r}, sha256={self.sha256!r}, size={self.size!r}, source_url={self.source_url!r}, requires_python={self.requires_python!r}, ingested_at={self.ingested_at!r}, policy_sha256={self.policy_sha256!r}, checks={self.checks!r}, attestation={self.attestation!r}, built={self.built!r})"\n return __repr__'] = __create_fn__.__code__
def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.project,self.version,self.filename,self.sha256,self.size,self.source_url,self.requires_python,self.ingested_at,self.policy_sha256,self.checks,self.attestation,self.built,)==(other.project,other.version,other.filename,other.sha256,other.size,other.source_url,other.requires_python,other.ingested_at,other.policy_sha256,other.checks,other.attestation,other.built,)
  return NotImplemented
 return __eq__
CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.project,self.version,self.filename,self.sha256,self.size,self.source_url,self.requires_python,self.ingested_at,self.policy_sha256,self.checks,self.attestation,self.built,)==(other.project,other.version,other.filename,other.sha256,other.size,other.source_url,other.requires_python,other.ingested_at,other.policy_sha256,other.checks,other.attestation,other.built,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('project','version','filename','sha256','size','source_url','requires_python','ingested_at','policy_sha256','checks','attestation','built',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'project\',\'version\',\'filename\',\'sha256\',\'size\',\'source_url\',\'requires_python\',\'ingested_at\',\'policy_sha256\',\'checks\',\'attestation\',\'built\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('project','version','filename','sha256','size','source_url','requires_python','ingested_at','policy_sha256','checks','attestation','built',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'project\',\'version\',\'filename\',\'sha256\',\'size\',\'source_url\',\'requires_python\',\'ingested_at\',\'policy_sha256\',\'checks\',\'attestation\',\'built\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__
def __create_fn__():
 def __hash__(self):
  return hash((self.project,self.version,self.filename,self.sha256,self.size,self.source_url,self.requires_python,self.ingested_at,self.policy_sha256,self.checks,self.attestation,self.built,))
 return __hash__
CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.project,self.version,self.filename,self.sha256,self.size,self.source_url,self.requires_python,self.ingested_at,self.policy_sha256,self.checks,self.attestation,self.built,))\n return __hash__'] = __create_fn__.__code__
def __create_fn__(_type_path, _type_problem, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,path:_type_path,problem:_type_problem)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'path',path)
  __dataclass_builtins_object__.__setattr__(self,'problem',problem)
 return __init__
CODE["def __create_fn__(_type_path, _type_problem, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,path:_type_path,problem:_type_problem)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'path',path)\n  __dataclass_builtins_object__.__setattr__(self,'problem',problem)\n return __init__"] = __create_fn__.__code__
def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(path={self.path!r}, problem={self.problem!r})"
 return __repr__
CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(path={self.path!r}, problem={self.problem!r})"\n return __repr__'] = __create_fn__.__code__
def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.path,self.problem,)==(other.path,other.problem,)
  return NotImplemented
 return __eq__
CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.path,self.problem,)==(other.path,other.problem,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('path','problem',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'path\',\'problem\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('path','problem',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'path\',\'problem\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__
def __create_fn__():
 def __hash__(self):
  return hash((self.path,self.problem,))
 return __hash__
CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.path,self.problem,))\n return __hash__'] = __create_fn__.__code__
