"""The methods of sscli.policy.model's dataclasses as `dataclasses` writes them: generated, do
not edit (regenerate: python -m sscli.dataclass_methods)."""
# fmt: off
CODE = {}
def __create_fn__(_type_package, _type_rules, _type_reason, _type_expires, _type_version, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_version, _return_type):
 def __init__(self,package:_type_package,rules:_type_rules,reason:_type_reason,expires:_type_expires,version:_type_version=_dflt_version)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'package',package)
  __dataclass_builtins_object__.__setattr__(self,'rules',rules)
  __dataclass_builtins_object__.__setattr__(self,'reason',reason)
  __dataclass_builtins_object__.__setattr__(self,'expires',expires)
  __dataclass_builtins_object__.__setattr__(self,'version',version)
 return __init__
CODE["def __create_fn__(_type_package, _type_rules, _type_reason, _type_expires, _type_version, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_version, _return_type):\n def __init__(self,package:_type_package,rules:_type_rules,reason:_type_reason,expires:_type_expires,version:_type_version=_dflt_version)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'package',package)\n  __dataclass_builtins_object__.__setattr__(self,'rules',rules)\n  __dataclass_builtins_object__.__setattr__(self,'reason',reason)\n  __dataclass_builtins_object__.__setattr__(self,'expires',expires)\n  __dataclass_builtins_object__.__setattr__(self,'version',version)\n return __init__"] = __create_fn__.__code__
def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(package={self.package!r}, rules={self.rules!r}, reason={self.reason!r}, expires={self.expires!r}, version={self.version!r})"
 return __repr__
CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(package={self.package!r}, rules={self.rules!r}, reason={self.reason!r}, expires={self.expires!r}, version={self.version!r})"\n return __repr__'] = __create_fn__.__code__
def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.package,self.rules,self.reason,self.expires,self.version,)==(other.package,other.rules,other.reason,other.expires,other.version,)
  return NotImplemented
 return __eq__
CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.package,self.rules,self.reason,self.expires,self.version,)==(other.package,other.rules,other.reason,other.expires,other.version,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('package','rules','reason','expires','version',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'package\',\'rules\',\'reason\',\'expires\',\'version\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('package','rules','reason','expires','version',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'package\',\'rules\',\'reason\',\'expires\',\'version\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__
def __create_fn__():
 def __hash__(self):
  return hash((self.package,self.rules,self.reason,self.expires,self.version,))
 return __hash__
CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.package,self.rules,self.reason,self.expires,self.version,))\n return __hash__'] = __create_fn__.__code__
def __create_fn__(_type_every, _type_names, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_every, _dflt_names, _return_type):
 def __init__(self,every:_type_every=_dflt_every,names:_type_names=_dflt_names)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'every',every)
  __dataclass_builtins_object__.__setattr__(self,'names',names)
 return __init__
CODE["def __create_fn__(_type_every, _type_names, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_every, _dflt_names, _return_type):\n def __init__(self,every:_type_every=_dflt_every,names:_type_names=_dflt_names)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'every',every)\n  __dataclass_builtins_object__.__setattr__(self,'names',names)\n return __init__"] = __create_fn__.__code__
def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(every={self.every!r}, names={self.names!r})"
 return __repr__
CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(every={self.every!r}, names={self.names!r})"\n return __repr__'] = __create_fn__.__code__
def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.every,self.names,)==(other.every,other.names,)
  return NotImplemented
 return __eq__
CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.every,self.names,)==(other.every,other.names,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('every','names',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'every\',\'names\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('every','names',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'every\',\'names\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__
def __create_fn__():
 def __hash__(self):
  return hash((self.every,self.names,))
 return __hash__
CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.every,self.names,))\n return __hash__'] = __create_fn__.__code__
def __create_fn__(_type_max_file_bytes, _type_max_uncompressed_bytes, _type_max_ratio, _type_max_members, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_max_file_bytes, _dflt_max_uncompressed_bytes, _dflt_max_ratio, _dflt_max_members, _return_type):
 def __init__(self,max_file_bytes:_type_max_file_bytes=_dflt_max_file_bytes,max_uncompressed_bytes:_type_max_uncompressed_bytes=_dflt_max_uncompressed_bytes,max_ratio:_type_max_ratio=_dflt_max_ratio,max_members:_type_max_members=_dflt_max_members)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'max_file_bytes',max_file_bytes)
  __dataclass_builtins_object__.__setattr__(self,'max_uncompressed_bytes',max_uncompressed_bytes)
  __dataclass_builtins_object__.__setattr__(self,'max_ratio',max_ratio)
  __dataclass_builtins_object__.__setattr__(self,'max_members',max_members)
 return __init__
