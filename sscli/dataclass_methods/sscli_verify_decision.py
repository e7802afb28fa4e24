"""The methods of sscli.verify.decision's dataclasses as `dataclasses` writes them: generated, do
not edit (regenerate: python -m sscli.dataclass_methods)."""
# fmt: off
CODE = {}
def __create_fn__(_type_rule, _type_severity, _type_message, _type_location, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_location, _return_type):
 def __init__(self,rule:_type_rule,severity:_type_severity,message:_type_message,location:_type_location=_dflt_location)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'rule',rule)
  __dataclass_builtins_object__.__setattr__(self,'severity',severity)
  __dataclass_builtins_object__.__setattr__(self,'message',message)
  __dataclass_builtins_object__.__setattr__(self,'location',location)
 return __init__
CODE["def __create_fn__(_type_rule, _type_severity, _type_message, _type_location, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_location, _return_type):\n def __init__(self,rule:_type_rule,severity:_type_severity,message:_type_message,location:_type_location=_dflt_location)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'rule',rule)\n  __dataclass_builtins_object__.__setattr__(self,'severity',severity)\n  __dataclass_builtins_object__.__setattr__(self,'message',message)\n  __dataclass_builtins_object__.__setattr__(self,'location',location)\n return __init__"] = __create_fn__.__code__
def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(rule={self.rule!r}, severity={self.severity!r}, message={self.message!r}, location={self.location!r})"
 return __repr__
CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(rule={self.rule!r}, severity={self.severity!r}, message={self.message!r}, location={self.location!r})"\n return __repr__'] = __create_fn__.__code__
def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.rule,self.severity,self.message,self.location,)==(other.rule,other.severity,other.message,other.location,)
  return NotImplemented
 return __eq__
CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.rule,self.severity,self.message,self.location,)==(other.rule,other.severity,other.message,other.location,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('rule','severity','message','location',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'rule\',\'severity\',\'message\',\'location\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('rule','severity','message','location',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'rule\',\'severity\',\'message\',\'location\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__
def __create_fn__():
 def __hash__(self):
  return hash((self.rule,self.severity,self.message,self.location,))
 return __hash__
CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.rule,self.severity,self.message,self.location,))\n return __hash__'] = __create_fn__.__code__
def __create_fn__(_type_rule, _type_status, _type_reason, _type_severity, _type_findings, _type_waivable, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_severity, _dflt_findings, _dflt_waivable, _return_type):
 def __init__(self,rule:_type_rule,status:_type_status,reason:_type_reason,severity:_type_severity=_dflt_severity,findings:_type_findings=_dflt_findings,waivable:_type_waivable=_dflt_waivable)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'rule',rule)
  __dataclass_builtins_object__.__setattr__(self,'status',status)
  __dataclass_builtins_object__.__setattr__(self,'reason',reason)
  __dataclass_builtins_object__.__setattr__(self,'severity',severity)
  __dataclass_builtins_object__.__setattr__(self,'findings',findings)
  __dataclass_builtins_object__.__setattr__(self,'waivable',waivable)
 return __init__
CODE["def __create_fn__(_type_rule, _type_status, _type_reason, _type_severity, _type_findings, _type_waivable, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_severity, _dflt_findings, _dflt_waivable, _return_type):\n def __init__(self,rule:_type_rule,status:_type_status,reason:_type_reason,severity:_type_severity=_dflt_severity,findings:_type_findings=_dflt_findings,waivable:_type_waivable=_dflt_waivable)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'rule',rule)\n  __dataclass_builtins_object__.__setattr__(self,'status',status)\n  __dataclass_builtins_object__.__setattr__(self,'reason',reason)\n  __dataclass_builtins_object__.__setattr__(self,'severity',severity)\n  __dataclass_builtins_object__.__setattr__(self,'findings',findings)\n  __dataclass_builtins_object__.__setattr__(self,'waivable',waivable)\n return __init__"] = __create_fn__.__code__
def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(rule={self.rule!r}, status={self.status!r}, reason={self.reason!r}, severity={self.severity!r}, findings={self.findings!r}, waivable={self.waivable!r})"
 return __repr__
CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(rule={self.rule!r}, status={self.status!r}, reason={self.reason!r}, severity={self.severity!r}, findings={self.findings!r}, waivable={self.waivable!r})"\n return __repr__'] = __create_fn__.__code__
def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.rule,self.status,self.reason,self.severity,self.findings,self.waivable,)==(other.rule,other.status,other.reason,other.severity,other.findings,other.waivable,)
  return NotImplemented
 return __eq__
CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.rule,self.status,self.reason,self.severity,self.findings,self.waivable,)==(other.rule,other.status,other.reason,other.severity,other.findings,other.waivable,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('rule','status','reason','severity','findings','waivable',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'rule\',\'status\',\'reason\',\'severity\',\'findings\',\'waivable\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('rule','status','reason','severity','findings','waivable',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'rule\',\'status\',\'reason\',\'severity\',\'findings\',\'waivable\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__
def __create_fn__():
 def __hash__(self):
  return hash((self.rule,self.status,self.reason,self.severity,self.findings,self.waivable,))
 return __hash__
CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.rule,self.status,self.reason,self.severity,self.findings,self.waivable,))\n return __hash__'] = __create_fn__.__code__
def __create_fn__(_type_artifact, _type_sha256, _type_rules, _type_subjects, _type_trusted, _type_evidence, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_rules, _dflt_subjects, _dflt_trusted, _dflt_evidence, _return_type):
 def __init__(self,artifact:_type_artifact,sha256:_type_sha256,rules:_type_rules=_HAS_DEFAULT_FACTORY,subjects:_type_subjects=_dflt_subjects,trusted:_type_trusted=_HAS_DEFAULT_FACTORY,evidence:_type_evidence=_dflt_evidence)->_return_type:
  self.artifact=artifact
  self.sha256=sha256
  self.rules=_dflt_rules() if rules is _HAS_DEFAULT_FACTORY else rules
  self.subjects=subjects
  self.trusted=_dflt_trusted() if trusted is _HAS_DEFAULT_FACTORY else trusted
  self.evidence=evidence
 return __init__
CODE['def __create_fn__(_type_artifact, _type_sha256, _type_rules, _type_subjects, _type_trusted, _type_evidence, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_rules, _dflt_subjects, _dflt_trusted, _dflt_evidence, _return_type):\n def __init__(self,artifact:_type_artifact,sha256:_type_sha256,rules:_type_rules=_HAS_DEFAULT_FACTORY,subjects:_type_subjects=_dflt_subjects,trusted:_type_trusted=_HAS_DEFAULT_FACTORY,evidence:_type_evidence=_dflt_evidence)->_return_type:\n  self.artifact=artifact\n  self.sha256=sha256\n  self.rules=_dflt_rules() if rules is _HAS_DEFAULT_FACTORY else rules\n  self.subjects=subjects\n  self.trusted=_dflt_trusted() if trusted is _HAS_DEFAULT_FACTORY else trusted\n  self.evidence=evidence\n return __init__'] = __create_fn__.__code__
def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(artifact={self.artifact!r}, sha256={self.sha256!r}, rules={self.rules!r}, subjects={self.subjects!r}, trusted={self.trusted!r})"
 return __repr__
CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(artifact={self.artifact!r}, sha256={self.sha256!r}, rules={self.rules!r}, subjects={self.subjects!r}, trusted={self.trusted!r})"\n return __repr__'] = __create_fn__.__code__
def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.artifact,self.sha256,self.rules,self.subjects,self.trusted,)==(other.artifact,other.sha256,other.rules,other.subjects,other.trusted,)
  return NotImplemented
 return __eq__
CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.artifact,self.sha256,self.rules,self.subjects,self.trusted,)==(other.artifact,other.sha256,other.rules,other.subjects,other.trusted,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__
