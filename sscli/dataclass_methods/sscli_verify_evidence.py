"""The methods of sscli.verify.evidence's dataclasses as `dataclasses` writes them: generated, do
not edit (regenerate: python -m sscli.dataclass_methods)."""
# fmt: off
CODE = {}
def __create_fn__(_type_statement, _type_signers, _type_source, _type_development, _type_digest, _type_logged, _type_sigstore_signer, _type_identity_fields, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_logged, _dflt_sigstore_signer, _dflt_identity_fields, _return_type):
 def __init__(self,statement:_type_statement,signers:_type_signers,source:_type_source,development:_type_development,digest:_type_digest,logged:_type_logged=_dflt_logged,sigstore_signer:_type_sigstore_signer=_dflt_sigstore_signer,identity_fields:_type_identity_fields=_dflt_identity_fields)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'statement',statement)
  __dataclass_builtins_object__.__setattr__(self,'signers',signers)
  __dataclass_builtins_object__.__setattr__(self,'source',source)
  __dataclass_builtins_object__.__setattr__(self,'development',development)
  __dataclass_builtins_object__.__setattr__(self,'digest',digest)
  __dataclass_builtins_object__.__setattr__(self,'logged',logged)
  __dataclass_builtins_object__.__setattr__(self,'sigstore_signer',sigstore_signer)
  __dataclass_builtins_object__.__setattr__(self,'identity_fields',identity_fields)
 return __init__
CODE["def __create_fn__(_type_statement, _type_signers, _type_source, _type_development, _type_digest, _type_logged, _type_sigstore_signer, _type_identity_fields, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_logged, _dflt_sigstore_signer, _dflt_identity_fields, _return_type):\n def __init__(self,statement:_type_statement,signers:_type_signers,source:_type_source,development:_type_development,digest:_type_digest,logged:_type_logged=_dflt_logged,sigstore_signer:_type_sigstore_signer=_dflt_sigstore_signer,identity_fields:_type_identity_fields=_dflt_identity_fields)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'statement',statement)\n  __dataclass_builtins_object__.__setattr__(self,'signers',signers)\n  __dataclass_builtins_object__.__setattr__(self,'source',source)\n  __dataclass_builtins_object__.__setattr__(self,'development',development)\n  __dataclass_builtins_object__.__setattr__(self,'digest',digest)\n  __dataclass_builtins_object__.__setattr__(self,'logged',logged)\n  __dataclass_builtins_object__.__setattr__(self,'sigstore_signer',sigstore_signer)\n  __dataclass_builtins_object__.__setattr__(self,'identity_fields',identity_fields)\n return __init__"] = __create_fn__.__code__
def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(statement={self.statement!r}, signers={self.signers!r}, source={self.source!r}, development={self.development!r}, digest={self.digest!r}, logged={self.logged!r}, sigstore_signer={self.sigstore_signer!r}, identity_fields={self.identity_fields!r})"
 return __repr__
CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(statement={self.statement!r}, signers={self.signers!r}, source={self.source!r}, development={self.development!r}, digest={self.digest!r}, logged={self.logged!r}, sigstore_signer={self.sigstore_signer!r}, identity_fields={self.identity_fields!r})"\n return __repr__'] = __create_fn__.__code__
def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.statement,self.signers,self.source,self.development,self.digest,self.logged,self.sigstore_signer,self.identity_fields,)==(other.statement,other.signers,other.source,other.development,other.digest,other.logged,other.sigstore_signer,other.identity_fields,)
  return NotImplemented
 return __eq__
CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.statement,self.signers,self.source,self.development,self.digest,self.logged,self.sigstore_signer,self.identity_fields,)==(other.statement,other.signers,other.source,other.development,other.digest,other.logged,other.sigstore_signer,other.identity_fields,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('statement','signers','source','development','digest','logged','sigstore_signer','identity_fields',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'statement\',\'signers\',\'source\',\'development\',\'digest\',\'logged\',\'sigstore_signer\',\'identity_fields\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('statement','signers','source','development','digest','logged','sigstore_signer','identity_fields',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'statement\',\'signers\',\'source\',\'development\',\'digest\',\'logged\',\'sigstore_signer\',\'identity_fields\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__
def __create_fn__():
 def __hash__(self):
  return hash((self.statement,self.signers,self.source,self.development,self.digest,self.logged,self.sigstore_signer,self.identity_fields,))
 return __hash__
CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.statement,self.signers,self.source,self.development,self.digest,self.logged,self.sigstore_signer,self.identity_fields,))\n return __hash__'] = __create_fn__.__code__
def __create_fn__(_type_trusted, _type_subjects, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,trusted:_type_trusted,subjects:_type_subjects)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'trusted',trusted)
  __dataclass_builtins_object__.__setattr__(self,'subjects',subjects)
 return __init__
CODE["def __create_fn__(_type_trusted, _type_subjects, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,trusted:_type_trusted,subjects:_type_subjects)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'trusted',trusted)\n  __dataclass_builtins_object__.__setattr__(self,'subjects',subjects)\n return __init__"] = __create_fn__.__code__
def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(trusted={self.trusted!r}, subjects={self.subjects!r})"
 return __repr__
CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(trusted={self.trusted!r}, subjects={self.subjects!r})"\n return __repr__'] = __create_fn__.__code__
def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.trusted,self.subjects,)==(other.trusted,other.subjects,)
  return NotImplemented
 return __eq__
CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.trusted,self.subjects,)==(other.trusted,other.subjects,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('trusted','subjects',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'trusted\',\'subjects\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('trusted','subjects',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'trusted\',\'subjects\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__
def __create_fn__():
 def __hash__(self):
  return hash((self.trusted,self.subjects,))
 return __hash__
CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.trusted,self.subjects,))\n return __hash__'] = __create_fn__.__code__
def __create_fn__(_type_reason, _type_tampered, _type_source, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_tampered, _dflt_source, _return_type):
 def __init__(self,reason:_type_reason,tampered:_type_tampered=_dflt_tampered,source:_type_source=_dflt_source)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'reason',reason)
  __dataclass_builtins_object__.__setattr__(self,'tampered',tampered)
  __dataclass_builtins_object__.__setattr__(self,'source',source)
 return __init__
CODE["def __create_fn__(_type_reason, _type_tampered, _type_source, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_tampered, _dflt_source, _return_type):\n def __init__(self,reason:_type_reason,tampered:_type_tampered=_dflt_tampered,source:_type_source=_dflt_source)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'reason',reason)\n  __dataclass_builtins_object__.__setattr__(self,'tampered',tampered)\n  __dataclass_builtins_object__.__setattr__(self,'source',source)\n return __init__"] = __create_fn__.__code__
def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(reason={self.reason!r}, tampered={self.tampered!r}, source={self.source!r})"
 return __repr__
CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(reason={self.reason!r}, tampered={self.tampered!r}, source={self.source!r})"\n return __repr__'] = __create_fn__.__code__
def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.reason,self.tampered,self.source,)==(other.reason,other.tampered,other.source,)
  return NotImplemented
 return __eq__
CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.reason,self.tampered,self.source,)==(other.reason,other.tampered,other.source,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('reason','tampered','source',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'reason\',\'tampered\',\'source\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('reason','tampered','source',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'reason\',\'tampered\',\'source\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__
def __create_fn__():
 def __hash__(self):
  return hash((self.reason,self.tampered,self.source,))
 return __hash__
CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.reason,self.tampered,self.source,))\n return __hash__'] = __create_fn__.__code__
def __create_fn__(_type_files, _type_read, _type_problems, _type_accepted, _type_rejected, _type_envelopes, _type_about_commits, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_read, _dflt_problems, _dflt_accepted, _dflt_rejected, _dflt_envelopes, _dflt_about_commits, _return_type):
 def __init__(self,files:_type_files,read:_type_read=_dflt_read,problems:_type_problems=_HAS_DEFAULT_FACTORY,accepted:_type_accepted=_HAS_DEFAULT_FACTORY,rejected:_type_rejected=_HAS_DEFAULT_FACTORY,envelopes:_type_envelopes=_HAS_DEFAULT_FACTORY,about_commits:_type_about_commits=_HAS_DEFAULT_FACTORY)->_return_type:
  self.files=files
  self.read=read
  self.problems=_dflt_problems() if problems is _HAS_DEFAULT_FACTORY else problems
  self.accepted=_dflt_accepted() if accepted is _HAS_DEFAULT_FACTORY else accepted
  self.rejected=_dflt_rejected() if rejected is _HAS_DEFAULT_FACTORY else rejected
  self.envelopes=_dflt_envelopes() if envelopes is _HAS_DEFAULT_FACTORY else envelopes
  self.about_commits=_dflt_about_commits() if about_commits is _HAS_DEFAULT_FACTORY else about_commits
 return __init__
CODE['def __create_fn__(_type_files, _type_read, _type_problems, _type_accepted, _type_rejected, _type_envelopes, _type_about_commits, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_read, _dflt_problems, _dflt_accepted, _dflt_rejected, _dflt_envelopes, _dflt_about_commits, _return_type):\n def __init__(self,files:_type_files,read:_type_read=_dflt_read,problems:_type_problems=_HAS_DEFAULT_FACTORY,accepted:_type_accepted=_HAS_DEFAULT_FACTORY,rejected:_type_rejected=_HAS_DEFAULT_FACTORY,envelopes:_type_envelopes=_HAS_DEFAULT_FACTORY,about_commits:_type_about_commits=_HAS_DEFAULT_FACTORY)->_return_type:\n  self.files=files\n  self.read=read\n  self.problems=_dflt_problems() if problems is _HAS_DEFAULT_FACTORY else problems\n  self.accepted=_dflt_accepted() if accepted is _HAS_DEFAULT_FACTORY else accepted\n  self.rejected=_dflt_rejected() if rejected is _HAS_DEFAULT_FACTORY else rejected\n  self.envelopes=_dflt_envelopes() if envelopes is _HAS_DEFAULT_FACTORY else envelopes\n  self.about_commits=_dflt_about_commits() if about_commits is _HAS_DEFAULT_FACTORY else about_commits\n return __init__'] = __create_fn__.__code__
def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(files={self.files!r}, read={self.read!r}, problems={self.problems!r}, accepted={self.accepted!r}, rejected={self.rejected!r}, envelopes={self.envelopes!r}, about_commits={self.about_commits!r})"
 return __repr__
CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(files={self.files!r}, read={self.read!r}, problems={self.problems!r}, accepted={self.accepted!r}, rejected={self.rejected!r}, envelopes={self.envelopes!r}, about_commits={self.about_commits!r})"\n return __repr__'] = __create_fn__.__code__
def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.files,self.read,self.problems,self.accepted,self.rejected,self.envelopes,self.about_commits,)==(other.files,other.read,other.problems,other.accepted,other.rejected,other.envelopes,other.about_commits,)
  return NotImplemented
 return __eq__
CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.files,self.read,self.problems,self.accepted,self.rejected,self.envelopes,self.about_commits,)==(other.files,other.read,other.problems,other.accepted,other.rejected,other.envelopes,other.about_commits,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__