CODE["def __create_fn__(_type_max_file_bytes, _type_max_uncompressed_bytes, _type_max_ratio, _type_max_members, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_max_file_bytes, _dflt_max_uncompressed_bytes, _dflt_max_ratio, _dflt_max_members, _return_type):\n def __init__(self,max_file_bytes:_type_max_file_bytes=_dflt_max_file_bytes,max_uncompressed_bytes:_type_max_uncompressed_bytes=_dflt_max_uncompressed_bytes,max_ratio:_type_max_ratio=_dflt_max_ratio,max_members:_type_max_members=_dflt_max_members)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'max_file_bytes',max_file_bytes)\n  __dataclass_builtins_object__.__setattr__(self,'max_uncompressed_bytes',max_uncompressed_bytes)\n  __dataclass_builtins_object__.__setattr__(self,'max_ratio',max_ratio)\n  __dataclass_builtins_object__.__setattr__(self,'max_members',max_members)\n return __init__"] = __create_fn__.__code__
def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(max_file_bytes={self.max_file_bytes!r}, max_uncompressed_bytes={self.max_uncompressed_bytes!r}, max_ratio={self.max_ratio!r}, max_members={self.max_members!r})"
 return __repr__
CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(max_file_bytes={self.max_file_bytes!r}, max_uncompressed_bytes={self.max_uncompressed_bytes!r}, max_ratio={self.max_ratio!r}, max_members={self.max_members!r})"\n return __repr__'] = __create_fn__.__code__
def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.max_file_bytes,self.max_uncompressed_bytes,self.max_ratio,self.max_members,)==(other.max_file_bytes,other.max_uncompressed_bytes,other.max_ratio,other.max_members,)
  return NotImplemented
 return __eq__
CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.max_file_bytes,self.max_uncompressed_bytes,self.max_ratio,self.max_members,)==(other.max_file_bytes,other.max_uncompressed_bytes,other.max_ratio,other.max_members,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('max_file_bytes','max_uncompressed_bytes','max_ratio','max_members',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'max_file_bytes\',\'max_uncompressed_bytes\',\'max_ratio\',\'max_members\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('max_file_bytes','max_uncompressed_bytes','max_ratio','max_members',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'max_file_bytes\',\'max_uncompressed_bytes\',\'max_ratio\',\'max_members\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__
def __create_fn__():
 def __hash__(self):
  return hash((self.max_file_bytes,self.max_uncompressed_bytes,self.max_ratio,self.max_members,))
 return __hash__
CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.max_file_bytes,self.max_uncompressed_bytes,self.max_ratio,self.max_members,))\n return __hash__'] = __create_fn__.__code__
def __create_fn__(_type_deny, _type_warn, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_deny, _dflt_warn, _return_type):
 def __init__(self,deny:_type_deny=_dflt_deny,warn:_type_warn=_dflt_warn)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'deny',deny)
  __dataclass_builtins_object__.__setattr__(self,'warn',warn)
 return __init__
CODE["def __create_fn__(_type_deny, _type_warn, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_deny, _dflt_warn, _return_type):\n def __init__(self,deny:_type_deny=_dflt_deny,warn:_type_warn=_dflt_warn)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'deny',deny)\n  __dataclass_builtins_object__.__setattr__(self,'warn',warn)\n return __init__"] = __create_fn__.__code__
def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(deny={self.deny!r}, warn={self.warn!r})"
 return __repr__
CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(deny={self.deny!r}, warn={self.warn!r})"\n return __repr__'] = __create_fn__.__code__
def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.deny,self.warn,)==(other.deny,other.warn,)
  return NotImplemented
 return __eq__
CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.deny,self.warn,)==(other.deny,other.warn,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('deny','warn',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'deny\',\'warn\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('deny','warn',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'deny\',\'warn\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__
def __create_fn__():
 def __hash__(self):
  return hash((self.deny,self.warn,))
 return __hash__
CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.deny,self.warn,))\n return __hash__'] = __create_fn__.__code__
def __create_fn__(_type_allow_yanked, _type_min_age, _type_allow_sdist_only, _type_typosquat, _type_typosquat_distance, _type_typosquat_allow, _type_malicious_names, _type_licenses_allow, _type_licenses_deny, _type_licenses_unknown, _type_vulnerabilities_fail_on, _type_require_provenance, _type_archive, _type_code, _type_previous_release, _type_exceptions, _type_build_from_source, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_allow_yanked, _dflt_min_age, _dflt_allow_sdist_only, _dflt_typosquat, _dflt_typosquat_distance, _dflt_typosquat_allow, _dflt_malicious_names, _dflt_licenses_allow, _dflt_licenses_deny, _dflt_licenses_unknown, _dflt_vulnerabilities_fail_on, _dflt_require_provenance, _dflt_archive, _dflt_code, _dflt_previous_release, _dflt_exceptions, _dflt_build_from_source, _return_type):
 def __init__(self,allow_yanked:_type_allow_yanked=_dflt_allow_yanked,min_age:_type_min_age=_dflt_min_age,allow_sdist_only:_type_allow_sdist_only=_dflt_allow_sdist_only,typosquat:_type_typosquat=_dflt_typosquat,typosquat_distance:_type_typosquat_distance=_dflt_typosquat_distance,typosquat_allow:_type_typosquat_allow=_dflt_typosquat_allow,malicious_names:_type_malicious_names=_dflt_malicious_names,licenses_allow:_type_licenses_allow=_dflt_licenses_allow,licenses_deny:_type_licenses_deny=_dflt_licenses_deny,licenses_unknown:_type_licenses_unknown=_dflt_licenses_unknown,vulnerabilities_fail_on:_type_vulnerabilities_fail_on=_dflt_vulnerabilities_fail_on,require_provenance:_type_require_provenance=_HAS_DEFAULT_FACTORY,archive:_type_archive=_HAS_DEFAULT_FACTORY,code:_type_code=_HAS_DEFAULT_FACTORY,previous_release:_type_previous_release=_dflt_previous_release,exceptions:_type_exceptions=_dflt_exceptions,build_from_source:_type_build_from_source=_dflt_build_from_source)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'allow_yanked',allow_yanked)
  __dataclass_builtins_object__.__setattr__(self,'min_age',min_age)
  __dataclass_builtins_object__.__setattr__(self,'allow_sdist_only',allow_sdist_only)
  __dataclass_builtins_object__.__setattr__(self,'typosquat',typosquat)
  __dataclass_builtins_object__.__setattr__(self,'typosquat_distance',typosquat_distance)
  __dataclass_builtins_object__.__setattr__(self,'typosquat_allow',typosquat_allow)
  __dataclass_builtins_object__.__setattr__(self,'malicious_names',malicious_names)
  __dataclass_builtins_object__.__setattr__(self,'licenses_allow',licenses_allow)
  __dataclass_builtins_object__.__setattr__(self,'licenses_deny',licenses_deny)
  __dataclass_builtins_object__.__setattr__(self,'licenses_unknown',licenses_unknown)
  __dataclass_builtins_object__.__setattr__(self,'vulnerabilities_fail_on',vulnerabilities_fail_on)
  __dataclass_builtins_object__.__setattr__(self,'require_provenance',_dflt_require_provenance() if require_provenance is _HAS_DEFAULT_FACTORY else require_provenance)
  __dataclass_builtins_object__.__setattr__(self,'archive',_dflt_archive() if archive is _HAS_DEFAULT_FACTORY else archive)
  __dataclass_builtins_object__.__setattr__(self,'code',_dflt_code() if code is _HAS_DEFAULT_FACTORY else code)
  __dataclass_builtins_object__.__setattr__(self,'previous_release',previous_release)
  __dataclass_builtins_object__.__setattr__(self,'exceptions',exceptions)
  __dataclass_builtins_object__.__setattr__(self,'build_from_source',build_from_source)
 return __init__
