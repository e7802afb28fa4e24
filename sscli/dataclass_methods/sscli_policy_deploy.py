"""The methods of sscli.policy.deploy's dataclasses as `dataclasses` writes them: generated, do
not edit (regenerate: python -m sscli.dataclass_methods)."""
# fmt: off
CODE = {}
def __create_fn__(_type_identity, _type_issuer, _type_owner, _type_repo, _type_signer_workflow, _type_signer_repo, _type_signer_digest, _type_source_ref, _type_source_digest, _type_deny_self_hosted_runners, _type_hostname, _type_predicate_type, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_identity, _dflt_issuer, _dflt_owner, _dflt_repo, _dflt_signer_workflow, _dflt_signer_repo, _dflt_signer_digest, _dflt_source_ref, _dflt_source_digest, _dflt_deny_self_hosted_runners, _dflt_hostname, _dflt_predicate_type, _return_type):
 def __init__(self,identity:_type_identity=_dflt_identity,issuer:_type_issuer=_dflt_issuer,owner:_type_owner=_dflt_owner,repo:_type_repo=_dflt_repo,signer_workflow:_type_signer_workflow=_dflt_signer_workflow,signer_repo:_type_signer_repo=_dflt_signer_repo,signer_digest:_type_signer_digest=_dflt_signer_digest,source_ref:_type_source_ref=_dflt_source_ref,source_digest:_type_source_digest=_dflt_source_digest,deny_self_hosted_runners:_type_deny_self_hosted_runners=_dflt_deny_self_hosted_runners,hostname:_type_hostname=_dflt_hostname,predicate_type:_type_predicate_type=_dflt_predicate_type)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'identity',identity)
  __dataclass_builtins_object__.__setattr__(self,'issuer',issuer)
  __dataclass_builtins_object__.__setattr__(self,'owner',owner)
  __dataclass_builtins_object__.__setattr__(self,'repo',repo)
  __dataclass_builtins_object__.__setattr__(self,'signer_workflow',signer_workflow)
  __dataclass_builtins_object__.__setattr__(self,'signer_repo',signer_repo)
  __dataclass_builtins_object__.__setattr__(self,'signer_digest',signer_digest)
  __dataclass_builtins_object__.__setattr__(self,'source_ref',source_ref)
  __dataclass_builtins_object__.__setattr__(self,'source_digest',source_digest)
  __dataclass_builtins_object__.__setattr__(self,'deny_self_hosted_runners',deny_self_hosted_runners)
  __dataclass_builtins_object__.__setattr__(self,'hostname',hostname)
  __dataclass_builtins_object__.__setattr__(self,'predicate_type',predicate_type)
 return __init__
CODE["def __create_fn__(_type_identity, _type_issuer, _type_owner, _type_repo, _type_signer_workflow, _type_signer_repo, _type_signer_digest, _type_source_ref, _type_source_digest, _type_deny_self_hosted_runners, _type_hostname, _type_predicate_type, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_identity, _dflt_issuer, _dflt_owner, _dflt_repo, _dflt_signer_workflow, _dflt_signer_repo, _dflt_signer_digest, _dflt_source_ref, _dflt_source_digest, _dflt_deny_self_hosted_runners, _dflt_hostname, _dflt_predicate_type, _return_type):\n def __init__(self,identity:_type_identity=_dflt_identity,issuer:_type_issuer=_dflt_issuer,owner:_type_owner=_dflt_owner,repo:_type_repo=_dflt_repo,signer_workflow:_type_signer_workflow=_dflt_signer_workflow,signer_repo:_type_signer_repo=_dflt_signer_repo,signer_digest:_type_signer_digest=_dflt_signer_digest,source_ref:_type_source_ref=_dflt_source_ref,source_digest:_type_source_digest=_dflt_source_digest,deny_self_hosted_runners:_type_deny_self_hosted_runners=_dflt_deny_self_hosted_runners,hostname:_type_hostname=_dflt_hostname,predicate_type:_type_predicate_type=_dflt_predicate_type)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'identity',identity)\n  __dataclass_builtins_object__.__setattr__(self,'issuer',issuer)\n  __dataclass_builtins_object__.__setattr__(self,'owner',owner)\n  __dataclass_builtins_object__.__setattr__(self,'repo',repo)\n  __dataclass_builtins_object__.__setattr__(self,'signer_workflow',signer_workflow)\n  __dataclass_builtins_object__.__setattr__(self,'signer_repo',signer_repo)\n  __dataclass_builtins_object__.__setattr__(self,'signer_digest',signer_digest)\n  __dataclass_builtins_object__.__setattr__(self,'source_ref',source_ref)\n  __dataclass_builtins_object__.__setattr__(self,'source_digest',source_digest)\n  __dataclass_builtins_object__.__setattr__(self,'deny_self_hosted_runners',deny_self_hosted_runners)\n  __dataclass_builtins_object__.__setattr__(self,'hostname',hostname)\n  __dataclass_builtins_object__.__setattr__(self,'predicate_type',predicate_type)\n return __init__"] = __create_fn__.__code__
def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(identity={self.identity!r}, issuer={self.issuer!r}, owner={self.owner!r}, repo={self.repo!r}, signer_workflow={self.signer_workflow!r}, signer_repo={self.signer_repo!r}, signer_digest={self.signer_digest!r}, source_ref={self.source_ref!r}, source_digest={self.source_digest!r}, deny_self_hosted_runners={self.deny_self_hosted_runners!r}, hostname={self.hostname!r}, predicate_type={self.predicate_type!r})"
 return __repr__
CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(identity={self.identity!r}, issuer={self.issuer!r}, owner={self.owner!r}, repo={self.repo!r}, signer_workflow={self.signer_workflow!r}, signer_repo={self.signer_repo!r}, signer_digest={self.signer_digest!r}, source_ref={self.source_ref!r}, source_digest={self.source_digest!r}, deny_self_hosted_runners={self.deny_self_hosted_runners!r}, hostname={self.hostname!r}, predicate_type={self.predicate_type!r})"\n return __repr__'] = __create_fn__.__code__
def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.identity,self.issuer,self.owner,self.repo,self.signer_workflow,self.signer_repo,self.signer_digest,self.source_ref,self.source_digest,self.deny_self_hosted_runners,self.hostname,self.predicate_type,)==(other.identity,other.issuer,other.owner,other.repo,other.signer_workflow,other.signer_repo,other.signer_digest,other.source_ref,other.source_digest,other.deny_self_hosted_runners,other.hostname,other.predicate_type,)
  return NotImplemented
 return __eq__
CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.identity,self.issuer,self.owner,self.repo,self.signer_workflow,self.signer_repo,self.signer_digest,self.source_ref,self.source_digest,self.deny_self_hosted_runners,self.hostname,self.predicate_type,)==(other.identity,other.issuer,other.owner,other.repo,other.signer_workflow,other.signer_repo,other.signer_digest,other.source_ref,other.source_digest,other.deny_self_hosted_runners,other.hostname,other.predicate_type,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('identity','issuer','owner','repo','signer_workflow','signer_repo','signer_digest','source_ref','source_digest','deny_self_hosted_runners','hostname','predicate_type',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'identity\',\'issuer\',\'owner\',\'repo\',\'signer_workflow\',\'signer_repo\',\'signer_digest\',\'source_ref\',\'source_digest\',\'deny_self_hosted_runners\',\'hostname\',\'predicate_type\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('identity','issuer','owner','repo','signer_workflow','signer_repo','signer_digest','source_ref','source_digest','deny_self_hosted_runners','hostname','predicate_type',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'identity\',\'issuer\',\'owner\',\'repo\',\'signer_workflow\',\'signer_repo\',\'signer_digest\',\'source_ref\',\'source_digest\',\'deny_self_hosted_runners\',\'hostname\',\'predicate_type\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__
def __create_fn__():
 def __hash__(self):
  return hash((self.identity,self.issuer,self.owner,self.repo,self.signer_workflow,self.signer_repo,self.signer_digest,self.source_ref,self.source_digest,self.deny_self_hosted_runners,self.hostname,self.predicate_type,))
 return __hash__
CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.identity,self.issuer,self.owner,self.repo,self.signer_workflow,self.signer_repo,self.signer_digest,self.source_ref,self.source_digest,self.deny_self_hosted_runners,self.hostname,self.predicate_type,))\n return __hash__'] = __create_fn__.__code__
def __create_fn__(_type_name, _type_predicate_types, _type_keys, _type_threshold, _type_sigstore, _type_development, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_keys, _dflt_threshold, _dflt_sigstore, _dflt_development, _return_type):
 def __init__(self,name:_type_name,predicate_types:_type_predicate_types,keys:_type_keys=_dflt_keys,threshold:_type_threshold=_dflt_threshold,sigstore:_type_sigstore=_dflt_sigstore,development:_type_development=_dflt_development)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'name',name)
  __dataclass_builtins_object__.__setattr__(self,'predicate_types',predicate_types)
  __dataclass_builtins_object__.__setattr__(self,'keys',keys)
  __dataclass_builtins_object__.__setattr__(self,'threshold',threshold)
  __dataclass_builtins_object__.__setattr__(self,'sigstore',sigstore)
  __dataclass_builtins_object__.__setattr__(self,'development',development)
 return __init__
