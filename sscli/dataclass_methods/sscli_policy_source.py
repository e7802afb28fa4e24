"""The methods of sscli.policy.source's dataclasses as `dataclasses` writes them: generated, do
not edit (regenerate: python -m sscli.dataclass_methods)."""
# fmt: off
CODE = {}
def __create_fn__(_type_key, _type_valid_after, _type_valid_before, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_valid_after, _dflt_valid_before, _return_type):
 def __init__(self,key:_type_key,valid_after:_type_valid_after=_dflt_valid_after,valid_before:_type_valid_before=_dflt_valid_before)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'key',key)
  __dataclass_builtins_object__.__setattr__(self,'valid_after',valid_after)
  __dataclass_builtins_object__.__setattr__(self,'valid_before',valid_before)
 return __init__
CODE["def __create_fn__(_type_key, _type_valid_after, _type_valid_before, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_valid_after, _dflt_valid_before, _return_type):\n def __init__(self,key:_type_key,valid_after:_type_valid_after=_dflt_valid_after,valid_before:_type_valid_before=_dflt_valid_before)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'key',key)\n  __dataclass_builtins_object__.__setattr__(self,'valid_after',valid_after)\n  __dataclass_builtins_object__.__setattr__(self,'valid_before',valid_before)\n return __init__"] = __create_fn__.__code__
def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(key={self.key!r}, valid_after={self.valid_after!r}, valid_before={self.valid_before!r})"
 return __repr__
CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(key={self.key!r}, valid_after={self.valid_after!r}, valid_before={self.valid_before!r})"\n return __repr__'] = __create_fn__.__code__
def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.key,self.valid_after,self.valid_before,)==(other.key,other.valid_after,other.valid_before,)
  return NotImplemented
 return __eq__
CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.key,self.valid_after,self.valid_before,)==(other.key,other.valid_after,other.valid_before,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('key','valid_after','valid_before',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'key\',\'valid_after\',\'valid_before\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('key','valid_after','valid_before',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'key\',\'valid_after\',\'valid_before\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__
def __create_fn__():
 def __hash__(self):
  return hash((self.key,self.valid_after,self.valid_before,))
 return __hash__
CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.key,self.valid_after,self.valid_before,))\n return __hash__'] = __create_fn__.__code__
def __create_fn__(_type_fingerprint, _type_key_file, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,fingerprint:_type_fingerprint,key_file:_type_key_file)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'fingerprint',fingerprint)
  __dataclass_builtins_object__.__setattr__(self,'key_file',key_file)
 return __init__
CODE["def __create_fn__(_type_fingerprint, _type_key_file, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,fingerprint:_type_fingerprint,key_file:_type_key_file)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'fingerprint',fingerprint)\n  __dataclass_builtins_object__.__setattr__(self,'key_file',key_file)\n return __init__"] = __create_fn__.__code__
def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(fingerprint={self.fingerprint!r}, key_file={self.key_file!r})"
 return __repr__
CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(fingerprint={self.fingerprint!r}, key_file={self.key_file!r})"\n return __repr__'] = __create_fn__.__code__
def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.fingerprint,self.key_file,)==(other.fingerprint,other.key_file,)
  return NotImplemented
 return __eq__
CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.fingerprint,self.key_file,)==(other.fingerprint,other.key_file,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('fingerprint','key_file',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'fingerprint\',\'key_file\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('fingerprint','key_file',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'fingerprint\',\'key_file\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__
def __create_fn__():
 def __hash__(self):
  return hash((self.fingerprint,self.key_file,))
 return __hash__
CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.fingerprint,self.key_file,))\n return __hash__'] = __create_fn__.__code__
def __create_fn__(_type_name, _type_emails, _type_handles, _type_ssh, _type_openpgp, _type_refs, _type_paths, _type_sign_for_others, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_handles, _dflt_ssh, _dflt_openpgp, _dflt_refs, _dflt_paths, _dflt_sign_for_others, _return_type):
 def __init__(self,name:_type_name,emails:_type_emails,handles:_type_handles=_dflt_handles,ssh:_type_ssh=_dflt_ssh,openpgp:_type_openpgp=_dflt_openpgp,refs:_type_refs=_dflt_refs,paths:_type_paths=_dflt_paths,sign_for_others:_type_sign_for_others=_dflt_sign_for_others)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'name',name)
  __dataclass_builtins_object__.__setattr__(self,'emails',emails)
  __dataclass_builtins_object__.__setattr__(self,'handles',handles)
  __dataclass_builtins_object__.__setattr__(self,'ssh',ssh)
  __dataclass_builtins_object__.__setattr__(self,'openpgp',openpgp)
  __dataclass_builtins_object__.__setattr__(self,'refs',refs)
  __dataclass_builtins_object__.__setattr__(self,'paths',paths)
  __dataclass_builtins_object__.__setattr__(self,'sign_for_others',sign_for_others)
 return __init__