CODE["def __create_fn__(_type_allow_yanked, _type_min_age, _type_allow_sdist_only, _type_typosquat, _type_typosquat_distance, _type_typosquat_allow, _type_malicious_names, _type_licenses_allow, _type_licenses_deny, _type_licenses_unknown, _type_vulnerabilities_fail_on, _type_require_provenance, _type_archive, _type_code, _type_previous_release, _type_exceptions, _type_build_from_source, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_allow_yanked, _dflt_min_age, _dflt_allow_sdist_only, _dflt_typosquat, _dflt_typosquat_distance, _dflt_typosquat_allow, _dflt_malicious_names, _dflt_licenses_allow, _dflt_licenses_deny, _dflt_licenses_unknown, _dflt_vulnerabilities_fail_on, _dflt_require_provenance, _dflt_archive, _dflt_code, _dflt_previous_release, _dflt_exceptions, _dflt_build_from_source, _return_type):\n def __init__(self,allow_yanked:_type_allow_yanked=_dflt_allow_yanked,min_age:_type_min_age=_dflt_min_age,allow_sdist_only:_type_allow_sdist_only=_dflt_allow_sdist_only,typosquat:_type_typosquat=_dflt_typosquat,typosquat_distance:_type_typosquat_distance=_dflt_typosquat_distance,typosquat_allow:_type_typosquat_allow=_dflt_typosquat_allow,malicious_names:_type_malicious_names=_dflt_malicious_names,licenses_allow:_type_licenses_allow=_dflt_licenses_allow,licenses_deny:_type_licenses_deny=_dflt_licenses_deny,licenses_unknown:_type_licenses_unknown=_dflt_licenses_unknown,vulnerabilities_fail_on:_type_vulnerabilities_fail_on=_dflt_vulnerabilities_fail_on,require_provenance:_type_require_provenance=_HAS_DEFAULT_FACTORY,archive:_type_archive=_HAS_DEFAULT_FACTORY,code:_type_code=_HAS_DEFAULT_FACTORY,previous_release:_type_previous_release=_dflt_previous_release,exceptions:_type_exceptions=_dflt_exceptions,build_from_source:_type_build_from_source=_dflt_build_from_source)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'allow_yanked',allow_yanked)\n  __dataclass_builtins_object__.__setattr__(self,'min_age',min_age)\n  __dataclass_builtins_object__.__setattr__(self,'allow_sdist_only',allow_sdist_only)\n  __dataclass_builtins_object__.__setattr__(self,'typosquat',typosquat)\n  __dataclass_builtins_object__.__setattr__(self,'typosquat_distance',typosquat_distance)\n  __dataclass_builtins_object__.__setattr__(self,'typosquat_allow',typosquat_allow)\n  __dataclass_builtins_object__.__setattr__(self,'malicious_names',malicious_names)\n  __dataclass_builtins_object__.__setattr__(self,'licenses_allow',licenses_allow)\n  __dataclass_builtins_object__.__setattr__(self,'licenses_deny',licenses_deny)\n  __dataclass_builtins_object__.__setattr__(self,'licenses_unknown',licenses_unknown)\n  __dataclass_builtins_object__.__setattr__(self,'vulnerabilities_fail_on',vulnerabilities_fail_on)\n  __dataclass_builtins_object__.__setattr__(self,'require_provenance',_dflt_require_provenance() if require_provenance is _HAS_DEFAULT_FACTORY else require_provenance)\n  __dataclass_builtins_object__.__setattr__(self,'archive',_dflt_archive() if archive is _HAS_DEFAULT_FACTORY else archive)\n  __dataclass_builtins_object__.__setattr__(self,'code',_dflt_code() if code is _HAS_DEFAULT_FACTORY else code)\n  __dataclass_builtins_object__.__setattr__(self,'previous_release',previous_release)\n  __dataclass_builtins_object__.__setattr__(self,'exceptions',exceptions)\n  __dataclass_builtins_object__.__setattr__(self,'build_from_source',build_from_source)\n return __init__"] = __create_fn__.__code__
def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(allow_yanked={self.allow_yanked!r}, min_age={self.min_age!r}, allow_sdist_only={self.allow_sdist_only!r}, typosquat={self.typosquat!r}, typosquat_distance={self.typosquat_distance!r}, typosquat_allow={self.typosquat_allow!r}, malicious_names={self.malicious_names!r}, licenses_allow={self.licenses_allow!r}, licenses_deny={self.licenses_deny!r}, licenses_unknown={self.licenses_unknown!r}, vulnerabilities_fail_on={self.vulnerabilities_fail_on!r}, require_provenance={self.require_provenance!r}, archive={self.archive!r}, code={self.code!r}, previous_release={self.previous_release!r}, exceptions={self.exceptions!r}, build_from_source={self.build_from_source!r})"
 return __repr__
CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(allow_yanked={self.allow_yanked!r}, min_age={self.min_age!r}, allow_sdist_only={self.allow_sdist_only!r}, typosquat={self.typosquat!r}, typosquat_distance={self.typosquat_distance!r}, typosquat_allow={self.typosquat_allow!r}, malicious_names={self.malicious_names!r}, licenses_allow={self.licenses_allow!r}, licenses_deny={self.licenses_deny!r}, licenses_unknown={self.licenses_unknown!r}, vulnerabilities_fail_on={self.vulnerabilities_fail_on!r}, require_provenance={self.require_provenance!r}, archive={self.archive!r}, code={self.code!r}, previous_release={self.previous_release!r}, exceptions={self.exceptions!r}, build_from_source={self.build_from_source!r})"\n return __repr__'] = __create_fn__.__code__
def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.allow_yanked,self.min_age,self.allow_sdist_only,self.typosquat,self.typosquat_distance,self.typosquat_allow,self.malicious_names,self.licenses_allow,self.licenses_deny,self.licenses_unknown,self.vulnerabilities_fail_on,self.require_provenance,self.archive,self.code,self.previous_release,self.exceptions,self.build_from_source,)==(other.allow_yanked,other.min_age,other.allow_sdist_only,other.typosquat,other.typosquat_distance,other.typosquat_allow,other.malicious_names,other.licenses_allow,other.licenses_deny,other.licenses_unknown,other.vulnerabilities_fail_on,other.require_provenance,other.archive,other.code,other.previous_release,other.exceptions,other.build_from_source,)
  return NotImplemented
 return __eq__
CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.allow_yanked,self.min_age,self.allow_sdist_only,self.typosquat,self.typosquat_distance,self.typosquat_allow,self.malicious_names,self.licenses_allow,self.licenses_deny,self.licenses_unknown,self.vulnerabilities_fail_on,self.require_provenance,self.archive,self.code,self.previous_release,self.exceptions,self.build_from_source,)==(other.allow_yanked,other.min_age,other.allow_sdist_only,other.typosquat,other.typosquat_distance,other.typosquat_allow,other.malicious_names,other.licenses_allow,other.licenses_deny,other.licenses_unknown,other.vulnerabilities_fail_on,other.require_provenance,other.archive,other.code,other.previous_release,other.exceptions,other.build_from_source,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('allow_yanked','min_age','allow_sdist_only','typosquat','typosquat_distance','typosquat_allow','malicious_names','licenses_allow','licenses_deny','licenses_unknown','vulnerabilities_fail_on','require_provenance','archive','code','previous_release','exceptions','build_from_source',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'allow_yanked\',\'min_age\',\'allow_sdist_only\',\'typosquat\',\'typosquat_distance\',\'typosquat_allow\',\'malicious_names\',\'licenses_allow\',\'licenses_deny\',\'licenses_unknown\',\'vulnerabilities_fail_on\',\'require_provenance\',\'archive\',\'code\',\'previous_release\',\'exceptions\',\'build_from_source\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('allow_yanked','min_age','allow_sdist_only','typosquat','typosquat_distance','typosquat_allow','malicious_names','licenses_allow','licenses_deny','licenses_unknown','vulnerabilities_fail_on','require_provenance','archive','code','previous_release','exceptions','build_from_source',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'allow_yanked\',\'min_age\',\'allow_sdist_only\',\'typosquat\',\'typosquat_distance\',\'typosquat_allow\',\'malicious_names\',\'licenses_allow\',\'licenses_deny\',\'licenses_unknown\',\'vulnerabilities_fail_on\',\'require_provenance\',\'archive\',\'code\',\'previous_release\',\'exceptions\',\'build_from_source\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__
def __create_fn__():
 def __hash__(self):
  return hash((self.allow_yanked,self.min_age,self.allow_sdist_only,self.typosquat,self.typosquat_distance,self.typosquat_allow,self.malicious_names,self.licenses_allow,self.licenses_deny,self.licenses_unknown,self.vulnerabilities_fail_on,self.require_provenance,self.archive,self.code,self.previous_release,self.exceptions,self.build_from_source,))
 return __hash__
CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.allow_yanked,self.min_age,self.allow_sdist_only,self.typosquat,self.typosquat_distance,self.typosquat_allow,self.malicious_names,self.licenses_allow,self.licenses_deny,self.licenses_unknown,self.vulnerabilities_fail_on,self.require_provenance,self.archive,self.code,self.previous_release,self.exceptions,self.build_from_source,))\n return __hash__'] = __create_fn__.__code__
def __create_fn__(_type_ingest, _type_deploy, _type_source, _type_name, _type_path, _type_sha256, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_deploy, _dflt_source, _dflt_name, _dflt_path, _dflt_sha256, _return_type):
 def __init__(self,ingest:_type_ingest,deploy:_type_deploy=_dflt_deploy,source:_type_source=_dflt_source,name:_type_name=_dflt_name,path:_type_path=_dflt_path,sha256:_type_sha256=_dflt_sha256)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'ingest',ingest)
  __dataclass_builtins_object__.__setattr__(self,'deploy',deploy)
  __dataclass_builtins_object__.__setattr__(self,'source',source)
  __dataclass_builtins_object__.__setattr__(self,'name',name)
  __dataclass_builtins_object__.__setattr__(self,'path',path)
  __dataclass_builtins_object__.__setattr__(self,'sha256',sha256)
 return __init__
