"""The methods of sscli.ingest.code.model's dataclasses as `dataclasses` writes them: generated, do
not edit (regenerate: python -m sscli.dataclass_methods)."""
# fmt: off
CODE = {}
def __create_fn__(_type_id, _type_family, _type_title, _type_install, _type_startup, _type_import_, _type_runtime, _type_not_installed, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_not_installed, _return_type):
 def __init__(self,id:_type_id,family:_type_family,title:_type_title,install:_type_install,startup:_type_startup,import_:_type_import_,runtime:_type_runtime,not_installed:_type_not_installed=_dflt_not_installed)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'id',id)
  __dataclass_builtins_object__.__setattr__(self,'family',family)
  __dataclass_builtins_object__.__setattr__(self,'title',title)
  __dataclass_builtins_object__.__setattr__(self,'install',install)
  __dataclass_builtins_object__.__setattr__(self,'startup',startup)
  __dataclass_builtins_object__.__setattr__(self,'import_',import_)
  __dataclass_builtins_object__.__setattr__(self,'runtime',runtime)
  __dataclass_builtins_object__.__setattr__(self,'not_installed',not_installed)
 return __init__
CODE["def __create_fn__(_type_id, _type_family, _type_title, _type_install, _type_startup, _type_import_, _type_runtime, _type_not_installed, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_not_installed, _return_type):\n def __init__(self,id:_type_id,family:_type_family,title:_type_title,install:_type_install,startup:_type_startup,import_:_type_import_,runtime:_type_runtime,not_installed:_type_not_installed=_dflt_not_installed)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'id',id)\n  __dataclass_builtins_object__.__setattr__(self,'family',family)\n  __dataclass_builtins_object__.__setattr__(self,'title',title)\n  __dataclass_builtins_object__.__setattr__(self,'install',install)\n  __dataclass_builtins_object__.__setattr__(self,'startup',startup)\n  __dataclass_builtins_object__.__setattr__(self,'import_',import_)\n  __dataclass_builtins_object__.__setattr__(self,'runtime',runtime)\n  __dataclass_builtins_object__.__setattr__(self,'not_installed',not_installed)\n return __init__"] = __create_fn__.__code__
def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(id={self.id!r}, family={self.family!r}, title={self.title!r}, install={self.install!r}, startup={self.startup!r}, import_={self.import_!r}, runtime={self.runtime!r}, not_installed={self.not_installed!r})"
 return __repr__
CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(id={self.id!r}, family={self.family!r}, title={self.title!r}, install={self.install!r}, startup={self.startup!r}, import_={self.import_!r}, runtime={self.runtime!r}, not_installed={self.not_installed!r})"\n return __repr__'] = __create_fn__.__code__
def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.id,self.family,self.title,self.install,self.startup,self.import_,self.runtime,self.not_installed,)==(other.id,other.family,other.title,other.install,other.startup,other.import_,other.runtime,other.not_installed,)
  return NotImplemented
 return __eq__
CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.id,self.family,self.title,self.install,self.startup,self.import_,self.runtime,self.not_installed,)==(other.id,other.family,other.title,other.install,other.startup,other.import_,other.runtime,other.not_installed,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('id','family','title','install','startup','import_','runtime','not_installed',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'id\',\'family\',\'title\',\'install\',\'startup\',\'import_\',\'runtime\',\'not_installed\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('id','family','title','install','startup','import_','runtime','not_installed',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'id\',\'family\',\'title\',\'install\',\'startup\',\'import_\',\'runtime\',\'not_installed\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__
def __create_fn__():
 def __hash__(self):
  return hash((self.id,self.family,self.title,self.install,self.startup,self.import_,self.runtime,self.not_installed,))
 return __hash__
CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.id,self.family,self.title,self.install,self.startup,self.import_,self.runtime,self.not_installed,))\n return __hash__'] = __create_fn__.__code__
def __create_fn__(_type_rule, _type_severity, _type_file, _type_line, _type_phase, _type_message, _type_snippet, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_snippet, _return_type):
 def __init__(self,rule:_type_rule,severity:_type_severity,file:_type_file,line:_type_line,phase:_type_phase,message:_type_message,snippet:_type_snippet=_dflt_snippet)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'rule',rule)
  __dataclass_builtins_object__.__setattr__(self,'severity',severity)
  __dataclass_builtins_object__.__setattr__(self,'file',file)
  __dataclass_builtins_object__.__setattr__(self,'line',line)
  __dataclass_builtins_object__.__setattr__(self,'phase',phase)
  __dataclass_builtins_object__.__setattr__(self,'message',message)
  __dataclass_builtins_object__.__setattr__(self,'snippet',snippet)
 return __init__
CODE["def __create_fn__(_type_rule, _type_severity, _type_file, _type_line, _type_phase, _type_message, _type_snippet, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_snippet, _return_type):\n def __init__(self,rule:_type_rule,severity:_type_severity,file:_type_file,line:_type_line,phase:_type_phase,message:_type_message,snippet:_type_snippet=_dflt_snippet)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'rule',rule)\n  __dataclass_builtins_object__.__setattr__(self,'severity',severity)\n  __dataclass_builtins_object__.__setattr__(self,'file',file)\n  __dataclass_builtins_object__.__setattr__(self,'line',line)\n  __dataclass_builtins_object__.__setattr__(self,'phase',phase)\n  __dataclass_builtins_object__.__setattr__(self,'message',message)\n  __dataclass_builtins_object__.__setattr__(self,'snippet',snippet)\n return __init__"] = __create_fn__.__code__
def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(rule={self.rule!r}, severity={self.severity!r}, file={self.file!r}, line={self.line!r}, phase={self.phase!r}, message={self.message!r}, snippet={self.snippet!r})"
 return __repr__
CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(rule={self.rule!r}, severity={self.severity!r}, file={self.file!r}, line={self.line!r}, phase={self.phase!r}, message={self.message!r}, snippet={self.snippet!r})"\n return __repr__'] = __create_fn__.__code__
def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.rule,self.severity,self.file,self.line,self.phase,self.message,self.snippet,)==(other.rule,other.severity,other.file,other.line,other.phase,other.message,other.snippet,)
  return NotImplemented
 return __eq__
CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.rule,self.severity,self.file,self.line,self.phase,self.message,self.snippet,)==(other.rule,other.severity,other.file,other.line,other.phase,other.message,other.snippet,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('rule','severity','file','line','phase','message','snippet',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'rule\',\'severity\',\'file\',\'line\',\'phase\',\'message\',\'snippet\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('rule','severity','file','line','phase','message','snippet',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'rule\',\'severity\',\'file\',\'line\',\'phase\',\'message\',\'snippet\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__
def __create_fn__():
 def __hash__(self):
  return hash((self.rule,self.severity,self.file,self.line,self.phase,self.message,self.snippet,))
 return __hash__
CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.rule,self.severity,self.file,self.line,self.phase,self.message,self.snippet,))\n return __hash__'] = __create_fn__.__code__