CODE["def __create_fn__(_type_name, _type_emails, _type_handles, _type_ssh, _type_openpgp, _type_refs, _type_paths, _type_sign_for_others, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_handles, _dflt_ssh, _dflt_openpgp, _dflt_refs, _dflt_paths, _dflt_sign_for_others, _return_type):\n def __init__(self,name:_type_name,emails:_type_emails,handles:_type_handles=_dflt_handles,ssh:_type_ssh=_dflt_ssh,openpgp:_type_openpgp=_dflt_openpgp,refs:_type_refs=_dflt_refs,paths:_type_paths=_dflt_paths,sign_for_others:_type_sign_for_others=_dflt_sign_for_others)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'name',name)\n  __dataclass_builtins_object__.__setattr__(self,'emails',emails)\n  __dataclass_builtins_object__.__setattr__(self,'handles',handles)\n  __dataclass_builtins_object__.__setattr__(self,'ssh',ssh)\n  __dataclass_builtins_object__.__setattr__(self,'openpgp',openpgp)\n  __dataclass_builtins_object__.__setattr__(self,'refs',refs)\n  __dataclass_builtins_object__.__setattr__(self,'paths',paths)\n  __dataclass_builtins_object__.__setattr__(self,'sign_for_others',sign_for_others)\n return __init__"] = __create_fn__.__code__
def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(name={self.name!r}, emails={self.emails!r}, handles={self.handles!r}, ssh={self.ssh!r}, openpgp={self.openpgp!r}, refs={self.refs!r}, paths={self.paths!r}, sign_for_others={self.sign_for_others!r})"
 return __repr__
CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(name={self.name!r}, emails={self.emails!r}, handles={self.handles!r}, ssh={self.ssh!r}, openpgp={self.openpgp!r}, refs={self.refs!r}, paths={self.paths!r}, sign_for_others={self.sign_for_others!r})"\n return __repr__'] = __create_fn__.__code__
def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.name,self.emails,self.handles,self.ssh,self.openpgp,self.refs,self.paths,self.sign_for_others,)==(other.name,other.emails,other.handles,other.ssh,other.openpgp,other.refs,other.paths,other.sign_for_others,)
  return NotImplemented
 return __eq__
CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.name,self.emails,self.handles,self.ssh,self.openpgp,self.refs,self.paths,self.sign_for_others,)==(other.name,other.emails,other.handles,other.ssh,other.openpgp,other.refs,other.paths,other.sign_for_others,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('name','emails','handles','ssh','openpgp','refs','paths','sign_for_others',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'name\',\'emails\',\'handles\',\'ssh\',\'openpgp\',\'refs\',\'paths\',\'sign_for_others\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('name','emails','handles','ssh','openpgp','refs','paths','sign_for_others',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'name\',\'emails\',\'handles\',\'ssh\',\'openpgp\',\'refs\',\'paths\',\'sign_for_others\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__
def __create_fn__():
 def __hash__(self):
  return hash((self.name,self.emails,self.handles,self.ssh,self.openpgp,self.refs,self.paths,self.sign_for_others,))
 return __hash__
CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.name,self.emails,self.handles,self.ssh,self.openpgp,self.refs,self.paths,self.sign_for_others,))\n return __hash__'] = __create_fn__.__code__
def __create_fn__(_type_required, _type_evidence, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_required, _dflt_evidence, _return_type):
 def __init__(self,required:_type_required=_dflt_required,evidence:_type_evidence=_dflt_evidence)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'required',required)
  __dataclass_builtins_object__.__setattr__(self,'evidence',evidence)
 return __init__
CODE["def __create_fn__(_type_required, _type_evidence, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_required, _dflt_evidence, _return_type):\n def __init__(self,required:_type_required=_dflt_required,evidence:_type_evidence=_dflt_evidence)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'required',required)\n  __dataclass_builtins_object__.__setattr__(self,'evidence',evidence)\n return __init__"] = __create_fn__.__code__
def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(required={self.required!r}, evidence={self.evidence!r})"
 return __repr__
CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(required={self.required!r}, evidence={self.evidence!r})"\n return __repr__'] = __create_fn__.__code__
def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.required,self.evidence,)==(other.required,other.evidence,)
  return NotImplemented
 return __eq__
CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.required,self.evidence,)==(other.required,other.evidence,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('required','evidence',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'required\',\'evidence\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('required','evidence',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'required\',\'evidence\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__
def __create_fn__():
 def __hash__(self):
  return hash((self.required,self.evidence,))
 return __hash__
CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.required,self.evidence,))\n return __hash__'] = __create_fn__.__code__
def __create_fn__(_type_rule, _type_paths, _type_reason, _type_expires, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,rule:_type_rule,paths:_type_paths,reason:_type_reason,expires:_type_expires)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'rule',rule)
  __dataclass_builtins_object__.__setattr__(self,'paths',paths)
  __dataclass_builtins_object__.__setattr__(self,'reason',reason)
  __dataclass_builtins_object__.__setattr__(self,'expires',expires)
 return __init__
CODE["def __create_fn__(_type_rule, _type_paths, _type_reason, _type_expires, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,rule:_type_rule,paths:_type_paths,reason:_type_reason,expires:_type_expires)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'rule',rule)\n  __dataclass_builtins_object__.__setattr__(self,'paths',paths)\n  __dataclass_builtins_object__.__setattr__(self,'reason',reason)\n  __dataclass_builtins_object__.__setattr__(self,'expires',expires)\n return __init__"] = __create_fn__.__code__
def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(rule={self.rule!r}, paths={self.paths!r}, reason={self.reason!r}, expires={self.expires!r})"
 return __repr__
CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(rule={self.rule!r}, paths={self.paths!r}, reason={self.reason!r}, expires={self.expires!r})"\n return __repr__'] = __create_fn__.__code__
def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.rule,self.paths,self.reason,self.expires,)==(other.rule,other.paths,other.reason,other.expires,)
  return NotImplemented
 return __eq__
CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.rule,self.paths,self.reason,self.expires,)==(other.rule,other.paths,other.reason,other.expires,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('rule','paths','reason','expires',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'rule\',\'paths\',\'reason\',\'expires\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('rule','paths','reason','expires',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'rule\',\'paths\',\'reason\',\'expires\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__
def __create_fn__():
 def __hash__(self):
  return hash((self.rule,self.paths,self.reason,self.expires,))
 return __hash__
CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.rule,self.paths,self.reason,self.expires,))\n return __hash__'] = __create_fn__.__code__
def __create_fn__(_type_repository, _type_signers, _type_allowed_refs, _type_since, _type_linear, _type_max_commits, _type_dco, _type_trailers, _type_review, _type_codeowners, _type_secrets, _type_secrets_baseline, _type_code_fail_on, _type_code_confidence, _type_code_config, _type_honor_nosec, _type_exceptions, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_repository, _dflt_signers, _dflt_allowed_refs, _dflt_since, _dflt_linear, _dflt_max_commits, _dflt_dco, _dflt_trailers, _dflt_review, _dflt_codeowners, _dflt_secrets, _dflt_secrets_baseline, _dflt_code_fail_on, _dflt_code_confidence, _dflt_code_config, _dflt_honor_nosec, _dflt_exceptions, _return_type):
 def __init__(self,repository:_type_repository=_dflt_repository,signers:_type_signers=_dflt_signers,allowed_refs:_type_allowed_refs=_dflt_allowed_refs,since:_type_since=_dflt_since,linear:_type_linear=_dflt_linear,max_commits:_type_max_commits=_dflt_max_commits,dco:_type_dco=_dflt_dco,trailers:_type_trailers=_dflt_trailers,review:_type_review=_HAS_DEFAULT_FACTORY,codeowners:_type_codeowners=_dflt_codeowners,secrets:_type_secrets=_dflt_secrets,secrets_baseline:_type_secrets_baseline=_dflt_secrets_baseline,code_fail_on:_type_code_fail_on=_dflt_code_fail_on,code_confidence:_type_code_confidence=_dflt_code_confidence,code_config:_type_code_config=_dflt_code_config,honor_nosec:_type_honor_nosec=_dflt_honor_nosec,exceptions:_type_exceptions=_dflt_exceptions)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'repository',repository)
  __dataclass_builtins_object__.__setattr__(self,'signers',signers)
  __dataclass_builtins_object__.__setattr__(self,'allowed_refs',allowed_refs)
  __dataclass_builtins_object__.__setattr__(self,'since',since)
  __dataclass_builtins_object__.__setattr__(self,'linear',linear)
  __dataclass_builtins_object__.__setattr__(self,'max_commits',max_commits)
  __dataclass_builtins_object__.__setattr__(self,'dco',dco)
  __dataclass_builtins_object__.__setattr__(self,'trailers',trailers)
  __dataclass_builtins_object__.__setattr__(self,'review',_dflt_review() if review is _HAS_DEFAULT_FACTORY else review)
  __dataclass_builtins_object__.__setattr__(self,'codeowners',codeowners)
  __dataclass_builtins_object__.__setattr__(self,'secrets',secrets)
  __dataclass_builtins_object__.__setattr__(self,'secrets_baseline',secrets_baseline)
  __dataclass_builtins_object__.__setattr__(self,'code_fail_on',code_fail_on)
  __dataclass_builtins_object__.__setattr__(self,'code_confidence',code_confidence)
  __dataclass_builtins_object__.__setattr__(self,'code_config',code_config)
  __dataclass_builtins_object__.__setattr__(self,'honor_nosec',honor_nosec)
  __dataclass_builtins_object__.__setattr__(self,'exceptions',exceptions)
 return __init__
