"""The methods of sscli.source.scan's dataclasses as `dataclasses` writes them: generated, do
not edit (regenerate: python -m sscli.dataclass_methods)."""
# fmt: off
CODE = {}
def __create_fn__(_type_kind, _type_id, _type_title, _type_severity, _type_confidence, _type_path, _type_line, _type_fingerprint, _type_commit, _type_status, _type_waiver, _type_note, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_commit, _dflt_status, _dflt_waiver, _dflt_note, _return_type):
 def __init__(self,kind:_type_kind,id:_type_id,title:_type_title,severity:_type_severity,confidence:_type_confidence,path:_type_path,line:_type_line,fingerprint:_type_fingerprint,commit:_type_commit=_dflt_commit,status:_type_status=_dflt_status,waiver:_type_waiver=_dflt_waiver,note:_type_note=_dflt_note)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'kind',kind)
  __dataclass_builtins_object__.__setattr__(self,'id',id)
  __dataclass_builtins_object__.__setattr__(self,'title',title)
  __dataclass_builtins_object__.__setattr__(self,'severity',severity)
  __dataclass_builtins_object__.__setattr__(self,'confidence',confidence)
  __dataclass_builtins_object__.__setattr__(self,'path',path)
  __dataclass_builtins_object__.__setattr__(self,'line',line)
  __dataclass_builtins_object__.__setattr__(self,'fingerprint',fingerprint)
  __dataclass_builtins_object__.__setattr__(self,'commit',commit)
  __dataclass_builtins_object__.__setattr__(self,'status',status)
  __dataclass_builtins_object__.__setattr__(self,'waiver',waiver)
  __dataclass_builtins_object__.__setattr__(self,'note',note)
 return __init__
CODE["def __create_fn__(_type_kind, _type_id, _type_title, _type_severity, _type_confidence, _type_path, _type_line, _type_fingerprint, _type_commit, _type_status, _type_waiver, _type_note, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_commit, _dflt_status, _dflt_waiver, _dflt_note, _return_type):\n def __init__(self,kind:_type_kind,id:_type_id,title:_type_title,severity:_type_severity,confidence:_type_confidence,path:_type_path,line:_type_line,fingerprint:_type_fingerprint,commit:_type_commit=_dflt_commit,status:_type_status=_dflt_status,waiver:_type_waiver=_dflt_waiver,note:_type_note=_dflt_note)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'kind',kind)\n  __dataclass_builtins_object__.__setattr__(self,'id',id)\n  __dataclass_builtins_object__.__setattr__(self,'title',title)\n  __dataclass_builtins_object__.__setattr__(self,'severity',severity)\n  __dataclass_builtins_object__.__setattr__(self,'confidence',confidence)\n  __dataclass_builtins_object__.__setattr__(self,'path',path)\n  __dataclass_builtins_object__.__setattr__(self,'line',line)\n  __dataclass_builtins_object__.__setattr__(self,'fingerprint',fingerprint)\n  __dataclass_builtins_object__.__setattr__(self,'commit',commit)\n  __dataclass_builtins_object__.__setattr__(self,'status',status)\n  __dataclass_builtins_object__.__setattr__(self,'waiver',waiver)\n  __dataclass_builtins_object__.__setattr__(self,'note',note)\n return __init__"] = __create_fn__.__code__
def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(kind={self.kind!r}, id={self.id!r}, title={self.title!r}, severity={self.severity!r}, confidence={self.confidence!r}, path={self.path!r}, line={self.line!r}, fingerprint={self.fingerprint!r}, commit={self.commit!r}, status={self.status!r}, waiver={self.waiver!r}, note={self.note!r})"
 return __repr__
CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(kind={self.kind!r}, id={self.id!r}, title={self.title!r}, severity={self.severity!r}, confidence={self.confidence!r}, path={self.path!r}, line={self.line!r}, fingerprint={self.fingerprint!r}, commit={self.commit!r}, status={self.status!r}, waiver={self.waiver!r}, note={self.note!r})"\n return __repr__'] = __create_fn__.__code__
def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.kind,self.id,self.title,self.severity,self.confidence,self.path,self.line,self.fingerprint,self.commit,self.status,self.waiver,self.note,)==(other.kind,other.id,other.title,other.severity,other.confidence,other.path,other.line,other.fingerprint,other.commit,other.status,other.waiver,other.note,)
  return NotImplemented
 return __eq__
CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.kind,self.id,self.title,self.severity,self.confidence,self.path,self.line,self.fingerprint,self.commit,self.status,self.waiver,self.note,)==(other.kind,other.id,other.title,other.severity,other.confidence,other.path,other.line,other.fingerprint,other.commit,other.status,other.waiver,other.note,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('kind','id','title','severity','confidence','path','line','fingerprint','commit','status','waiver','note',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'kind\',\'id\',\'title\',\'severity\',\'confidence\',\'path\',\'line\',\'fingerprint\',\'commit\',\'status\',\'waiver\',\'note\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('kind','id','title','severity','confidence','path','line','fingerprint','commit','status','waiver','note',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'kind\',\'id\',\'title\',\'severity\',\'confidence\',\'path\',\'line\',\'fingerprint\',\'commit\',\'status\',\'waiver\',\'note\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__
def __create_fn__():
 def __hash__(self):
  return hash((self.kind,self.id,self.title,self.severity,self.confidence,self.path,self.line,self.fingerprint,self.commit,self.status,self.waiver,self.note,))
 return __hash__
CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.kind,self.id,self.title,self.severity,self.confidence,self.path,self.line,self.fingerprint,self.commit,self.status,self.waiver,self.note,))\n return __hash__'] = __create_fn__.__code__
def __create_fn__(_type_root, _type_commit, _type_tree, _type_findings, _type_files, _type_tools, _type_started, _type_finished, _type_skipped, _type_history, _type_warnings, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_skipped, _dflt_history, _dflt_warnings, _return_type):
 def __init__(self,root:_type_root,commit:_type_commit,tree:_type_tree,findings:_type_findings,files:_type_files,tools:_type_tools,started:_type_started,finished:_type_finished,skipped:_type_skipped=_HAS_DEFAULT_FACTORY,history:_type_history=_dflt_history,warnings:_type_warnings=_HAS_DEFAULT_FACTORY)->_return_type:
  self.root=root
  self.commit=commit
  self.tree=tree
  self.findings=findings
  self.files=files
  self.tools=tools
  self.started=started
  self.finished=finished
  self.skipped=_dflt_skipped() if skipped is _HAS_DEFAULT_FACTORY else skipped
  self.history=history
  self.warnings=_dflt_warnings() if warnings is _HAS_DEFAULT_FACTORY else warnings
 return __init__
CODE['def __create_fn__(_type_root, _type_commit, _type_tree, _type_findings, _type_files, _type_tools, _type_started, _type_finished, _type_skipped, _type_history, _type_warnings, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_skipped, _dflt_history, _dflt_warnings, _return_type):\n def __init__(self,root:_type_root,commit:_type_commit,tree:_type_tree,findings:_type_findings,files:_type_files,tools:_type_tools,started:_type_started,finished:_type_finished,skipped:_type_skipped=_HAS_DEFAULT_FACTORY,history:_type_history=_dflt_history,warnings:_type_warnings=_HAS_DEFAULT_FACTORY)->_return_type:\n  self.root=root\n  self.commit=commit\n  self.tree=tree\n  self.findings=findings\n  self.files=files\n  self.tools=tools\n  self.started=started\n  self.finished=finished\n  self.skipped=_dflt_skipped() if skipped is _HAS_DEFAULT_FACTORY else skipped\n  self.history=history\n  self.warnings=_dflt_warnings() if warnings is _HAS_DEFAULT_FACTORY else warnings\n return __init__'] = __create_fn__.__code__
def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(root={self.root!r}, commit={self.commit!r}, tree={self.tree!r}, findings={self.findings!r}, files={self.files!r}, tools={self.tools!r}, started={self.started!r}, finished={self.finished!r}, skipped={self.skipped!r}, history={self.history!r}, warnings={self.warnings!r})"
 return __repr__
CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(root={self.root!r}, commit={self.commit!r}, tree={self.tree!r}, findings={self.findings!r}, files={self.files!r}, tools={self.tools!r}, started={self.started!r}, finished={self.finished!r}, skipped={self.skipped!r}, history={self.history!r}, warnings={self.warnings!r})"\n return __repr__'] = __create_fn__.__code__
def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.root,self.commit,self.tree,self.findings,self.files,self.tools,self.started,self.finished,self.skipped,self.history,self.warnings,)==(other.root,other.commit,other.tree,other.findings,other.files,other.tools,other.started,other.finished,other.skipped,other.history,other.warnings,)
  return NotImplemented
 return __eq__
CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.root,self.commit,self.tree,self.findings,self.files,self.tools,self.started,self.finished,self.skipped,self.history,self.warnings,)==(other.root,other.commit,other.tree,other.findings,other.files,other.tools,other.started,other.finished,other.skipped,other.history,other.warnings,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__
