"""The methods of sscli.stores.index's dataclasses as `dataclasses` writes them: generated, do
not edit (regenerate: python -m sscli.dataclass_methods)."""
# fmt: off
CODE = {}
def __create_fn__(_type_uploaded, _type_present, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_uploaded, _dflt_present, _return_type):
 def __init__(self,uploaded:_type_uploaded=_HAS_DEFAULT_FACTORY,present:_type_present=_HAS_DEFAULT_FACTORY)->_return_type:
  self.uploaded=_dflt_uploaded() if uploaded is _HAS_DEFAULT_FACTORY else uploaded
  self.present=_dflt_present() if present is _HAS_DEFAULT_FACTORY else present
 return __init__
CODE['def __create_fn__(_type_uploaded, _type_present, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_uploaded, _dflt_present, _return_type):\n def __init__(self,uploaded:_type_uploaded=_HAS_DEFAULT_FACTORY,present:_type_present=_HAS_DEFAULT_FACTORY)->_return_type:\n  self.uploaded=_dflt_uploaded() if uploaded is _HAS_DEFAULT_FACTORY else uploaded\n  self.present=_dflt_present() if present is _HAS_DEFAULT_FACTORY else present\n return __init__'] = __create_fn__.__code__
def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(uploaded={self.uploaded!r}, present={self.present!r})"
 return __repr__
CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(uploaded={self.uploaded!r}, present={self.present!r})"\n return __repr__'] = __create_fn__.__code__
def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.uploaded,self.present,)==(other.uploaded,other.present,)
  return NotImplemented
 return __eq__
CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.uploaded,self.present,)==(other.uploaded,other.present,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__
