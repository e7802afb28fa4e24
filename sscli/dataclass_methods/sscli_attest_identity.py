"""The methods of sscli.attest.identity's dataclasses as `dataclasses` writes them: generated, do
not edit (regenerate: python -m sscli.dataclass_methods)."""
# fmt: off
CODE = {}
def __create_fn__(_type_subject, _type_issuer, _type_build_signer_uri, _type_build_signer_digest, _type_runner_environment, _type_source_repository_uri, _type_source_repository_digest, _type_source_repository_ref, _type_source_repository_identifier, _type_source_repository_owner_uri, _type_source_repository_owner_identifier, _type_build_config_uri, _type_build_config_digest, _type_build_trigger, _type_run_invocation_uri, _type_source_repository_visibility_at_signing, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_issuer, _dflt_build_signer_uri, _dflt_build_signer_digest, _dflt_runner_environment, _dflt_source_repository_uri, _dflt_source_repository_digest, _dflt_source_repository_ref, _dflt_source_repository_identifier, _dflt_source_repository_owner_uri, _dflt_source_repository_owner_identifier, _dflt_build_config_uri, _dflt_build_config_digest, _dflt_build_trigger, _dflt_run_invocation_uri, _dflt_source_repository_visibility_at_signing, _return_type):
 def __init__(self,subject:_type_subject,issuer:_type_issuer=_dflt_issuer,build_signer_uri:_type_build_signer_uri=_dflt_build_signer_uri,build_signer_digest:_type_build_signer_digest=_dflt_build_signer_digest,runner_environment:_type_runner_environment=_dflt_runner_environment,source_repository_uri:_type_source_repository_uri=_dflt_source_repository_uri,source_repository_digest:_type_source_repository_digest=_dflt_source_repository_digest,source_repository_ref:_type_source_repository_ref=_dflt_source_repository_ref,source_repository_identifier:_type_source_repository_identifier=_dflt_source_repository_identifier,source_repository_owner_uri:_type_source_repository_owner_uri=_dflt_source_repository_owner_uri,source_repository_owner_identifier:_type_source_repository_owner_identifier=_dflt_source_repository_owner_identifier,build_config_uri:_type_build_config_uri=_dflt_build_config_uri,build_config_digest:_type_build_config_digest=_dflt_build_config_digest,build_trigger:_type_build_trigger=_dflt_build_trigger,run_invocation_uri:_type_run_invocation_uri=_dflt_run_invocation_uri,source_repository_visibility_at_signing:_type_source_repository_visibility_at_signing=_dflt_source_repository_visibility_at_signing)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'subject',subject)
  __dataclass_builtins_object__.__setattr__(self,'issuer',issuer)
  __dataclass_builtins_object__.__setattr__(self,'build_signer_uri',build_signer_uri)
  __dataclass_builtins_object__.__setattr__(self,'build_signer_digest',build_signer_digest)
  __dataclass_builtins_object__.__setattr__(self,'runner_environment',runner_environment)
  __dataclass_builtins_object__.__setattr__(self,'source_repository_uri',source_repository_uri)
  __dataclass_builtins_object__.__setattr__(self,'source_repository_digest',source_repository_digest)
  __dataclass_builtins_object__.__setattr__(self,'source_repository_ref',source_repository_ref)
  __dataclass_builtins_object__.__setattr__(self,'source_repository_identifier',source_repository_identifier)
  __dataclass_builtins_object__.__setattr__(self,'source_repository_owner_uri',source_repository_owner_uri)
  __dataclass_builtins_object__.__setattr__(self,'source_repository_owner_identifier',source_repository_owner_identifier)
  __dataclass_builtins_object__.__setattr__(self,'build_config_uri',build_config_uri)
  __dataclass_builtins_object__.__setattr__(self,'build_config_digest',build_config_digest)
  __dataclass_builtins_object__.__setattr__(self,'build_trigger',build_trigger)
  __dataclass_builtins_object__.__setattr__(self,'run_invocation_uri',run_invocation_uri)
  __dataclass_builtins_object__.__setattr__(self,'source_repository_visibility_at_signing',source_repository_visibility_at_signing)
 return __init__
