"""The methods of sscli.ingest.code.members's dataclasses as `dataclasses` writes them: generated, do
not edit (regenerate: python -m sscli.dataclass_methods)."""
# fmt: off
CODE = {}
def __create_fn__(_type_path, _type_size, _type_data, _type_complete, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,path:_type_path,size:_type_size,data:_type_data,complete:_type_complete)->_return_type:
  self.path=path
  self.size=size
  self.data=data
  self.complete=complete
 return __init__
CODE['def __create_fn__(_type_path, _type_size, _type_data, _type_complete, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,path:_type_path,size:_type_size,data:_type_data,complete:_type_complete)->_return_type:\n  self.path=path\n  self.size=size\n  self.data=data\n  self.complete=complete\n return __init__'] = __create_fn__.__code__
def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(path={self.path!r}, size={self.size!r}, data={self.data!r}, complete={self.complete!r})"
 return __repr__
CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(path={self.path!r}, size={self.size!r}, data={self.data!r}, complete={self.complete!r})"\n return __repr__'] = __create_fn__.__code__
def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.path,self.size,self.data,self.complete,)==(other.path,other.size,other.data,other.complete,)
  return NotImplemented
 return __eq__
CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.path,self.size,self.data,self.complete,)==(other.path,other.size,other.data,other.complete,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__
def __create_fn__(_type_kind, _type_filename, _type_members, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_members, _return_type):
 def __init__(self,kind:_type_kind,filename:_type_filename,members:_type_members=_HAS_DEFAULT_FACTORY)->_return_type:
  self.kind=kind
  self.filename=filename
  self.members=_dflt_members() if members is _HAS_DEFAULT_FACTORY else members
 return __init__
CODE['def __create_fn__(_type_kind, _type_filename, _type_members, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_members, _return_type):\n def __init__(self,kind:_type_kind,filename:_type_filename,members:_type_members=_HAS_DEFAULT_FACTORY)->_return_type:\n  self.kind=kind\n  self.filename=filename\n  self.members=_dflt_members() if members is _HAS_DEFAULT_FACTORY else members\n return __init__'] = __create_fn__.__code__
def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(kind={self.kind!r}, filename={self.filename!r}, members={self.members!r})"
 return __repr__
CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(kind={self.kind!r}, filename={self.filename!r}, members={self.members!r})"\n return __repr__'] = __create_fn__.__code__
def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.kind,self.filename,self.members,)==(other.kind,other.filename,other.members,)
  return NotImplemented
 return __eq__
CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.kind,self.filename,self.members,)==(other.kind,other.filename,other.members,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__