CODE["def __create_fn__(_type_name, _type_predicate_types, _type_keys, _type_threshold, _type_sigstore, _type_development, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_keys, _dflt_threshold, _dflt_sigstore, _dflt_development, _return_type):\n def __init__(self,name:_type_name,predicate_types:_type_predicate_types,keys:_type_keys=_dflt_keys,threshold:_type_threshold=_dflt_threshold,sigstore:_type_sigstore=_dflt_sigstore,development:_type_development=_dflt_development)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'name',name)\n  __dataclass_builtins_object__.__setattr__(self,'predicate_types',predicate_types)\n  __dataclass_builtins_object__.__setattr__(self,'keys',keys)\n  __dataclass_builtins_object__.__setattr__(self,'threshold',threshold)\n  __dataclass_builtins_object__.__setattr__(self,'sigstore',sigstore)\n  __dataclass_builtins_object__.__setattr__(self,'development',development)\n return __init__"] = __create_fn__.__code__
def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(name={self.name!r}, predicate_types={self.predicate_types!r}, keys={self.keys!r}, threshold={self.threshold!r}, sigstore={self.sigstore!r}, development={self.development!r})"
 return __repr__
CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(name={self.name!r}, predicate_types={self.predicate_types!r}, keys={self.keys!r}, threshold={self.threshold!r}, sigstore={self.sigstore!r}, development={self.development!r})"\n return __repr__'] = __create_fn__.__code__
def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.name,self.predicate_types,self.keys,self.threshold,self.sigstore,self.development,)==(other.name,other.predicate_types,other.keys,other.threshold,other.sigstore,other.development,)
  return NotImplemented
 return __eq__
CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.name,self.predicate_types,self.keys,self.threshold,self.sigstore,self.development,)==(other.name,other.predicate_types,other.keys,other.threshold,other.sigstore,other.development,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('name','predicate_types','keys','threshold','sigstore','development',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'name\',\'predicate_types\',\'keys\',\'threshold\',\'sigstore\',\'development\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('name','predicate_types','keys','threshold','sigstore','development',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'name\',\'predicate_types\',\'keys\',\'threshold\',\'sigstore\',\'development\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__
def __create_fn__():
 def __hash__(self):
  return hash((self.name,self.predicate_types,self.keys,self.threshold,self.sigstore,self.development,))
 return __hash__
CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.name,self.predicate_types,self.keys,self.threshold,self.sigstore,self.development,))\n return __hash__'] = __create_fn__.__code__
def __create_fn__(_type_builder_ids, _type_build_types, _type_source_repositories, _type_source_refs, _type_reproducible, _type_sandboxed, _type_dependencies_from_vault, _type_allow_dirty, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_builder_ids, _dflt_build_types, _dflt_source_repositories, _dflt_source_refs, _dflt_reproducible, _dflt_sandboxed, _dflt_dependencies_from_vault, _dflt_allow_dirty, _return_type):
 def __init__(self,builder_ids:_type_builder_ids=_dflt_builder_ids,build_types:_type_build_types=_dflt_build_types,source_repositories:_type_source_repositories=_dflt_source_repositories,source_refs:_type_source_refs=_dflt_source_refs,reproducible:_type_reproducible=_dflt_reproducible,sandboxed:_type_sandboxed=_dflt_sandboxed,dependencies_from_vault:_type_dependencies_from_vault=_dflt_dependencies_from_vault,allow_dirty:_type_allow_dirty=_dflt_allow_dirty)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'builder_ids',builder_ids)
  __dataclass_builtins_object__.__setattr__(self,'build_types',build_types)
  __dataclass_builtins_object__.__setattr__(self,'source_repositories',source_repositories)
  __dataclass_builtins_object__.__setattr__(self,'source_refs',source_refs)
  __dataclass_builtins_object__.__setattr__(self,'reproducible',reproducible)
  __dataclass_builtins_object__.__setattr__(self,'sandboxed',sandboxed)
  __dataclass_builtins_object__.__setattr__(self,'dependencies_from_vault',dependencies_from_vault)
  __dataclass_builtins_object__.__setattr__(self,'allow_dirty',allow_dirty)
 return __init__
