"""The methods of sscli.build.run's dataclasses as `dataclasses` writes them: generated, do
not edit (regenerate: python -m sscli.dataclass_methods)."""
# fmt: off
CODE = {}
def __create_fn__(_type_project, _type_vault, _type_out, _type_source, _type_source_date_epoch, _type_sandbox, _type_timeout, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_timeout, _return_type):
 def __init__(self,project:_type_project,vault:_type_vault,out:_type_out,source:_type_source,source_date_epoch:_type_source_date_epoch,sandbox:_type_sandbox,timeout:_type_timeout=_dflt_timeout)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'project',project)
  __dataclass_builtins_object__.__setattr__(self,'vault',vault)
  __dataclass_builtins_object__.__setattr__(self,'out',out)
  __dataclass_builtins_object__.__setattr__(self,'source',source)
  __dataclass_builtins_object__.__setattr__(self,'source_date_epoch',source_date_epoch)
  __dataclass_builtins_object__.__setattr__(self,'sandbox',sandbox)
  __dataclass_builtins_object__.__setattr__(self,'timeout',timeout)
 return __init__
CODE["def __create_fn__(_type_project, _type_vault, _type_out, _type_source, _type_source_date_epoch, _type_sandbox, _type_timeout, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_timeout, _return_type):\n def __init__(self,project:_type_project,vault:_type_vault,out:_type_out,source:_type_source,source_date_epoch:_type_source_date_epoch,sandbox:_type_sandbox,timeout:_type_timeout=_dflt_timeout)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'project',project)\n  __dataclass_builtins_object__.__setattr__(self,'vault',vault)\n  __dataclass_builtins_object__.__setattr__(self,'out',out)\n  __dataclass_builtins_object__.__setattr__(self,'source',source)\n  __dataclass_builtins_object__.__setattr__(self,'source_date_epoch',source_date_epoch)\n  __dataclass_builtins_object__.__setattr__(self,'sandbox',sandbox)\n  __dataclass_builtins_object__.__setattr__(self,'timeout',timeout)\n return __init__"] = __create_fn__.__code__
def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(project={self.project!r}, vault={self.vault!r}, out={self.out!r}, source={self.source!r}, source_date_epoch={self.source_date_epoch!r}, sandbox={self.sandbox!r}, timeout={self.timeout!r})"
 return __repr__
CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(project={self.project!r}, vault={self.vault!r}, out={self.out!r}, source={self.source!r}, source_date_epoch={self.source_date_epoch!r}, sandbox={self.sandbox!r}, timeout={self.timeout!r})"\n return __repr__'] = __create_fn__.__code__
def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.project,self.vault,self.out,self.source,self.source_date_epoch,self.sandbox,self.timeout,)==(other.project,other.vault,other.out,other.source,other.source_date_epoch,other.sandbox,other.timeout,)
  return NotImplemented
 return __eq__
CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.project,self.vault,self.out,self.source,self.source_date_epoch,self.sandbox,self.timeout,)==(other.project,other.vault,other.out,other.source,other.source_date_epoch,other.sandbox,other.timeout,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('project','vault','out','source','source_date_epoch','sandbox','timeout',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'project\',\'vault\',\'out\',\'source\',\'source_date_epoch\',\'sandbox\',\'timeout\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('project','vault','out','source','source_date_epoch','sandbox','timeout',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'project\',\'vault\',\'out\',\'source\',\'source_date_epoch\',\'sandbox\',\'timeout\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__
def __create_fn__():
 def __hash__(self):
  return hash((self.project,self.vault,self.out,self.source,self.source_date_epoch,self.sandbox,self.timeout,))
 return __hash__
CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.project,self.vault,self.out,self.source,self.source_date_epoch,self.sandbox,self.timeout,))\n return __hash__'] = __create_fn__.__code__
def __create_fn__(_type_outputs, _type_comparisons, _type_dependencies, _type_log, _type_started, _type_finished, _type_invocation_id, _type_environment, _type_sandbox_kind, _type_extra, _type_targets, _type_sources, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_extra, _dflt_targets, _dflt_sources, _return_type):
 def __init__(self,outputs:_type_outputs,comparisons:_type_comparisons,dependencies:_type_dependencies,log:_type_log,started:_type_started,finished:_type_finished,invocation_id:_type_invocation_id,environment:_type_environment,sandbox_kind:_type_sandbox_kind,extra:_type_extra=_HAS_DEFAULT_FACTORY,targets:_type_targets=_dflt_targets,sources:_type_sources=_HAS_DEFAULT_FACTORY)->_return_type:
  self.outputs=outputs
  self.comparisons=comparisons
  self.dependencies=dependencies
  self.log=log
  self.started=started
  self.finished=finished
  self.invocation_id=invocation_id
  self.environment=environment
  self.sandbox_kind=sandbox_kind
  self.extra=_dflt_extra() if extra is _HAS_DEFAULT_FACTORY else extra
  self.targets=targets
  self.sources=_dflt_sources() if sources is _HAS_DEFAULT_FACTORY else sources
 return __init__
