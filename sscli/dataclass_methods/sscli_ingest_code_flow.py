"""The methods of sscli.ingest.code.flow's dataclasses as `dataclasses` writes them: generated, do
not edit (regenerate: python -m sscli.dataclass_methods)."""
# fmt: off
CODE = {}
def __create_fn__(_type_kind, _type_callee, _type_line, _type_labels, _type_strings, _type_obscured, _type_detached, _type_code, _type_target, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_strings, _dflt_obscured, _dflt_detached, _dflt_code, _dflt_target, _return_type):
 def __init__(self,kind:_type_kind,callee:_type_callee,line:_type_line,labels:_type_labels,strings:_type_strings=_dflt_strings,obscured:_type_obscured=_dflt_obscured,detached:_type_detached=_dflt_detached,code:_type_code=_dflt_code,target:_type_target=_dflt_target)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'kind',kind)
  __dataclass_builtins_object__.__setattr__(self,'callee',callee)
  __dataclass_builtins_object__.__setattr__(self,'line',line)
  __dataclass_builtins_object__.__setattr__(self,'labels',labels)
  __dataclass_builtins_object__.__setattr__(self,'strings',strings)
  __dataclass_builtins_object__.__setattr__(self,'obscured',obscured)
  __dataclass_builtins_object__.__setattr__(self,'detached',detached)
  __dataclass_builtins_object__.__setattr__(self,'code',code)
  __dataclass_builtins_object__.__setattr__(self,'target',target)
 return __init__
CODE["def __create_fn__(_type_kind, _type_callee, _type_line, _type_labels, _type_strings, _type_obscured, _type_detached, _type_code, _type_target, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_strings, _dflt_obscured, _dflt_detached, _dflt_code, _dflt_target, _return_type):\n def __init__(self,kind:_type_kind,callee:_type_callee,line:_type_line,labels:_type_labels,strings:_type_strings=_dflt_strings,obscured:_type_obscured=_dflt_obscured,detached:_type_detached=_dflt_detached,code:_type_code=_dflt_code,target:_type_target=_dflt_target)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'kind',kind)\n  __dataclass_builtins_object__.__setattr__(self,'callee',callee)\n  __dataclass_builtins_object__.__setattr__(self,'line',line)\n  __dataclass_builtins_object__.__setattr__(self,'labels',labels)\n  __dataclass_builtins_object__.__setattr__(self,'strings',strings)\n  __dataclass_builtins_object__.__setattr__(self,'obscured',obscured)\n  __dataclass_builtins_object__.__setattr__(self,'detached',detached)\n  __dataclass_builtins_object__.__setattr__(self,'code',code)\n  __dataclass_builtins_object__.__setattr__(self,'target',target)\n return __init__"] = __create_fn__.__code__
def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(kind={self.kind!r}, callee={self.callee!r}, line={self.line!r}, labels={self.labels!r}, strings={self.strings!r}, obscured={self.obscured!r}, detached={self.detached!r}, code={self.code!r}, target={self.target!r})"
 return __repr__
CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(kind={self.kind!r}, callee={self.callee!r}, line={self.line!r}, labels={self.labels!r}, strings={self.strings!r}, obscured={self.obscured!r}, detached={self.detached!r}, code={self.code!r}, target={self.target!r})"\n return __repr__'] = __create_fn__.__code__
def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.kind,self.callee,self.line,self.labels,self.strings,self.obscured,self.detached,self.code,self.target,)==(other.kind,other.callee,other.line,other.labels,other.strings,other.obscured,other.detached,other.code,other.target,)
  return NotImplemented
 return __eq__
CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.kind,self.callee,self.line,self.labels,self.strings,self.obscured,self.detached,self.code,self.target,)==(other.kind,other.callee,other.line,other.labels,other.strings,other.obscured,other.detached,other.code,other.target,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('kind','callee','line','labels','strings','obscured','detached','code','target',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'kind\',\'callee\',\'line\',\'labels\',\'strings\',\'obscured\',\'detached\',\'code\',\'target\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('kind','callee','line','labels','strings','obscured','detached','code','target',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'kind\',\'callee\',\'line\',\'labels\',\'strings\',\'obscured\',\'detached\',\'code\',\'target\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__
def __create_fn__():
 def __hash__(self):
  return hash((self.kind,self.callee,self.line,self.labels,self.strings,self.obscured,self.detached,self.code,self.target,))
 return __hash__
CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.kind,self.callee,self.line,self.labels,self.strings,self.obscured,self.detached,self.code,self.target,))\n return __hash__'] = __create_fn__.__code__
def __create_fn__(_type_qualname, _type_params, _type_events, _type_runs, _type_calls, _type_imports, _type_refs, _type_consts, _type_returns, _type_env, _type_aliases, _type_obscured, _type_seen, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_params, _dflt_events, _dflt_runs, _dflt_calls, _dflt_imports, _dflt_refs, _dflt_consts, _dflt_returns, _dflt_env, _dflt_aliases, _dflt_obscured, _dflt_seen, _return_type):
 def __init__(self,qualname:_type_qualname,params:_type_params=_HAS_DEFAULT_FACTORY,events:_type_events=_HAS_DEFAULT_FACTORY,runs:_type_runs=_HAS_DEFAULT_FACTORY,calls:_type_calls=_HAS_DEFAULT_FACTORY,imports:_type_imports=_HAS_DEFAULT_FACTORY,refs:_type_refs=_HAS_DEFAULT_FACTORY,consts:_type_consts=_HAS_DEFAULT_FACTORY,returns:_type_returns=_HAS_DEFAULT_FACTORY,env:_type_env=_HAS_DEFAULT_FACTORY,aliases:_type_aliases=_HAS_DEFAULT_FACTORY,obscured:_type_obscured=_HAS_DEFAULT_FACTORY,seen:_type_seen=_HAS_DEFAULT_FACTORY)->_return_type:
  self.qualname=qualname
  self.params=_dflt_params() if params is _HAS_DEFAULT_FACTORY else params
  self.events=_dflt_events() if events is _HAS_DEFAULT_FACTORY else events
  self.runs=_dflt_runs() if runs is _HAS_DEFAULT_FACTORY else runs
  self.calls=_dflt_calls() if calls is _HAS_DEFAULT_FACTORY else calls
  self.imports=_dflt_imports() if imports is _HAS_DEFAULT_FACTORY else imports
  self.refs=_dflt_refs() if refs is _HAS_DEFAULT_FACTORY else refs
  self.consts=_dflt_consts() if consts is _HAS_DEFAULT_FACTORY else consts
  self.returns=_dflt_returns() if returns is _HAS_DEFAULT_FACTORY else returns
  self.env=_dflt_env() if env is _HAS_DEFAULT_FACTORY else env
  self.aliases=_dflt_aliases() if aliases is _HAS_DEFAULT_FACTORY else aliases
  self.obscured=_dflt_obscured() if obscured is _HAS_DEFAULT_FACTORY else obscured
  self.seen=_dflt_seen() if seen is _HAS_DEFAULT_FACTORY else seen
 return __init__
CODE['def __create_fn__(_type_qualname, _type_params, _type_events, _type_runs, _type_calls, _type_imports, _type_refs, _type_consts, _type_returns, _type_env, _type_aliases, _type_obscured, _type_seen, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_params, _dflt_events, _dflt_runs, _dflt_calls, _dflt_imports, _dflt_refs, _dflt_consts, _dflt_returns, _dflt_env, _dflt_aliases, _dflt_obscured, _dflt_seen, _return_type):\n def __init__(self,qualname:_type_qualname,params:_type_params=_HAS_DEFAULT_FACTORY,events:_type_events=_HAS_DEFAULT_FACTORY,runs:_type_runs=_HAS_DEFAULT_FACTORY,calls:_type_calls=_HAS_DEFAULT_FACTORY,imports:_type_imports=_HAS_DEFAULT_FACTORY,refs:_type_refs=_HAS_DEFAULT_FACTORY,consts:_type_consts=_HAS_DEFAULT_FACTORY,returns:_type_returns=_HAS_DEFAULT_FACTORY,env:_type_env=_HAS_DEFAULT_FACTORY,aliases:_type_aliases=_HAS_DEFAULT_FACTORY,obscured:_type_obscured=_HAS_DEFAULT_FACTORY,seen:_type_seen=_HAS_DEFAULT_FACTORY)->_return_type:\n  self.qualname=qualname\n  self.params=_dflt_params() if params is _HAS_DEFAULT_FACTORY else params\n  self.events=_dflt_events() if events is _HAS_DEFAULT_FACTORY else events\n  self.runs=_dflt_runs() if runs is _HAS_DEFAULT_FACTORY else runs\n  self.calls=_dflt_calls() if calls is _HAS_DEFAULT_FACTORY else calls\n  self.imports=_dflt_imports() if imports is _HAS_DEFAULT_FACTORY else imports\n  self.refs=_dflt_refs() if refs is _HAS_DEFAULT_FACTORY else refs\n  self.consts=_dflt_consts() if consts is _HAS_DEFAULT_FACTORY else consts\n  self.returns=_dflt_returns() if returns is _HAS_DEFAULT_FACTORY else returns\n  self.env=_dflt_env() if env is _HAS_DEFAULT_FACTORY else env\n  self.aliases=_dflt_aliases() if aliases is _HAS_DEFAULT_FACTORY else aliases\n  self.obscured=_dflt_obscured() if obscured is _HAS_DEFAULT_FACTORY else obscured\n  self.seen=_dflt_seen() if seen is _HAS_DEFAULT_FACTORY else seen\n return __init__'] = __create_fn__.__code__
def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(qualname={self.qualname!r}, params={self.params!r}, events={self.events!r}, runs={self.runs!r}, calls={self.calls!r}, imports={self.imports!r}, refs={self.refs!r}, consts={self.consts!r}, returns={self.returns!r}, env={self.env!r}, aliases={self.aliases!r}, obscured={self.obscured!r}, seen={self.seen!r})"
 return __repr__
CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(qualname={self.qualname!r}, params={self.params!r}, events={self.events!r}, runs={self.runs!r}, calls={self.calls!r}, imports={self.imports!r}, refs={self.refs!r}, consts={self.consts!r}, returns={self.returns!r}, env={self.env!r}, aliases={self.aliases!r}, obscured={self.obscured!r}, seen={self.seen!r})"\n return __repr__'] = __create_fn__.__code__
def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.qualname,self.params,self.events,self.runs,self.calls,self.imports,self.refs,self.consts,self.returns,self.env,self.aliases,self.obscured,self.seen,)==(other.qualname,other.params,other.events,other.runs,other.calls,other.imports,other.refs,other.consts,other.returns,other.env,other.aliases,other.obscured,other.seen,)
  return NotImplemented
 return __eq__
CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.qualname,self.params,self.events,self.runs,self.calls,self.imports,self.refs,self.consts,self.returns,self.env,self.aliases,self.obscured,self.seen,)==(other.qualname,other.params,other.events,other.runs,other.calls,other.imports,other.refs,other.consts,other.returns,other.env,other.aliases,other.obscured,other.seen,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__
def __create_fn__(_type_scopes, _type_obscured_names, _type_defined, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_defined, _return_type):
 def __init__(self,scopes:_type_scopes,obscured_names:_type_obscured_names,defined:_type_defined=_dflt_defined)->_return_type:
  self.scopes=scopes
  self.obscured_names=obscured_names
  self.defined=defined
 return __init__
CODE['def __create_fn__(_type_scopes, _type_obscured_names, _type_defined, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_defined, _return_type):\n def __init__(self,scopes:_type_scopes,obscured_names:_type_obscured_names,defined:_type_defined=_dflt_defined)->_return_type:\n  self.scopes=scopes\n  self.obscured_names=obscured_names\n  self.defined=defined\n return __init__'] = __create_fn__.__code__
def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(scopes={self.scopes!r}, obscured_names={self.obscured_names!r}, defined={self.defined!r})"
 return __repr__
CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(scopes={self.scopes!r}, obscured_names={self.obscured_names!r}, defined={self.defined!r})"\n return __repr__'] = __create_fn__.__code__
def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.scopes,self.obscured_names,self.defined,)==(other.scopes,other.obscured_names,other.defined,)
  return NotImplemented
 return __eq__
CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.scopes,self.obscured_names,self.defined,)==(other.scopes,other.obscured_names,other.defined,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__
def __create_fn__(_type_aliases, _type_env, _type_functions, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_aliases, _dflt_env, _dflt_functions, _return_type):
 def __init__(self,aliases:_type_aliases=_HAS_DEFAULT_FACTORY,env:_type_env=_HAS_DEFAULT_FACTORY,functions:_type_functions=_HAS_DEFAULT_FACTORY)->_return_type:
  self.aliases=_dflt_aliases() if aliases is _HAS_DEFAULT_FACTORY else aliases
  self.env=_dflt_env() if env is _HAS_DEFAULT_FACTORY else env
  self.functions=_dflt_functions() if functions is _HAS_DEFAULT_FACTORY else functions
 return __init__
CODE['def __create_fn__(_type_aliases, _type_env, _type_functions, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_aliases, _dflt_env, _dflt_functions, _return_type):\n def __init__(self,aliases:_type_aliases=_HAS_DEFAULT_FACTORY,env:_type_env=_HAS_DEFAULT_FACTORY,functions:_type_functions=_HAS_DEFAULT_FACTORY)->_return_type:\n  self.aliases=_dflt_aliases() if aliases is _HAS_DEFAULT_FACTORY else aliases\n  self.env=_dflt_env() if env is _HAS_DEFAULT_FACTORY else env\n  self.functions=_dflt_functions() if functions is _HAS_DEFAULT_FACTORY else functions\n return __init__'] = __create_fn__.__code__
def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(aliases={self.aliases!r}, env={self.env!r}, functions={self.functions!r})"
 return __repr__
CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(aliases={self.aliases!r}, env={self.env!r}, functions={self.functions!r})"\n return __repr__'] = __create_fn__.__code__
def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.aliases,self.env,self.functions,)==(other.aliases,other.env,other.functions,)
  return NotImplemented
 return __eq__
CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.aliases,self.env,self.functions,)==(other.aliases,other.env,other.functions,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__
def __create_fn__(_type_node, _type_owner, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,node:_type_node,owner:_type_owner)->_return_type:
  self.node=node
  self.owner=owner
 return __init__
CODE['def __create_fn__(_type_node, _type_owner, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,node:_type_node,owner:_type_owner)->_return_type:\n  self.node=node\n  self.owner=owner\n return __init__'] = __create_fn__.__code__
def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(node={self.node!r}, owner={self.owner!r})"
 return __repr__
CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(node={self.node!r}, owner={self.owner!r})"\n return __repr__'] = __create_fn__.__code__
def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.node,self.owner,)==(other.node,other.owner,)
  return NotImplemented
 return __eq__
CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.node,self.owner,)==(other.node,other.owner,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__