CODE["def __create_fn__(_type_builder_ids, _type_build_types, _type_source_repositories, _type_source_refs, _type_reproducible, _type_sandboxed, _type_dependencies_from_vault, _type_allow_dirty, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_builder_ids, _dflt_build_types, _dflt_source_repositories, _dflt_source_refs, _dflt_reproducible, _dflt_sandboxed, _dflt_dependencies_from_vault, _dflt_allow_dirty, _return_type):\n def __init__(self,builder_ids:_type_builder_ids=_dflt_builder_ids,build_types:_type_build_types=_dflt_build_types,source_repositories:_type_source_repositories=_dflt_source_repositories,source_refs:_type_source_refs=_dflt_source_refs,reproducible:_type_reproducible=_dflt_reproducible,sandboxed:_type_sandboxed=_dflt_sandboxed,dependencies_from_vault:_type_dependencies_from_vault=_dflt_dependencies_from_vault,allow_dirty:_type_allow_dirty=_dflt_allow_dirty)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'builder_ids',builder_ids)\n  __dataclass_builtins_object__.__setattr__(self,'build_types',build_types)\n  __dataclass_builtins_object__.__setattr__(self,'source_repositories',source_repositories)\n  __dataclass_builtins_object__.__setattr__(self,'source_refs',source_refs)\n  __dataclass_builtins_object__.__setattr__(self,'reproducible',reproducible)\n  __dataclass_builtins_object__.__setattr__(self,'sandboxed',sandboxed)\n  __dataclass_builtins_object__.__setattr__(self,'dependencies_from_vault',dependencies_from_vault)\n  __dataclass_builtins_object__.__setattr__(self,'allow_dirty',allow_dirty)\n return __init__"] = __create_fn__.__code__
def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(builder_ids={self.builder_ids!r}, build_types={self.build_types!r}, source_repositories={self.source_repositories!r}, source_refs={self.source_refs!r}, reproducible={self.reproducible!r}, sandboxed={self.sandboxed!r}, dependencies_from_vault={self.dependencies_from_vault!r}, allow_dirty={self.allow_dirty!r})"
 return __repr__
CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(builder_ids={self.builder_ids!r}, build_types={self.build_types!r}, source_repositories={self.source_repositories!r}, source_refs={self.source_refs!r}, reproducible={self.reproducible!r}, sandboxed={self.sandboxed!r}, dependencies_from_vault={self.dependencies_from_vault!r}, allow_dirty={self.allow_dirty!r})"\n return __repr__'] = __create_fn__.__code__
def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.builder_ids,self.build_types,self.source_repositories,self.source_refs,self.reproducible,self.sandboxed,self.dependencies_from_vault,self.allow_dirty,)==(other.builder_ids,other.build_types,other.source_repositories,other.source_refs,other.reproducible,other.sandboxed,other.dependencies_from_vault,other.allow_dirty,)
  return NotImplemented
 return __eq__
CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.builder_ids,self.build_types,self.source_repositories,self.source_refs,self.reproducible,self.sandboxed,self.dependencies_from_vault,self.allow_dirty,)==(other.builder_ids,other.build_types,other.source_repositories,other.source_refs,other.reproducible,other.sandboxed,other.dependencies_from_vault,other.allow_dirty,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('builder_ids','build_types','source_repositories','source_refs','reproducible','sandboxed','dependencies_from_vault','allow_dirty',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'builder_ids\',\'build_types\',\'source_repositories\',\'source_refs\',\'reproducible\',\'sandboxed\',\'dependencies_from_vault\',\'allow_dirty\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('builder_ids','build_types','source_repositories','source_refs','reproducible','sandboxed','dependencies_from_vault','allow_dirty',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'builder_ids\',\'build_types\',\'source_repositories\',\'source_refs\',\'reproducible\',\'sandboxed\',\'dependencies_from_vault\',\'allow_dirty\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__
def __create_fn__():
 def __hash__(self):
  return hash((self.builder_ids,self.build_types,self.source_repositories,self.source_refs,self.reproducible,self.sandboxed,self.dependencies_from_vault,self.allow_dirty,))
 return __hash__
CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.builder_ids,self.build_types,self.source_repositories,self.source_refs,self.reproducible,self.sandboxed,self.dependencies_from_vault,self.allow_dirty,))\n return __hash__'] = __create_fn__.__code__
def __create_fn__(_type_level, _type_repositories, _type_verifier_ids, _type_refs, _type_scan, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_level, _dflt_repositories, _dflt_verifier_ids, _dflt_refs, _dflt_scan, _return_type):
 def __init__(self,level:_type_level=_dflt_level,repositories:_type_repositories=_dflt_repositories,verifier_ids:_type_verifier_ids=_dflt_verifier_ids,refs:_type_refs=_dflt_refs,scan:_type_scan=_dflt_scan)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'level',level)
  __dataclass_builtins_object__.__setattr__(self,'repositories',repositories)
  __dataclass_builtins_object__.__setattr__(self,'verifier_ids',verifier_ids)
  __dataclass_builtins_object__.__setattr__(self,'refs',refs)
  __dataclass_builtins_object__.__setattr__(self,'scan',scan)
 return __init__
CODE["def __create_fn__(_type_level, _type_repositories, _type_verifier_ids, _type_refs, _type_scan, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_level, _dflt_repositories, _dflt_verifier_ids, _dflt_refs, _dflt_scan, _return_type):\n def __init__(self,level:_type_level=_dflt_level,repositories:_type_repositories=_dflt_repositories,verifier_ids:_type_verifier_ids=_dflt_verifier_ids,refs:_type_refs=_dflt_refs,scan:_type_scan=_dflt_scan)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'level',level)\n  __dataclass_builtins_object__.__setattr__(self,'repositories',repositories)\n  __dataclass_builtins_object__.__setattr__(self,'verifier_ids',verifier_ids)\n  __dataclass_builtins_object__.__setattr__(self,'refs',refs)\n  __dataclass_builtins_object__.__setattr__(self,'scan',scan)\n return __init__"] = __create_fn__.__code__
def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(level={self.level!r}, repositories={self.repositories!r}, verifier_ids={self.verifier_ids!r}, refs={self.refs!r}, scan={self.scan!r})"
 return __repr__
CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(level={self.level!r}, repositories={self.repositories!r}, verifier_ids={self.verifier_ids!r}, refs={self.refs!r}, scan={self.scan!r})"\n return __repr__'] = __create_fn__.__code__
def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.level,self.repositories,self.verifier_ids,self.refs,self.scan,)==(other.level,other.repositories,other.verifier_ids,other.refs,other.scan,)
  return NotImplemented
 return __eq__
CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.level,self.repositories,self.verifier_ids,self.refs,self.scan,)==(other.level,other.repositories,other.verifier_ids,other.refs,other.scan,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('level','repositories','verifier_ids','refs','scan',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'level\',\'repositories\',\'verifier_ids\',\'refs\',\'scan\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('level','repositories','verifier_ids','refs','scan',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'level\',\'repositories\',\'verifier_ids\',\'refs\',\'scan\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__
def __create_fn__():
 def __hash__(self):
  return hash((self.level,self.repositories,self.verifier_ids,self.refs,self.scan,))
 return __hash__
CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.level,self.repositories,self.verifier_ids,self.refs,self.scan,))\n return __hash__'] = __create_fn__.__code__
def __create_fn__(_type_rule, _type_reason, _type_expires, _type_subject, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_subject, _return_type):
 def __init__(self,rule:_type_rule,reason:_type_reason,expires:_type_expires,subject:_type_subject=_dflt_subject)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'rule',rule)
  __dataclass_builtins_object__.__setattr__(self,'reason',reason)
  __dataclass_builtins_object__.__setattr__(self,'expires',expires)
  __dataclass_builtins_object__.__setattr__(self,'subject',subject)
 return __init__
CODE["def __create_fn__(_type_rule, _type_reason, _type_expires, _type_subject, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_subject, _return_type):\n def __init__(self,rule:_type_rule,reason:_type_reason,expires:_type_expires,subject:_type_subject=_dflt_subject)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'rule',rule)\n  __dataclass_builtins_object__.__setattr__(self,'reason',reason)\n  __dataclass_builtins_object__.__setattr__(self,'expires',expires)\n  __dataclass_builtins_object__.__setattr__(self,'subject',subject)\n return __init__"] = __create_fn__.__code__
def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(rule={self.rule!r}, reason={self.reason!r}, expires={self.expires!r}, subject={self.subject!r})"
 return __repr__
CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(rule={self.rule!r}, reason={self.reason!r}, expires={self.expires!r}, subject={self.subject!r})"\n return __repr__'] = __create_fn__.__code__
def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.rule,self.reason,self.expires,self.subject,)==(other.rule,other.reason,other.expires,other.subject,)
  return NotImplemented
 return __eq__
CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.rule,self.reason,self.expires,self.subject,)==(other.rule,other.reason,other.expires,other.subject,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('rule','reason','expires','subject',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'rule\',\'reason\',\'expires\',\'subject\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('rule','reason','expires','subject',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'rule\',\'reason\',\'expires\',\'subject\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__
def __create_fn__():
 def __hash__(self):
  return hash((self.rule,self.reason,self.expires,self.subject,))
 return __hash__
CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.rule,self.reason,self.expires,self.subject,))\n return __hash__'] = __create_fn__.__code__
def __create_fn__(_type_signers, _type_required_types, _type_allow_development_keys, _type_provenance, _type_max_age, _type_subject_names, _type_rescan, _type_fail_on, _type_unscannable, _type_vex, _type_licenses_allow, _type_licenses_deny, _type_licenses_unknown, _type_exceptions, _type_trusted_roots, _type_source, _type_built_from_source, _type_source_rules, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_allow_development_keys, _dflt_provenance, _dflt_max_age, _dflt_subject_names, _dflt_rescan, _dflt_fail_on, _dflt_unscannable, _dflt_vex, _dflt_licenses_allow, _dflt_licenses_deny, _dflt_licenses_unknown, _dflt_exceptions, _dflt_trusted_roots, _dflt_source, _dflt_built_from_source, _dflt_source_rules, _return_type):
 def __init__(self,signers:_type_signers,required_types:_type_required_types,allow_development_keys:_type_allow_development_keys=_dflt_allow_development_keys,provenance:_type_provenance=_HAS_DEFAULT_FACTORY,max_age:_type_max_age=_dflt_max_age,subject_names:_type_subject_names=_dflt_subject_names,rescan:_type_rescan=_dflt_rescan,fail_on:_type_fail_on=_dflt_fail_on,unscannable:_type_unscannable=_dflt_unscannable,vex:_type_vex=_dflt_vex,licenses_allow:_type_licenses_allow=_dflt_licenses_allow,licenses_deny:_type_licenses_deny=_dflt_licenses_deny,licenses_unknown:_type_licenses_unknown=_dflt_licenses_unknown,exceptions:_type_exceptions=_dflt_exceptions,trusted_roots:_type_trusted_roots=_dflt_trusted_roots,source:_type_source=_dflt_source,built_from_source:_type_built_from_source=_HAS_DEFAULT_FACTORY,source_rules:_type_source_rules=_dflt_source_rules)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'signers',signers)
  __dataclass_builtins_object__.__setattr__(self,'required_types',required_types)
  __dataclass_builtins_object__.__setattr__(self,'allow_development_keys',allow_development_keys)
  __dataclass_builtins_object__.__setattr__(self,'provenance',_dflt_provenance() if provenance is _HAS_DEFAULT_FACTORY else provenance)
  __dataclass_builtins_object__.__setattr__(self,'max_age',max_age)
  __dataclass_builtins_object__.__setattr__(self,'subject_names',subject_names)
  __dataclass_builtins_object__.__setattr__(self,'rescan',rescan)
  __dataclass_builtins_object__.__setattr__(self,'fail_on',fail_on)
  __dataclass_builtins_object__.__setattr__(self,'unscannable',unscannable)
  __dataclass_builtins_object__.__setattr__(self,'vex',vex)
  __dataclass_builtins_object__.__setattr__(self,'licenses_allow',licenses_allow)
  __dataclass_builtins_object__.__setattr__(self,'licenses_deny',licenses_deny)
  __dataclass_builtins_object__.__setattr__(self,'licenses_unknown',licenses_unknown)
  __dataclass_builtins_object__.__setattr__(self,'exceptions',exceptions)
  __dataclass_builtins_object__.__setattr__(self,'trusted_roots',trusted_roots)
  __dataclass_builtins_object__.__setattr__(self,'source',source)
  __dataclass_builtins_object__.__setattr__(self,'built_from_source',_dflt_built_from_source() if built_from_source is _HAS_DEFAULT_FACTORY else built_from_source)
  __dataclass_builtins_object__.__setattr__(self,'source_rules',source_rules)
 return __init__