CODE["def __create_fn__(_type_repository, _type_signers, _type_allowed_refs, _type_since, _type_linear, _type_max_commits, _type_dco, _type_trailers, _type_review, _type_codeowners, _type_secrets, _type_secrets_baseline, _type_code_fail_on, _type_code_confidence, _type_code_config, _type_honor_nosec, _type_exceptions, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_repository, _dflt_signers, _dflt_allowed_refs, _dflt_since, _dflt_linear, _dflt_max_commits, _dflt_dco, _dflt_trailers, _dflt_review, _dflt_codeowners, _dflt_secrets, _dflt_secrets_baseline, _dflt_code_fail_on, _dflt_code_confidence, _dflt_code_config, _dflt_honor_nosec, _dflt_exceptions, _return_type):\n def __init__(self,repository:_type_repository=_dflt_repository,signers:_type_signers=_dflt_signers,allowed_refs:_type_allowed_refs=_dflt_allowed_refs,since:_type_since=_dflt_since,linear:_type_linear=_dflt_linear,max_commits:_type_max_commits=_dflt_max_commits,dco:_type_dco=_dflt_dco,trailers:_type_trailers=_dflt_trailers,review:_type_review=_HAS_DEFAULT_FACTORY,codeowners:_type_codeowners=_dflt_codeowners,secrets:_type_secrets=_dflt_secrets,secrets_baseline:_type_secrets_baseline=_dflt_secrets_baseline,code_fail_on:_type_code_fail_on=_dflt_code_fail_on,code_confidence:_type_code_confidence=_dflt_code_confidence,code_config:_type_code_config=_dflt_code_config,honor_nosec:_type_honor_nosec=_dflt_honor_nosec,exceptions:_type_exceptions=_dflt_exceptions)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'repository',repository)\n  __dataclass_builtins_object__.__setattr__(self,'signers',signers)\n  __dataclass_builtins_object__.__setattr__(self,'allowed_refs',allowed_refs)\n  __dataclass_builtins_object__.__setattr__(self,'since',since)\n  __dataclass_builtins_object__.__setattr__(self,'linear',linear)\n  __dataclass_builtins_object__.__setattr__(self,'max_commits',max_commits)\n  __dataclass_builtins_object__.__setattr__(self,'dco',dco)\n  __dataclass_builtins_object__.__setattr__(self,'trailers',trailers)\n  __dataclass_builtins_object__.__setattr__(self,'review',_dflt_review() if review is _HAS_DEFAULT_FACTORY else review)\n  __dataclass_builtins_object__.__setattr__(self,'codeowners',codeowners)\n  __dataclass_builtins_object__.__setattr__(self,'secrets',secrets)\n  __dataclass_builtins_object__.__setattr__(self,'secrets_baseline',secrets_baseline)\n  __dataclass_builtins_object__.__setattr__(self,'code_fail_on',code_fail_on)\n  __dataclass_builtins_object__.__setattr__(self,'code_confidence',code_confidence)\n  __dataclass_builtins_object__.__setattr__(self,'code_config',code_config)\n  __dataclass_builtins_object__.__setattr__(self,'honor_nosec',honor_nosec)\n  __dataclass_builtins_object__.__setattr__(self,'exceptions',exceptions)\n return __init__"] = __create_fn__.__code__
def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(repository={self.repository!r}, signers={self.signers!r}, allowed_refs={self.allowed_refs!r}, since={self.since!r}, linear={self.linear!r}, max_commits={self.max_commits!r}, dco={self.dco!r}, trailers={self.trailers!r}, review={self.review!r}, codeowners={self.codeowners!r}, secrets={self.secrets!r}, secrets_baseline={self.secrets_baseline!r}, code_fail_on={self.code_fail_on!r}, code_confidence={self.code_confidence!r}, code_config={self.code_config!r}, honor_nosec={self.honor_nosec!r}, exceptions={self.exceptions!r})"
 return __repr__
CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(repository={self.repository!r}, signers={self.signers!r}, allowed_refs={self.allowed_refs!r}, since={self.since!r}, linear={self.linear!r}, max_commits={self.max_commits!r}, dco={self.dco!r}, trailers={self.trailers!r}, review={self.review!r}, codeowners={self.codeowners!r}, secrets={self.secrets!r}, secrets_baseline={self.secrets_baseline!r}, code_fail_on={self.code_fail_on!r}, code_confidence={self.code_confidence!r}, code_config={self.code_config!r}, honor_nosec={self.honor_nosec!r}, exceptions={self.exceptions!r})"\n return __repr__'] = __create_fn__.__code__
def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.repository,self.signers,self.allowed_refs,self.since,self.linear,self.max_commits,self.dco,self.trailers,self.review,self.codeowners,self.secrets,self.secrets_baseline,self.code_fail_on,self.code_confidence,self.code_config,self.honor_nosec,self.exceptions,)==(other.repository,other.signers,other.allowed_refs,other.since,other.linear,other.max_commits,other.dco,other.trailers,other.review,other.codeowners,other.secrets,other.secrets_baseline,other.code_fail_on,other.code_confidence,other.code_config,other.honor_nosec,other.exceptions,)
  return NotImplemented
 return __eq__
CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.repository,self.signers,self.allowed_refs,self.since,self.linear,self.max_commits,self.dco,self.trailers,self.review,self.codeowners,self.secrets,self.secrets_baseline,self.code_fail_on,self.code_confidence,self.code_config,self.honor_nosec,self.exceptions,)==(other.repository,other.signers,other.allowed_refs,other.since,other.linear,other.max_commits,other.dco,other.trailers,other.review,other.codeowners,other.secrets,other.secrets_baseline,other.code_fail_on,other.code_confidence,other.code_config,other.honor_nosec,other.exceptions,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('repository','signers','allowed_refs','since','linear','max_commits','dco','trailers','review','codeowners','secrets','secrets_baseline','code_fail_on','code_confidence','code_config','honor_nosec','exceptions',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'repository\',\'signers\',\'allowed_refs\',\'since\',\'linear\',\'max_commits\',\'dco\',\'trailers\',\'review\',\'codeowners\',\'secrets\',\'secrets_baseline\',\'code_fail_on\',\'code_confidence\',\'code_config\',\'honor_nosec\',\'exceptions\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('repository','signers','allowed_refs','since','linear','max_commits','dco','trailers','review','codeowners','secrets','secrets_baseline','code_fail_on','code_confidence','code_config','honor_nosec','exceptions',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'repository\',\'signers\',\'allowed_refs\',\'since\',\'linear\',\'max_commits\',\'dco\',\'trailers\',\'review\',\'codeowners\',\'secrets\',\'secrets_baseline\',\'code_fail_on\',\'code_confidence\',\'code_config\',\'honor_nosec\',\'exceptions\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__
def __create_fn__():
 def __hash__(self):
  return hash((self.repository,self.signers,self.allowed_refs,self.since,self.linear,self.max_commits,self.dco,self.trailers,self.review,self.codeowners,self.secrets,self.secrets_baseline,self.code_fail_on,self.code_confidence,self.code_config,self.honor_nosec,self.exceptions,))
 return __hash__
CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.repository,self.signers,self.allowed_refs,self.since,self.linear,self.max_commits,self.dco,self.trailers,self.review,self.codeowners,self.secrets,self.secrets_baseline,self.code_fail_on,self.code_confidence,self.code_config,self.honor_nosec,self.exceptions,))\n return __hash__'] = __create_fn__.__code__