CODE['def __create_fn__(_type_outputs, _type_comparisons, _type_dependencies, _type_log, _type_started, _type_finished, _type_invocation_id, _type_environment, _type_sandbox_kind, _type_extra, _type_targets, _type_sources, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_extra, _dflt_targets, _dflt_sources, _return_type):\n def __init__(self,outputs:_type_outputs,comparisons:_type_comparisons,dependencies:_type_dependencies,log:_type_log,started:_type_started,finished:_type_finished,invocation_id:_type_invocation_id,environment:_type_environment,sandbox_kind:_type_sandbox_kind,extra:_type_extra=_HAS_DEFAULT_FACTORY,targets:_type_targets=_dflt_targets,sources:_type_sources=_HAS_DEFAULT_FACTORY)->_return_type:\n  self.outputs=outputs\n  self.comparisons=comparisons\n  self.dependencies=dependencies\n  self.log=log\n  self.started=started\n  self.finished=finished\n  self.invocation_id=invocation_id\n  self.environment=environment\n  self.sandbox_kind=sandbox_kind\n  self.extra=_dflt_extra() if extra is _HAS_DEFAULT_FACTORY else extra\n  self.targets=targets\n  self.sources=_dflt_sources() if sources is _HAS_DEFAULT_FACTORY else sources\n return __init__'] = __create_fn__.__code__
def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(outputs={self.outputs!r}, comparisons={self.comparisons!r}, dependencies={self.dependencies!r}, log={self.log!r}, started={self.started!r}, finished={self.finished!r}, invocation_id={self.invocation_id!r}, environment={self.environment!r}, sandbox_kind={self.sandbox_kind!r}, extra={self.extra!r}, targets={self.targets!r}, sources={self.sources!r})"
 return __repr__
CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(outputs={self.outputs!r}, comparisons={self.comparisons!r}, dependencies={self.dependencies!r}, log={self.log!r}, started={self.started!r}, finished={self.finished!r}, invocation_id={self.invocation_id!r}, environment={self.environment!r}, sandbox_kind={self.sandbox_kind!r}, extra={self.extra!r}, targets={self.targets!r}, sources={self.sources!r})"\n return __repr__'] = __create_fn__.__code__
def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.outputs,self.comparisons,self.dependencies,self.log,self.started,self.finished,self.invocation_id,self.environment,self.sandbox_kind,self.extra,self.targets,self.sources,)==(other.outputs,other.comparisons,other.dependencies,other.log,other.started,other.finished,other.invocation_id,other.environment,other.sandbox_kind,other.extra,other.targets,other.sources,)
  return NotImplemented
 return __eq__
CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.outputs,self.comparisons,self.dependencies,self.log,self.started,self.finished,self.invocation_id,self.environment,self.sandbox_kind,self.extra,self.targets,self.sources,)==(other.outputs,other.comparisons,other.dependencies,other.log,other.started,other.finished,other.invocation_id,other.environment,other.sandbox_kind,other.extra,other.targets,other.sources,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__
def __create_fn__(_type_returncode, _type_output, _type_pip_log, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,returncode:_type_returncode,output:_type_output,pip_log:_type_pip_log)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'returncode',returncode)
  __dataclass_builtins_object__.__setattr__(self,'output',output)
  __dataclass_builtins_object__.__setattr__(self,'pip_log',pip_log)
 return __init__
CODE["def __create_fn__(_type_returncode, _type_output, _type_pip_log, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,returncode:_type_returncode,output:_type_output,pip_log:_type_pip_log)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'returncode',returncode)\n  __dataclass_builtins_object__.__setattr__(self,'output',output)\n  __dataclass_builtins_object__.__setattr__(self,'pip_log',pip_log)\n return __init__"] = __create_fn__.__code__
def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(returncode={self.returncode!r}, output={self.output!r}, pip_log={self.pip_log!r})"
 return __repr__
CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(returncode={self.returncode!r}, output={self.output!r}, pip_log={self.pip_log!r})"\n return __repr__'] = __create_fn__.__code__
def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.returncode,self.output,self.pip_log,)==(other.returncode,other.output,other.pip_log,)
  return NotImplemented
 return __eq__
CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.returncode,self.output,self.pip_log,)==(other.returncode,other.output,other.pip_log,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('returncode','output','pip_log',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'returncode\',\'output\',\'pip_log\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('returncode','output','pip_log',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'returncode\',\'output\',\'pip_log\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__
def __create_fn__():
 def __hash__(self):
  return hash((self.returncode,self.output,self.pip_log,))
 return __hash__
CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.returncode,self.output,self.pip_log,))\n return __hash__'] = __create_fn__.__code__