CODE["def __create_fn__(_type_signers, _type_required_types, _type_allow_development_keys, _type_provenance, _type_max_age, _type_subject_names, _type_rescan, _type_fail_on, _type_unscannable, _type_vex, _type_licenses_allow, _type_licenses_deny, _type_licenses_unknown, _type_exceptions, _type_trusted_roots, _type_source, _type_built_from_source, _type_source_rules, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_allow_development_keys, _dflt_provenance, _dflt_max_age, _dflt_subject_names, _dflt_rescan, _dflt_fail_on, _dflt_unscannable, _dflt_vex, _dflt_licenses_allow, _dflt_licenses_deny, _dflt_licenses_unknown, _dflt_exceptions, _dflt_trusted_roots, _dflt_source, _dflt_built_from_source, _dflt_source_rules, _return_type):\n def __init__(self,signers:_type_signers,required_types:_type_required_types,allow_development_keys:_type_allow_development_keys=_dflt_allow_development_keys,provenance:_type_provenance=_HAS_DEFAULT_FACTORY,max_age:_type_max_age=_dflt_max_age,subject_names:_type_subject_names=_dflt_subject_names,rescan:_type_rescan=_dflt_rescan,fail_on:_type_fail_on=_dflt_fail_on,unscannable:_type_unscannable=_dflt_unscannable,vex:_type_vex=_dflt_vex,licenses_allow:_type_licenses_allow=_dflt_licenses_allow,licenses_deny:_type_licenses_deny=_dflt_licenses_deny,licenses_unknown:_type_licenses_unknown=_dflt_licenses_unknown,exceptions:_type_exceptions=_dflt_exceptions,trusted_roots:_type_trusted_roots=_dflt_trusted_roots,source:_type_source=_dflt_source,built_from_source:_type_built_from_source=_HAS_DEFAULT_FACTORY,source_rules:_type_source_rules=_dflt_source_rules)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'signers',signers)\n  __dataclass_builtins_object__.__setattr__(self,'required_types',required_types)\n  __dataclass_builtins_object__.__setattr__(self,'allow_development_keys',allow_development_keys)\n  __dataclass_builtins_object__.__setattr__(self,'provenance',_dflt_provenance() if provenance is _HAS_DEFAULT_FACTORY else provenance)\n  __dataclass_builtins_object__.__setattr__(self,'max_age',max_age)\n  __dataclass_builtins_object__.__setattr__(self,'subject_names',subject_names)\n  __dataclass_builtins_object__.__setattr__(self,'rescan',rescan)\n  __dataclass_builtins_object__.__setattr__(self,'fail_on',fail_on)\n  __dataclass_builtins_object__.__setattr__(self,'unscannable',unscannable)\n  __dataclass_builtins_object__.__setattr__(self,'vex',vex)\n  __dataclass_builtins_object__.__setattr__(self,'licenses_allow',licenses_allow)\n  __dataclass_builtins_object__.__setattr__(self,'licenses_deny',licenses_deny)\n  __dataclass_builtins_object__.__setattr__(self,'licenses_unknown',licenses_unknown)\n  __dataclass_builtins_object__.__setattr__(self,'exceptions',exceptions)\n  __dataclass_builtins_object__.__setattr__(self,'trusted_roots',trusted_roots)\n  __dataclass_builtins_object__.__setattr__(self,'source',source)\n  __dataclass_builtins_object__.__setattr__(self,'built_from_source',_dflt_built_from_source() if built_from_source is _HAS_DEFAULT_FACTORY else built_from_source)\n  __dataclass_builtins_object__.__setattr__(self,'source_rules',source_rules)\n return __init__"] = __create_fn__.__code__
def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(signers={self.signers!r}, required_types={self.required_types!r}, allow_development_keys={self.allow_development_keys!r}, provenance={self.provenance!r}, max_age={self.max_age!r}, subject_names={self.subject_names!r}, rescan={self.rescan!r}, fail_on={self.fail_on!r}, unscannable={self.unscannable!r}, vex={self.vex!r}, licenses_allow={self.licenses_allow!r}, licenses_deny={self.licenses_deny!r}, licenses_unknown={self.licenses_unknown!r}, exceptions={self.exceptions!r}, trusted_roots={self.trusted_roots!r}, source={self.source!r}, built_from_source={self.built_from_source!r}, source_rules={self.source_rules!r})"
 return __repr__
CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(signers={self.signers!r}, required_types={self.required_types!r}, allow_development_keys={self.allow_development_keys!r}, provenance={self.provenance!r}, max_age={self.max_age!r}, subject_names={self.subject_names!r}, rescan={self.rescan!r}, fail_on={self.fail_on!r}, unscannable={self.unscannable!r}, vex={self.vex!r}, licenses_allow={self.licenses_allow!r}, licenses_deny={self.licenses_deny!r}, licenses_unknown={self.licenses_unknown!r}, exceptions={self.exceptions!r}, trusted_roots={self.trusted_roots!r}, source={self.source!r}, built_from_source={self.built_from_source!r}, source_rules={self.source_rules!r})"\n return __repr__'] = __create_fn__.__code__
def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.signers,self.required_types,self.allow_development_keys,self.provenance,self.max_age,self.subject_names,self.rescan,self.fail_on,self.unscannable,self.vex,self.licenses_allow,self.licenses_deny,self.licenses_unknown,self.exceptions,self.trusted_roots,self.source,self.built_from_source,self.source_rules,)==(other.signers,other.required_types,other.allow_development_keys,other.provenance,other.max_age,other.subject_names,other.rescan,other.fail_on,other.unscannable,other.vex,other.licenses_allow,other.licenses_deny,other.licenses_unknown,other.exceptions,other.trusted_roots,other.source,other.built_from_source,other.source_rules,)
  return NotImplemented
 return __eq__
CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.signers,self.required_types,self.allow_development_keys,self.provenance,self.max_age,self.subject_names,self.rescan,self.fail_on,self.unscannable,self.vex,self.licenses_allow,self.licenses_deny,self.licenses_unknown,self.exceptions,self.trusted_roots,self.source,self.built_from_source,self.source_rules,)==(other.signers,other.required_types,other.allow_development_keys,other.provenance,other.max_age,other.subject_names,other.rescan,other.fail_on,other.unscannable,other.vex,other.licenses_allow,other.licenses_deny,other.licenses_unknown,other.exceptions,other.trusted_roots,other.source,other.built_from_source,other.source_rules,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('signers','required_types','allow_development_keys','provenance','max_age','subject_names','rescan','fail_on','unscannable','vex','licenses_allow','licenses_deny','licenses_unknown','exceptions','trusted_roots','source','built_from_source','source_rules',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'signers\',\'required_types\',\'allow_development_keys\',\'provenance\',\'max_age\',\'subject_names\',\'rescan\',\'fail_on\',\'unscannable\',\'vex\',\'licenses_allow\',\'licenses_deny\',\'licenses_unknown\',\'exceptions\',\'trusted_roots\',\'source\',\'built_from_source\',\'source_rules\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('signers','required_types','allow_development_keys','provenance','max_age','subject_names','rescan','fail_on','unscannable','vex','licenses_allow','licenses_deny','licenses_unknown','exceptions','trusted_roots','source','built_from_source','source_rules',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'signers\',\'required_types\',\'allow_development_keys\',\'provenance\',\'max_age\',\'subject_names\',\'rescan\',\'fail_on\',\'unscannable\',\'vex\',\'licenses_allow\',\'licenses_deny\',\'licenses_unknown\',\'exceptions\',\'trusted_roots\',\'source\',\'built_from_source\',\'source_rules\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__
def __create_fn__():
 def __hash__(self):
  return hash((self.signers,self.required_types,self.allow_development_keys,self.provenance,self.max_age,self.subject_names,self.rescan,self.fail_on,self.unscannable,self.vex,self.licenses_allow,self.licenses_deny,self.licenses_unknown,self.exceptions,self.trusted_roots,self.source,self.built_from_source,self.source_rules,))
 return __hash__
CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.signers,self.required_types,self.allow_development_keys,self.provenance,self.max_age,self.subject_names,self.rescan,self.fail_on,self.unscannable,self.vex,self.licenses_allow,self.licenses_deny,self.licenses_unknown,self.exceptions,self.trusted_roots,self.source,self.built_from_source,self.source_rules,))\n return __hash__'] = __create_fn__.__code__
