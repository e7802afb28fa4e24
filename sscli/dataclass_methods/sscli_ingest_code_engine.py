"""The methods of sscli.ingest.code.engine's dataclasses as `dataclasses` writes them: generated, do
not edit (regenerate: python -m sscli.dataclass_methods)."""
# fmt: off
CODE = {}
def __create_fn__(_type_filename, _type_findings, _type_files_analysed, _type_seconds, _type_error, _type_previous, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_findings, _dflt_files_analysed, _dflt_seconds, _dflt_error, _dflt_previous, _return_type):
 def __init__(self,filename:_type_filename,findings:_type_findings=_HAS_DEFAULT_FACTORY,files_analysed:_type_files_analysed=_dflt_files_analysed,seconds:_type_seconds=_dflt_seconds,error:_type_error=_dflt_error,previous:_type_previous=_dflt_previous)->_return_type:
  self.filename=filename
  self.findings=_dflt_findings() if findings is _HAS_DEFAULT_FACTORY else findings
  self.files_analysed=files_analysed
  self.seconds=seconds
  self.error=error
  self.previous=previous
 return __init__
CODE['def __create_fn__(_type_filename, _type_findings, _type_files_analysed, _type_seconds, _type_error, _type_previous, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_findings, _dflt_files_analysed, _dflt_seconds, _dflt_error, _dflt_previous, _return_type):\n def __init__(self,filename:_type_filename,findings:_type_findings=_HAS_DEFAULT_FACTORY,files_analysed:_type_files_analysed=_dflt_files_analysed,seconds:_type_seconds=_dflt_seconds,error:_type_error=_dflt_error,previous:_type_previous=_dflt_previous)->_return_type:\n  self.filename=filename\n  self.findings=_dflt_findings() if findings is _HAS_DEFAULT_FACTORY else findings\n  self.files_analysed=files_analysed\n  self.seconds=seconds\n  self.error=error\n  self.previous=previous\n return __init__'] = __create_fn__.__code__
def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(filename={self.filename!r}, findings={self.findings!r}, files_analysed={self.files_analysed!r}, seconds={self.seconds!r}, error={self.error!r}, previous={self.previous!r})"
 return __repr__
CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(filename={self.filename!r}, findings={self.findings!r}, files_analysed={self.files_analysed!r}, seconds={self.seconds!r}, error={self.error!r}, previous={self.previous!r})"\n return __repr__'] = __create_fn__.__code__
def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.filename,self.findings,self.files_analysed,self.seconds,self.error,self.previous,)==(other.filename,other.findings,other.files_analysed,other.seconds,other.error,other.previous,)
  return NotImplemented
 return __eq__
CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.filename,self.findings,self.files_analysed,self.seconds,self.error,self.previous,)==(other.filename,other.findings,other.files_analysed,other.seconds,other.error,other.previous,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__
def __create_fn__(_type_path, _type_placement, _type_flow, _type_lines, _type_name, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,path:_type_path,placement:_type_placement,flow:_type_flow,lines:_type_lines,name:_type_name)->_return_type:
  self.path=path
  self.placement=placement
  self.flow=flow
  self.lines=lines
  self.name=name
 return __init__
CODE['def __create_fn__(_type_path, _type_placement, _type_flow, _type_lines, _type_name, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,path:_type_path,placement:_type_placement,flow:_type_flow,lines:_type_lines,name:_type_name)->_return_type:\n  self.path=path\n  self.placement=placement\n  self.flow=flow\n  self.lines=lines\n  self.name=name\n return __init__'] = __create_fn__.__code__
def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(path={self.path!r}, placement={self.placement!r}, flow={self.flow!r}, lines={self.lines!r}, name={self.name!r})"
 return __repr__
CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(path={self.path!r}, placement={self.placement!r}, flow={self.flow!r}, lines={self.lines!r}, name={self.name!r})"\n return __repr__'] = __create_fn__.__code__
def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.path,self.placement,self.flow,self.lines,self.name,)==(other.path,other.placement,other.flow,other.lines,other.name,)
  return NotImplemented
 return __eq__
CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.path,self.placement,self.flow,self.lines,self.name,)==(other.path,other.placement,other.flow,other.lines,other.name,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__