CODE["def __create_fn__(_type_subject, _type_issuer, _type_build_signer_uri, _type_build_signer_digest, _type_runner_environment, _type_source_repository_uri, _type_source_repository_digest, _type_source_repository_ref, _type_source_repository_identifier, _type_source_repository_owner_uri, _type_source_repository_owner_identifier, _type_build_config_uri, _type_build_config_digest, _type_build_trigger, _type_run_invocation_uri, _type_source_repository_visibility_at_signing, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_issuer, _dflt_build_signer_uri, _dflt_build_signer_digest, _dflt_runner_environment, _dflt_source_repository_uri, _dflt_source_repository_digest, _dflt_source_repository_ref, _dflt_source_repository_identifier, _dflt_source_repository_owner_uri, _dflt_source_repository_owner_identifier, _dflt_build_config_uri, _dflt_build_config_digest, _dflt_build_trigger, _dflt_run_invocation_uri, _dflt_source_repository_visibility_at_signing, _return_type):\n def __init__(self,subject:_type_subject,issuer:_type_issuer=_dflt_issuer,build_signer_uri:_type_build_signer_uri=_dflt_build_signer_uri,build_signer_digest:_type_build_signer_digest=_dflt_build_signer_digest,runner_environment:_type_runner_environment=_dflt_runner_environment,source_repository_uri:_type_source_repository_uri=_dflt_source_repository_uri,source_repository_digest:_type_source_repository_digest=_dflt_source_repository_digest,source_repository_ref:_type_source_repository_ref=_dflt_source_repository_ref,source_repository_identifier:_type_source_repository_identifier=_dflt_source_repository_identifier,source_repository_owner_uri:_type_source_repository_owner_uri=_dflt_source_repository_owner_uri,source_repository_owner_identifier:_type_source_repository_owner_identifier=_dflt_source_repository_owner_identifier,build_config_uri:_type_build_config_uri=_dflt_build_config_uri,build_config_digest:_type_build_config_digest=_dflt_build_config_digest,build_trigger:_type_build_trigger=_dflt_build_trigger,run_invocation_uri:_type_run_invocation_uri=_dflt_run_invocation_uri,source_repository_visibility_at_signing:_type_source_repository_visibility_at_signing=_dflt_source_repository_visibility_at_signing)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'subject',subject)\n  __dataclass_builtins_object__.__setattr__(self,'issuer',issuer)\n  __dataclass_builtins_object__.__setattr__(self,'build_signer_uri',build_signer_uri)\n  __dataclass_builtins_object__.__setattr__(self,'build_signer_digest',build_signer_digest)\n  __dataclass_builtins_object__.__setattr__(self,'runner_environment',runner_environment)\n  __dataclass_builtins_object__.__setattr__(self,'source_repository_uri',source_repository_uri)\n  __dataclass_builtins_object__.__setattr__(self,'source_repository_digest',source_repository_digest)\n  __dataclass_builtins_object__.__setattr__(self,'source_repository_ref',source_repository_ref)\n  __dataclass_builtins_object__.__setattr__(self,'source_repository_identifier',source_repository_identifier)\n  __dataclass_builtins_object__.__setattr__(self,'source_repository_owner_uri',source_repository_owner_uri)\n  __dataclass_builtins_object__.__setattr__(self,'source_repository_owner_identifier',source_repository_owner_identifier)\n  __dataclass_builtins_object__.__setattr__(self,'build_config_uri',build_config_uri)\n  __dataclass_builtins_object__.__setattr__(self,'build_config_digest',build_config_digest)\n  __dataclass_builtins_object__.__setattr__(self,'build_trigger',build_trigger)\n  __dataclass_builtins_object__.__setattr__(self,'run_invocation_uri',run_invocation_uri)\n  __dataclass_builtins_object__.__setattr__(self,'source_repository_visibility_at_signing',source_repository_visibility_at_signing)\n return __init__"] = __create_fn__.__code__
def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(subject={self.subject!r}, issuer={self.issuer!r}, build_signer_uri={self.build_signer_uri!r}, build_signer_digest={self.build_signer_digest!r}, runner_environment={self.runner_environment!r}, source_repository_uri={self.source_repository_uri!r}, source_repository_digest={self.source_repository_digest!r}, source_repository_ref={self.source_repository_ref!r}, source_repository_identifier={self.source_repository_identifier!r}, source_repository_owner_uri={self.source_repository_owner_uri!r}, source_repository_owner_identifier={self.source_repository_owner_identifier!r}, build_config_uri={self.build_config_uri!r}, build_config_digest={self.build_config_digest!r}, build_trigger={self.build_trigger!r}, run_invocation_uri={self.run_invocation_uri!r}, source_repository_visibility_at_signing={self.source_repository_visibility_at_signing!r})"
 return __repr__
CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(subject={self.subject!r}, issuer={self.issuer!r}, build_signer_uri={self.build_signer_uri!r}, build_signer_digest={self.build_signer_digest!r}, runner_environment={self.runner_environment!r}, source_repository_uri={self.source_repository_uri!r}, source_repository_digest={self.source_repository_digest!r}, source_repository_ref={self.source_repository_ref!r}, source_repository_identifier={self.source_repository_identifier!r}, source_repository_owner_uri={self.source_repository_owner_uri!r}, source_repository_owner_identifier={self.source_repository_owner_identifier!r}, build_config_uri={self.build_config_uri!r}, build_config_digest={self.build_config_digest!r}, build_trigger={self.build_trigger!r}, run_invocation_uri={self.run_invocation_uri!r}, source_repository_visibility_at_signing={self.source_repository_visibility_at_signing!r})"\n return __repr__'] = __create_fn__.__code__
def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.subject,self.issuer,self.build_signer_uri,self.build_signer_digest,self.runner_environment,self.source_repository_uri,self.source_repository_digest,self.source_repository_ref,self.source_repository_identifier,self.source_repository_owner_uri,self.source_repository_owner_identifier,self.build_config_uri,self.build_config_digest,self.build_trigger,self.run_invocation_uri,self.source_repository_visibility_at_signing,)==(other.subject,other.issuer,other.build_signer_uri,other.build_signer_digest,other.runner_environment,other.source_repository_uri,other.source_repository_digest,other.source_repository_ref,other.source_repository_identifier,other.source_repository_owner_uri,other.source_repository_owner_identifier,other.build_config_uri,other.build_config_digest,other.build_trigger,other.run_invocation_uri,other.source_repository_visibility_at_signing,)
  return NotImplemented
 return __eq__
CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.subject,self.issuer,self.build_signer_uri,self.build_signer_digest,self.runner_environment,self.source_repository_uri,self.source_repository_digest,self.source_repository_ref,self.source_repository_identifier,self.source_repository_owner_uri,self.source_repository_owner_identifier,self.build_config_uri,self.build_config_digest,self.build_trigger,self.run_invocation_uri,self.source_repository_visibility_at_signing,)==(other.subject,other.issuer,other.build_signer_uri,other.build_signer_digest,other.runner_environment,other.source_repository_uri,other.source_repository_digest,other.source_repository_ref,other.source_repository_identifier,other.source_repository_owner_uri,other.source_repository_owner_identifier,other.build_config_uri,other.build_config_digest,other.build_trigger,other.run_invocation_uri,other.source_repository_visibility_at_signing,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('subject','issuer','build_signer_uri','build_signer_digest','runner_environment','source_repository_uri','source_repository_digest','source_repository_ref','source_repository_identifier','source_repository_owner_uri','source_repository_owner_identifier','build_config_uri','build_config_digest','build_trigger','run_invocation_uri','source_repository_visibility_at_signing',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'subject\',\'issuer\',\'build_signer_uri\',\'build_signer_digest\',\'runner_environment\',\'source_repository_uri\',\'source_repository_digest\',\'source_repository_ref\',\'source_repository_identifier\',\'source_repository_owner_uri\',\'source_repository_owner_identifier\',\'build_config_uri\',\'build_config_digest\',\'build_trigger\',\'run_invocation_uri\',\'source_repository_visibility_at_signing\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('subject','issuer','build_signer_uri','build_signer_digest','runner_environment','source_repository_uri','source_repository_digest','source_repository_ref','source_repository_identifier','source_repository_owner_uri','source_repository_owner_identifier','build_config_uri','build_config_digest','build_trigger','run_invocation_uri','source_repository_visibility_at_signing',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'subject\',\'issuer\',\'build_signer_uri\',\'build_signer_digest\',\'runner_environment\',\'source_repository_uri\',\'source_repository_digest\',\'source_repository_ref\',\'source_repository_identifier\',\'source_repository_owner_uri\',\'source_repository_owner_identifier\',\'build_config_uri\',\'build_config_digest\',\'build_trigger\',\'run_invocation_uri\',\'source_repository_visibility_at_signing\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__
def __create_fn__():
 def __hash__(self):
  return hash((self.subject,self.issuer,self.build_signer_uri,self.build_signer_digest,self.runner_environment,self.source_repository_uri,self.source_repository_digest,self.source_repository_ref,self.source_repository_identifier,self.source_repository_owner_uri,self.source_repository_owner_identifier,self.build_config_uri,self.build_config_digest,self.build_trigger,self.run_invocation_uri,self.source_repository_visibility_at_signing,))
 return __hash__
CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.subject,self.issuer,self.build_signer_uri,self.build_signer_digest,self.runner_environment,self.source_repository_uri,self.source_repository_digest,self.source_repository_ref,self.source_repository_identifier,self.source_repository_owner_uri,self.source_repository_owner_identifier,self.build_config_uri,self.build_config_digest,self.build_trigger,self.run_invocation_uri,self.source_repository_visibility_at_signing,))\n return __hash__'] = __create_fn__.__code__
def __create_fn__(_type_issuer, _type_identity, _type_owner, _type_repo, _type_signer_workflow, _type_signer_repo, _type_signer_digest, _type_source_ref, _type_source_digest, _type_deny_self_hosted_runners, _type_predicate_type, _type_host, _type__github, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_issuer, _dflt_identity, _dflt_owner, _dflt_repo, _dflt_signer_workflow, _dflt_signer_repo, _dflt_signer_digest, _dflt_source_ref, _dflt_source_digest, _dflt_deny_self_hosted_runners, _dflt_predicate_type, _dflt_host, _dflt__github, _return_type):
 def __init__(self,issuer:_type_issuer=_dflt_issuer,identity:_type_identity=_dflt_identity,owner:_type_owner=_dflt_owner,repo:_type_repo=_dflt_repo,signer_workflow:_type_signer_workflow=_dflt_signer_workflow,signer_repo:_type_signer_repo=_dflt_signer_repo,signer_digest:_type_signer_digest=_dflt_signer_digest,source_ref:_type_source_ref=_dflt_source_ref,source_digest:_type_source_digest=_dflt_source_digest,deny_self_hosted_runners:_type_deny_self_hosted_runners=_dflt_deny_self_hosted_runners,predicate_type:_type_predicate_type=_dflt_predicate_type,host:_type_host=_dflt_host,_github:_type__github=_dflt__github)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'issuer',issuer)
  __dataclass_builtins_object__.__setattr__(self,'identity',identity)
  __dataclass_builtins_object__.__setattr__(self,'owner',owner)
  __dataclass_builtins_object__.__setattr__(self,'repo',repo)
  __dataclass_builtins_object__.__setattr__(self,'signer_workflow',signer_workflow)
  __dataclass_builtins_object__.__setattr__(self,'signer_repo',signer_repo)
  __dataclass_builtins_object__.__setattr__(self,'signer_digest',signer_digest)
  __dataclass_builtins_object__.__setattr__(self,'source_ref',source_ref)
  __dataclass_builtins_object__.__setattr__(self,'source_digest',source_digest)
  __dataclass_builtins_object__.__setattr__(self,'deny_self_hosted_runners',deny_self_hosted_runners)
  __dataclass_builtins_object__.__setattr__(self,'predicate_type',predicate_type)
  __dataclass_builtins_object__.__setattr__(self,'host',host)
  __dataclass_builtins_object__.__setattr__(self,'_github',_github)
 return __init__
