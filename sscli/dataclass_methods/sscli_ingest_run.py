"""The methods of sscli.ingest.run's dataclasses as `dataclasses` writes them: generated, do
not edit (regenerate: python -m sscli.dataclass_methods)."""
# fmt: off
CODE = {}
def __create_fn__(_type_client, _type_vault, _type_policy, _type_target, _type_pin, _type_jobs, _type_vulnerabilities, _type_signers, _type_now, _type_metadata, _type_built_here, _type_previous, _type_manifest_key, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_target, _dflt_pin, _dflt_jobs, _dflt_vulnerabilities, _dflt_signers, _dflt_now, _dflt_metadata, _dflt_built_here, _dflt_previous, _dflt_manifest_key, _return_type):
 def __init__(self,client:_type_client,vault:_type_vault,policy:_type_policy,target:_type_target=_HAS_DEFAULT_FACTORY,pin:_type_pin=_dflt_pin,jobs:_type_jobs=_dflt_jobs,vulnerabilities:_type_vulnerabilities=_dflt_vulnerabilities,signers:_type_signers=_dflt_signers,now:_type_now=_dflt_now,metadata:_type_metadata=_dflt_metadata,built_here:_type_built_here=_dflt_built_here,previous:_type_previous=_dflt_previous,manifest_key:_type_manifest_key=_dflt_manifest_key)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'client',client)
  __dataclass_builtins_object__.__setattr__(self,'vault',vault)
  __dataclass_builtins_object__.__setattr__(self,'policy',policy)
  __dataclass_builtins_object__.__setattr__(self,'target',_dflt_target() if target is _HAS_DEFAULT_FACTORY else target)
  __dataclass_builtins_object__.__setattr__(self,'pin',pin)
  __dataclass_builtins_object__.__setattr__(self,'jobs',jobs)
  __dataclass_builtins_object__.__setattr__(self,'vulnerabilities',vulnerabilities)
  __dataclass_builtins_object__.__setattr__(self,'signers',signers)
  __dataclass_builtins_object__.__setattr__(self,'now',now)
  __dataclass_builtins_object__.__setattr__(self,'metadata',metadata)
  __dataclass_builtins_object__.__setattr__(self,'built_here',built_here)
  __dataclass_builtins_object__.__setattr__(self,'previous',previous)
  __dataclass_builtins_object__.__setattr__(self,'manifest_key',manifest_key)
 return __init__
CODE["def __create_fn__(_type_client, _type_vault, _type_policy, _type_target, _type_pin, _type_jobs, _type_vulnerabilities, _type_signers, _type_now, _type_metadata, _type_built_here, _type_previous, _type_manifest_key, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_target, _dflt_pin, _dflt_jobs, _dflt_vulnerabilities, _dflt_signers, _dflt_now, _dflt_metadata, _dflt_built_here, _dflt_previous, _dflt_manifest_key, _return_type):\n def __init__(self,client:_type_client,vault:_type_vault,policy:_type_policy,target:_type_target=_HAS_DEFAULT_FACTORY,pin:_type_pin=_dflt_pin,jobs:_type_jobs=_dflt_jobs,vulnerabilities:_type_vulnerabilities=_dflt_vulnerabilities,signers:_type_signers=_dflt_signers,now:_type_now=_dflt_now,metadata:_type_metadata=_dflt_metadata,built_here:_type_built_here=_dflt_built_here,previous:_type_previous=_dflt_previous,manifest_key:_type_manifest_key=_dflt_manifest_key)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'client',client)\n  __dataclass_builtins_object__.__setattr__(self,'vault',vault)\n  __dataclass_builtins_object__.__setattr__(self,'policy',policy)\n  __dataclass_builtins_object__.__setattr__(self,'target',_dflt_target() if target is _HAS_DEFAULT_FACTORY else target)\n  __dataclass_builtins_object__.__setattr__(self,'pin',pin)\n  __dataclass_builtins_object__.__setattr__(self,'jobs',jobs)\n  __dataclass_builtins_object__.__setattr__(self,'vulnerabilities',vulnerabilities)\n  __dataclass_builtins_object__.__setattr__(self,'signers',signers)\n  __dataclass_builtins_object__.__setattr__(self,'now',now)\n  __dataclass_builtins_object__.__setattr__(self,'metadata',metadata)\n  __dataclass_builtins_object__.__setattr__(self,'built_here',built_here)\n  __dataclass_builtins_object__.__setattr__(self,'previous',previous)\n  __dataclass_builtins_object__.__setattr__(self,'manifest_key',manifest_key)\n return __init__"] = __create_fn__.__code__
def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(client={self.client!r}, vault={self.vault!r}, policy={self.policy!r}, target={self.target!r}, pin={self.pin!r}, jobs={self.jobs!r}, vulnerabilities={self.vulnerabilities!r}, signers={self.signers!r}, now={self.now!r}, metadata={self.metadata!r}, built_here={self.built_here!r}, previous={self.previous!r}, manifest_key={self.manifest_key!r})"
 return __repr__
CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(client={self.client!r}, vault={self.vault!r}, policy={self.policy!r}, target={self.target!r}, pin={self.pin!r}, jobs={self.jobs!r}, vulnerabilities={self.vulnerabilities!r}, signers={self.signers!r}, now={self.now!r}, metadata={self.metadata!r}, built_here={self.built_here!r}, previous={self.previous!r}, manifest_key={self.manifest_key!r})"\n return __repr__'] = __create_fn__.__code__
def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.client,self.vault,self.policy,self.target,self.pin,self.jobs,self.vulnerabilities,self.signers,self.now,self.metadata,self.built_here,self.previous,self.manifest_key,)==(other.client,other.vault,other.policy,other.target,other.pin,other.jobs,other.vulnerabilities,other.signers,other.now,other.metadata,other.built_here,other.previous,other.manifest_key,)
  return NotImplemented
 return __eq__
CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.client,self.vault,self.policy,self.target,self.pin,self.jobs,self.vulnerabilities,self.signers,self.now,self.metadata,self.built_here,self.previous,self.manifest_key,)==(other.client,other.vault,other.policy,other.target,other.pin,other.jobs,other.vulnerabilities,other.signers,other.now,other.metadata,other.built_here,other.previous,other.manifest_key,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('client','vault','policy','target','pin','jobs','vulnerabilities','signers','now','metadata','built_here','previous','manifest_key',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'client\',\'vault\',\'policy\',\'target\',\'pin\',\'jobs\',\'vulnerabilities\',\'signers\',\'now\',\'metadata\',\'built_here\',\'previous\',\'manifest_key\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('client','vault','policy','target','pin','jobs','vulnerabilities','signers','now','metadata','built_here','previous','manifest_key',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'client\',\'vault\',\'policy\',\'target\',\'pin\',\'jobs\',\'vulnerabilities\',\'signers\',\'now\',\'metadata\',\'built_here\',\'previous\',\'manifest_key\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__
def __create_fn__():
 def __hash__(self):
  return hash((self.client,self.vault,self.policy,self.target,self.pin,self.jobs,self.vulnerabilities,self.signers,self.now,self.metadata,self.built_here,self.previous,self.manifest_key,))
 return __hash__
CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.client,self.vault,self.policy,self.target,self.pin,self.jobs,self.vulnerabilities,self.signers,self.now,self.metadata,self.built_here,self.previous,self.manifest_key,))\n return __hash__'] = __create_fn__.__code__
