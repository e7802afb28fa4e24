"""The methods of sscli.sbom.diff's dataclasses as `dataclasses` writes them: generated, do
not edit (regenerate: python -m sscli.dataclass_methods)."""
# fmt: off
CODE = {}
def __create_fn__(_type_name, _type_before, _type_after, _type_changes, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,name:_type_name,before:_type_before,after:_type_after,changes:_type_changes)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'name',name)
  __dataclass_builtins_object__.__setattr__(self,'before',before)
  __dataclass_builtins_object__.__setattr__(self,'after',after)
  __dataclass_builtins_object__.__setattr__(self,'changes',changes)
 return __init__
CODE["def __create_fn__(_type_name, _type_before, _type_after, _type_changes, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,name:_type_name,before:_type_before,after:_type_after,changes:_type_changes)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'name',name)\n  __dataclass_builtins_object__.__setattr__(self,'before',before)\n  __dataclass_builtins_object__.__setattr__(self,'after',after)\n  __dataclass_builtins_object__.__setattr__(self,'changes',changes)\n return __init__"] = __create_fn__.__code__
def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(name={self.name!r}, before={self.before!r}, after={self.after!r}, changes={self.changes!r})"
 return __repr__
CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(name={self.name!r}, before={self.before!r}, after={self.after!r}, changes={self.changes!r})"\n return __repr__'] = __create_fn__.__code__
def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.name,self.before,self.after,self.changes,)==(other.name,other.before,other.after,other.changes,)
  return NotImplemented
 return __eq__
CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.name,self.before,self.after,self.changes,)==(other.name,other.before,other.after,other.changes,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('name','before','after','changes',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'name\',\'before\',\'after\',\'changes\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('name','before','after','changes',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'name\',\'before\',\'after\',\'changes\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__
def __create_fn__():
 def __hash__(self):
  return hash((self.name,self.before,self.after,self.changes,))
 return __hash__
CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.name,self.before,self.after,self.changes,))\n return __hash__'] = __create_fn__.__code__
def __create_fn__(_type_added, _type_removed, _type_changed, _type_unchanged, _type_notes, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_added, _dflt_removed, _dflt_changed, _dflt_unchanged, _dflt_notes, _return_type):
 def __init__(self,added:_type_added=_dflt_added,removed:_type_removed=_dflt_removed,changed:_type_changed=_dflt_changed,unchanged:_type_unchanged=_dflt_unchanged,notes:_type_notes=_dflt_notes)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'added',added)
  __dataclass_builtins_object__.__setattr__(self,'removed',removed)
  __dataclass_builtins_object__.__setattr__(self,'changed',changed)
  __dataclass_builtins_object__.__setattr__(self,'unchanged',unchanged)
  __dataclass_builtins_object__.__setattr__(self,'notes',notes)
 return __init__
CODE["def __create_fn__(_type_added, _type_removed, _type_changed, _type_unchanged, _type_notes, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_added, _dflt_removed, _dflt_changed, _dflt_unchanged, _dflt_notes, _return_type):\n def __init__(self,added:_type_added=_dflt_added,removed:_type_removed=_dflt_removed,changed:_type_changed=_dflt_changed,unchanged:_type_unchanged=_dflt_unchanged,notes:_type_notes=_dflt_notes)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'added',added)\n  __dataclass_builtins_object__.__setattr__(self,'removed',removed)\n  __dataclass_builtins_object__.__setattr__(self,'changed',changed)\n  __dataclass_builtins_object__.__setattr__(self,'unchanged',unchanged)\n  __dataclass_builtins_object__.__setattr__(self,'notes',notes)\n return __init__"] = __create_fn__.__code__
def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(added={self.added!r}, removed={self.removed!r}, changed={self.changed!r}, unchanged={self.unchanged!r}, notes={self.notes!r})"
 return __repr__
CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(added={self.added!r}, removed={self.removed!r}, changed={self.changed!r}, unchanged={self.unchanged!r}, notes={self.notes!r})"\n return __repr__'] = __create_fn__.__code__
def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.added,self.removed,self.changed,self.unchanged,self.notes,)==(other.added,other.removed,other.changed,other.unchanged,other.notes,)
  return NotImplemented
 return __eq__
CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.added,self.removed,self.changed,self.unchanged,self.notes,)==(other.added,other.removed,other.changed,other.unchanged,other.notes,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('added','removed','changed','unchanged','notes',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'added\',\'removed\',\'changed\',\'unchanged\',\'notes\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('added','removed','changed','unchanged','notes',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'added\',\'removed\',\'changed\',\'unchanged\',\'notes\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__
def __create_fn__():
 def __hash__(self):
  return hash((self.added,self.removed,self.changed,self.unchanged,self.notes,))
 return __hash__
CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.added,self.removed,self.changed,self.unchanged,self.notes,))\n return __hash__'] = __create_fn__.__code__