CODE["def __create_fn__(_type_ingest, _type_deploy, _type_source, _type_name, _type_path, _type_sha256, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_deploy, _dflt_source, _dflt_name, _dflt_path, _dflt_sha256, _return_type):\n def __init__(self,ingest:_type_ingest,deploy:_type_deploy=_dflt_deploy,source:_type_source=_dflt_source,name:_type_name=_dflt_name,path:_type_path=_dflt_path,sha256:_type_sha256=_dflt_sha256)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'ingest',ingest)\n  __dataclass_builtins_object__.__setattr__(self,'deploy',deploy)\n  __dataclass_builtins_object__.__setattr__(self,'source',source)\n  __dataclass_builtins_object__.__setattr__(self,'name',name)\n  __dataclass_builtins_object__.__setattr__(self,'path',path)\n  __dataclass_builtins_object__.__setattr__(self,'sha256',sha256)\n return __init__"] = __create_fn__.__code__
def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(ingest={self.ingest!r}, deploy={self.deploy!r}, source={self.source!r}, name={self.name!r}, path={self.path!r}, sha256={self.sha256!r})"
 return __repr__
CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(ingest={self.ingest!r}, deploy={self.deploy!r}, source={self.source!r}, name={self.name!r}, path={self.path!r}, sha256={self.sha256!r})"\n return __repr__'] = __create_fn__.__code__
def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.ingest,self.deploy,self.source,self.name,self.path,self.sha256,)==(other.ingest,other.deploy,other.source,other.name,other.path,other.sha256,)
  return NotImplemented
 return __eq__
CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.ingest,self.deploy,self.source,self.name,self.path,self.sha256,)==(other.ingest,other.deploy,other.source,other.name,other.path,other.sha256,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('ingest','deploy','source','name','path','sha256',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'ingest\',\'deploy\',\'source\',\'name\',\'path\',\'sha256\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('ingest','deploy','source','name','path','sha256',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'ingest\',\'deploy\',\'source\',\'name\',\'path\',\'sha256\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__
def __create_fn__():
 def __hash__(self):
  return hash((self.ingest,self.deploy,self.source,self.name,self.path,self.sha256,))
 return __hash__
CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.ingest,self.deploy,self.source,self.name,self.path,self.sha256,))\n return __hash__'] = __create_fn__.__code__
