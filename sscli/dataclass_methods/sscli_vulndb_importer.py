"""The methods of sscli.vulndb.importer's dataclasses as `dataclasses` writes them: generated, do
not edit (regenerate: python -m sscli.dataclass_methods)."""
# fmt: off
CODE = {}
def __create_fn__(_type_source, _type_added, _type_updated, _type_unchanged, _type_invalid, _type_skipped_ranges, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_added, _dflt_updated, _dflt_unchanged, _dflt_invalid, _dflt_skipped_ranges, _return_type):
 def __init__(self,source:_type_source,added:_type_added=_dflt_added,updated:_type_updated=_dflt_updated,unchanged:_type_unchanged=_dflt_unchanged,invalid:_type_invalid=_HAS_DEFAULT_FACTORY,skipped_ranges:_type_skipped_ranges=_HAS_DEFAULT_FACTORY)->_return_type:
  self.source=source
  self.added=added
  self.updated=updated
  self.unchanged=unchanged
  self.invalid=_dflt_invalid() if invalid is _HAS_DEFAULT_FACTORY else invalid
  self.skipped_ranges=_dflt_skipped_ranges() if skipped_ranges is _HAS_DEFAULT_FACTORY else skipped_ranges
 return __init__
CODE['def __create_fn__(_type_source, _type_added, _type_updated, _type_unchanged, _type_invalid, _type_skipped_ranges, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_added, _dflt_updated, _dflt_unchanged, _dflt_invalid, _dflt_skipped_ranges, _return_type):\n def __init__(self,source:_type_source,added:_type_added=_dflt_added,updated:_type_updated=_dflt_updated,unchanged:_type_unchanged=_dflt_unchanged,invalid:_type_invalid=_HAS_DEFAULT_FACTORY,skipped_ranges:_type_skipped_ranges=_HAS_DEFAULT_FACTORY)->_return_type:\n  self.source=source\n  self.added=added\n  self.updated=updated\n  self.unchanged=unchanged\n  self.invalid=_dflt_invalid() if invalid is _HAS_DEFAULT_FACTORY else invalid\n  self.skipped_ranges=_dflt_skipped_ranges() if skipped_ranges is _HAS_DEFAULT_FACTORY else skipped_ranges\n return __init__'] = __create_fn__.__code__
def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(source={self.source!r}, added={self.added!r}, updated={self.updated!r}, unchanged={self.unchanged!r}, invalid={self.invalid!r}, skipped_ranges={self.skipped_ranges!r})"
 return __repr__
CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(source={self.source!r}, added={self.added!r}, updated={self.updated!r}, unchanged={self.unchanged!r}, invalid={self.invalid!r}, skipped_ranges={self.skipped_ranges!r})"\n return __repr__'] = __create_fn__.__code__
def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.source,self.added,self.updated,self.unchanged,self.invalid,self.skipped_ranges,)==(other.source,other.added,other.updated,other.unchanged,other.invalid,other.skipped_ranges,)
  return NotImplemented
 return __eq__
CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.source,self.added,self.updated,self.unchanged,self.invalid,self.skipped_ranges,)==(other.source,other.added,other.updated,other.unchanged,other.invalid,other.skipped_ranges,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__
