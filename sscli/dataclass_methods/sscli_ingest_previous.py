"""The methods of sscli.ingest.previous's dataclasses as `dataclasses` writes them: generated, do
not edit (regenerate: python -m sscli.dataclass_methods)."""
# fmt: off
CODE = {}
def __create_fn__(_type_layout, _type_note, _type_problem, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_problem, _return_type):
 def __init__(self,layout:_type_layout,note:_type_note,problem:_type_problem=_dflt_problem)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'layout',layout)
  __dataclass_builtins_object__.__setattr__(self,'note',note)
  __dataclass_builtins_object__.__setattr__(self,'problem',problem)
 return __init__
CODE["def __create_fn__(_type_layout, _type_note, _type_problem, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_problem, _return_type):\n def __init__(self,layout:_type_layout,note:_type_note,problem:_type_problem=_dflt_problem)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'layout',layout)\n  __dataclass_builtins_object__.__setattr__(self,'note',note)\n  __dataclass_builtins_object__.__setattr__(self,'problem',problem)\n return __init__"] = __create_fn__.__code__
def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(layout={self.layout!r}, note={self.note!r}, problem={self.problem!r})"
 return __repr__
CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(layout={self.layout!r}, note={self.note!r}, problem={self.problem!r})"\n return __repr__'] = __create_fn__.__code__
def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.layout,self.note,self.problem,)==(other.layout,other.note,other.problem,)
  return NotImplemented
 return __eq__
CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.layout,self.note,self.problem,)==(other.layout,other.note,other.problem,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('layout','note','problem',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'layout\',\'note\',\'problem\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('layout','note','problem',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'layout\',\'note\',\'problem\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__
def __create_fn__():
 def __hash__(self):
  return hash((self.layout,self.note,self.problem,))
 return __hash__
CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.layout,self.note,self.problem,))\n return __hash__'] = __create_fn__.__code__
def __create_fn__(_type_vault, _type_entries, _type_workspace, _type_source, _type_client, _type_limit, _type__read, _type__locks, _type__guard, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_source, _dflt_client, _dflt_limit, _dflt__read, _dflt__locks, _dflt__guard, _return_type):
 def __init__(self,vault:_type_vault,entries:_type_entries,workspace:_type_workspace,source:_type_source=_dflt_source,client:_type_client=_dflt_client,limit:_type_limit=_dflt_limit,_read:_type__read=_HAS_DEFAULT_FACTORY,_locks:_type__locks=_HAS_DEFAULT_FACTORY,_guard:_type__guard=_HAS_DEFAULT_FACTORY)->_return_type:
  self.vault=vault
  self.entries=entries
  self.workspace=workspace
  self.source=source
  self.client=client
  self.limit=limit
  self._read=_dflt__read() if _read is _HAS_DEFAULT_FACTORY else _read
  self._locks=_dflt__locks() if _locks is _HAS_DEFAULT_FACTORY else _locks
  self._guard=_dflt__guard() if _guard is _HAS_DEFAULT_FACTORY else _guard
 return __init__
CODE['def __create_fn__(_type_vault, _type_entries, _type_workspace, _type_source, _type_client, _type_limit, _type__read, _type__locks, _type__guard, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_source, _dflt_client, _dflt_limit, _dflt__read, _dflt__locks, _dflt__guard, _return_type):\n def __init__(self,vault:_type_vault,entries:_type_entries,workspace:_type_workspace,source:_type_source=_dflt_source,client:_type_client=_dflt_client,limit:_type_limit=_dflt_limit,_read:_type__read=_HAS_DEFAULT_FACTORY,_locks:_type__locks=_HAS_DEFAULT_FACTORY,_guard:_type__guard=_HAS_DEFAULT_FACTORY)->_return_type:\n  self.vault=vault\n  self.entries=entries\n  self.workspace=workspace\n  self.source=source\n  self.client=client\n  self.limit=limit\n  self._read=_dflt__read() if _read is _HAS_DEFAULT_FACTORY else _read\n  self._locks=_dflt__locks() if _locks is _HAS_DEFAULT_FACTORY else _locks\n  self._guard=_dflt__guard() if _guard is _HAS_DEFAULT_FACTORY else _guard\n return __init__'] = __create_fn__.__code__
def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(vault={self.vault!r}, entries={self.entries!r}, workspace={self.workspace!r}, source={self.source!r}, client={self.client!r}, limit={self.limit!r}, _read={self._read!r}, _locks={self._locks!r}, _guard={self._guard!r})"
 return __repr__
CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(vault={self.vault!r}, entries={self.entries!r}, workspace={self.workspace!r}, source={self.source!r}, client={self.client!r}, limit={self.limit!r}, _read={self._read!r}, _locks={self._locks!r}, _guard={self._guard!r})"\n return __repr__'] = __create_fn__.__code__
def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.vault,self.entries,self.workspace,self.source,self.client,self.limit,self._read,self._locks,self._guard,)==(other.vault,other.entries,other.workspace,other.source,other.client,other.limit,other._read,other._locks,other._guard,)
  return NotImplemented
 return __eq__
CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.vault,self.entries,self.workspace,self.source,self.client,self.limit,self._read,self._locks,self._guard,)==(other.vault,other.entries,other.workspace,other.source,other.client,other.limit,other._read,other._locks,other._guard,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__