CODE["def __create_fn__(_type_issuer, _type_identity, _type_owner, _type_repo, _type_signer_workflow, _type_signer_repo, _type_signer_digest, _type_source_ref, _type_source_digest, _type_deny_self_hosted_runners, _type_predicate_type, _type_host, _type__github, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_issuer, _dflt_identity, _dflt_owner, _dflt_repo, _dflt_signer_workflow, _dflt_signer_repo, _dflt_signer_digest, _dflt_source_ref, _dflt_source_digest, _dflt_deny_self_hosted_runners, _dflt_predicate_type, _dflt_host, _dflt__github, _return_type):\n def __init__(self,issuer:_type_issuer=_dflt_issuer,identity:_type_identity=_dflt_identity,owner:_type_owner=_dflt_owner,repo:_type_repo=_dflt_repo,signer_workflow:_type_signer_workflow=_dflt_signer_workflow,signer_repo:_type_signer_repo=_dflt_signer_repo,signer_digest:_type_signer_digest=_dflt_signer_digest,source_ref:_type_source_ref=_dflt_source_ref,source_digest:_type_source_digest=_dflt_source_digest,deny_self_hosted_runners:_type_deny_self_hosted_runners=_dflt_deny_self_hosted_runners,predicate_type:_type_predicate_type=_dflt_predicate_type,host:_type_host=_dflt_host,_github:_type__github=_dflt__github)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'issuer',issuer)\n  __dataclass_builtins_object__.__setattr__(self,'identity',identity)\n  __dataclass_builtins_object__.__setattr__(self,'owner',owner)\n  __dataclass_builtins_object__.__setattr__(self,'repo',repo)\n  __dataclass_builtins_object__.__setattr__(self,'signer_workflow',signer_workflow)\n  __dataclass_builtins_object__.__setattr__(self,'signer_repo',signer_repo)\n  __dataclass_builtins_object__.__setattr__(self,'signer_digest',signer_digest)\n  __dataclass_builtins_object__.__setattr__(self,'source_ref',source_ref)\n  __dataclass_builtins_object__.__setattr__(self,'source_digest',source_digest)\n  __dataclass_builtins_object__.__setattr__(self,'deny_self_hosted_runners',deny_self_hosted_runners)\n  __dataclass_builtins_object__.__setattr__(self,'predicate_type',predicate_type)\n  __dataclass_builtins_object__.__setattr__(self,'host',host)\n  __dataclass_builtins_object__.__setattr__(self,'_github',_github)\n return __init__"] = __create_fn__.__code__
def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(issuer={self.issuer!r}, identity={self.identity!r}, owner={self.owner!r}, repo={self.repo!r}, signer_workflow={self.signer_workflow!r}, signer_repo={self.signer_repo!r}, signer_digest={self.signer_digest!r}, source_ref={self.source_ref!r}, source_digest={self.source_digest!r}, deny_self_hosted_runners={self.deny_self_hosted_runners!r}, predicate_type={self.predicate_type!r}, host={self.host!r})"
 return __repr__
CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(issuer={self.issuer!r}, identity={self.identity!r}, owner={self.owner!r}, repo={self.repo!r}, signer_workflow={self.signer_workflow!r}, signer_repo={self.signer_repo!r}, signer_digest={self.signer_digest!r}, source_ref={self.source_ref!r}, source_digest={self.source_digest!r}, deny_self_hosted_runners={self.deny_self_hosted_runners!r}, predicate_type={self.predicate_type!r}, host={self.host!r})"\n return __repr__'] = __create_fn__.__code__
def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.issuer,self.identity,self.owner,self.repo,self.signer_workflow,self.signer_repo,self.signer_digest,self.source_ref,self.source_digest,self.deny_self_hosted_runners,self.predicate_type,self.host,self._github,)==(other.issuer,other.identity,other.owner,other.repo,other.signer_workflow,other.signer_repo,other.signer_digest,other.source_ref,other.source_digest,other.deny_self_hosted_runners,other.predicate_type,other.host,other._github,)
  return NotImplemented
 return __eq__
CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.issuer,self.identity,self.owner,self.repo,self.signer_workflow,self.signer_repo,self.signer_digest,self.source_ref,self.source_digest,self.deny_self_hosted_runners,self.predicate_type,self.host,self._github,)==(other.issuer,other.identity,other.owner,other.repo,other.signer_workflow,other.signer_repo,other.signer_digest,other.source_ref,other.source_digest,other.deny_self_hosted_runners,other.predicate_type,other.host,other._github,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('issuer','identity','owner','repo','signer_workflow','signer_repo','signer_digest','source_ref','source_digest','deny_self_hosted_runners','predicate_type','host','_github',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'issuer\',\'identity\',\'owner\',\'repo\',\'signer_workflow\',\'signer_repo\',\'signer_digest\',\'source_ref\',\'source_digest\',\'deny_self_hosted_runners\',\'predicate_type\',\'host\',\'_github\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('issuer','identity','owner','repo','signer_workflow','signer_repo','signer_digest','source_ref','source_digest','deny_self_hosted_runners','predicate_type','host','_github',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'issuer\',\'identity\',\'owner\',\'repo\',\'signer_workflow\',\'signer_repo\',\'signer_digest\',\'source_ref\',\'source_digest\',\'deny_self_hosted_runners\',\'predicate_type\',\'host\',\'_github\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__
def __create_fn__():
 def __hash__(self):
  return hash((self.issuer,self.identity,self.owner,self.repo,self.signer_workflow,self.signer_repo,self.signer_digest,self.source_ref,self.source_digest,self.deny_self_hosted_runners,self.predicate_type,self.host,self._github,))
 return __hash__
CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.issuer,self.identity,self.owner,self.repo,self.signer_workflow,self.signer_repo,self.signer_digest,self.source_ref,self.source_digest,self.deny_self_hosted_runners,self.predicate_type,self.host,self._github,))\n return __hash__'] = __create_fn__.__code__
def __create_fn__(_type_name, _type_expected, _type_actual, _type_matched, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,name:_type_name,expected:_type_expected,actual:_type_actual,matched:_type_matched)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'name',name)
  __dataclass_builtins_object__.__setattr__(self,'expected',expected)
  __dataclass_builtins_object__.__setattr__(self,'actual',actual)
  __dataclass_builtins_object__.__setattr__(self,'matched',matched)
 return __init__
CODE["def __create_fn__(_type_name, _type_expected, _type_actual, _type_matched, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,name:_type_name,expected:_type_expected,actual:_type_actual,matched:_type_matched)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'name',name)\n  __dataclass_builtins_object__.__setattr__(self,'expected',expected)\n  __dataclass_builtins_object__.__setattr__(self,'actual',actual)\n  __dataclass_builtins_object__.__setattr__(self,'matched',matched)\n return __init__"] = __create_fn__.__code__
def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(name={self.name!r}, expected={self.expected!r}, actual={self.actual!r}, matched={self.matched!r})"
 return __repr__
CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(name={self.name!r}, expected={self.expected!r}, actual={self.actual!r}, matched={self.matched!r})"\n return __repr__'] = __create_fn__.__code__
def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.name,self.expected,self.actual,self.matched,)==(other.name,other.expected,other.actual,other.matched,)
  return NotImplemented
 return __eq__
CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.name,self.expected,self.actual,self.matched,)==(other.name,other.expected,other.actual,other.matched,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('name','expected','actual','matched',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'name\',\'expected\',\'actual\',\'matched\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('name','expected','actual','matched',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'name\',\'expected\',\'actual\',\'matched\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__
def __create_fn__():
 def __hash__(self):
  return hash((self.name,self.expected,self.actual,self.matched,))
 return __hash__
CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.name,self.expected,self.actual,self.matched,))\n return __hash__'] = __create_fn__.__code__
def __create_fn__(_type_fields, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,fields:_type_fields)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'fields',fields)
 return __init__
CODE["def __create_fn__(_type_fields, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,fields:_type_fields)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'fields',fields)\n return __init__"] = __create_fn__.__code__
def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(fields={self.fields!r})"
 return __repr__
CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(fields={self.fields!r})"\n return __repr__'] = __create_fn__.__code__
def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.fields,)==(other.fields,)
  return NotImplemented
 return __eq__
CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.fields,)==(other.fields,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('fields',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'fields\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('fields',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'fields\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__
def __create_fn__():
 def __hash__(self):
  return hash((self.fields,))
 return __hash__
CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.fields,))\n return __hash__'] = __create_fn__.__code__
