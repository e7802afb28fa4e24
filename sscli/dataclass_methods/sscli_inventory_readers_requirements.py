"""The methods of sscli.inventory.readers.requirements's dataclasses as `dataclasses` writes them: generated, do
not edit (regenerate: python -m sscli.dataclass_methods)."""
# fmt: off
CODE = {}
def __create_fn__(_type_path, _type_number, _type_text, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,path:_type_path,number:_type_number,text:_type_text)->_return_type:
  self.path=path
  self.number=number
  self.text=text
 return __init__
CODE['def __create_fn__(_type_path, _type_number, _type_text, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,path:_type_path,number:_type_number,text:_type_text)->_return_type:\n  self.path=path\n  self.number=number\n  self.text=text\n return __init__'] = __create_fn__.__code__
def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(path={self.path!r}, number={self.number!r}, text={self.text!r})"
 return __repr__
CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(path={self.path!r}, number={self.number!r}, text={self.text!r})"\n return __repr__'] = __create_fn__.__code__
def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.path,self.number,self.text,)==(other.path,other.number,other.text,)
  return NotImplemented
 return __eq__
CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.path,self.number,self.text,)==(other.path,other.number,other.text,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__
def __create_fn__(_type_requirement, _type_location, _type_hashes, _type_via, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_hashes, _dflt_via, _return_type):
 def __init__(self,requirement:_type_requirement,location:_type_location,hashes:_type_hashes=_HAS_DEFAULT_FACTORY,via:_type_via=_HAS_DEFAULT_FACTORY)->_return_type:
  self.requirement=requirement
  self.location=location
  self.hashes=_dflt_hashes() if hashes is _HAS_DEFAULT_FACTORY else hashes
  self.via=_dflt_via() if via is _HAS_DEFAULT_FACTORY else via
 return __init__
CODE['def __create_fn__(_type_requirement, _type_location, _type_hashes, _type_via, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_hashes, _dflt_via, _return_type):\n def __init__(self,requirement:_type_requirement,location:_type_location,hashes:_type_hashes=_HAS_DEFAULT_FACTORY,via:_type_via=_HAS_DEFAULT_FACTORY)->_return_type:\n  self.requirement=requirement\n  self.location=location\n  self.hashes=_dflt_hashes() if hashes is _HAS_DEFAULT_FACTORY else hashes\n  self.via=_dflt_via() if via is _HAS_DEFAULT_FACTORY else via\n return __init__'] = __create_fn__.__code__
def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(requirement={self.requirement!r}, location={self.location!r}, hashes={self.hashes!r}, via={self.via!r})"
 return __repr__
CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(requirement={self.requirement!r}, location={self.location!r}, hashes={self.hashes!r}, via={self.via!r})"\n return __repr__'] = __create_fn__.__code__
def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.requirement,self.location,self.hashes,self.via,)==(other.requirement,other.location,other.hashes,other.via,)
  return NotImplemented
 return __eq__
CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.requirement,self.location,self.hashes,self.via,)==(other.requirement,other.location,other.hashes,other.via,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__
def __create_fn__(_type_pins, _type_constraints, _type_problems, _type_index_url, _type_visiting, _type_options, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_pins, _dflt_constraints, _dflt_problems, _dflt_index_url, _dflt_visiting, _dflt_options, _return_type):
 def __init__(self,pins:_type_pins=_HAS_DEFAULT_FACTORY,constraints:_type_constraints=_HAS_DEFAULT_FACTORY,problems:_type_problems=_HAS_DEFAULT_FACTORY,index_url:_type_index_url=_dflt_index_url,visiting:_type_visiting=_HAS_DEFAULT_FACTORY,options:_type_options=_dflt_options)->_return_type:
  self.pins=_dflt_pins() if pins is _HAS_DEFAULT_FACTORY else pins
  self.constraints=_dflt_constraints() if constraints is _HAS_DEFAULT_FACTORY else constraints
  self.problems=_dflt_problems() if problems is _HAS_DEFAULT_FACTORY else problems
  self.index_url=index_url
  self.visiting=_dflt_visiting() if visiting is _HAS_DEFAULT_FACTORY else visiting
  self.options=options
 return __init__
CODE['def __create_fn__(_type_pins, _type_constraints, _type_problems, _type_index_url, _type_visiting, _type_options, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_pins, _dflt_constraints, _dflt_problems, _dflt_index_url, _dflt_visiting, _dflt_options, _return_type):\n def __init__(self,pins:_type_pins=_HAS_DEFAULT_FACTORY,constraints:_type_constraints=_HAS_DEFAULT_FACTORY,problems:_type_problems=_HAS_DEFAULT_FACTORY,index_url:_type_index_url=_dflt_index_url,visiting:_type_visiting=_HAS_DEFAULT_FACTORY,options:_type_options=_dflt_options)->_return_type:\n  self.pins=_dflt_pins() if pins is _HAS_DEFAULT_FACTORY else pins\n  self.constraints=_dflt_constraints() if constraints is _HAS_DEFAULT_FACTORY else constraints\n  self.problems=_dflt_problems() if problems is _HAS_DEFAULT_FACTORY else problems\n  self.index_url=index_url\n  self.visiting=_dflt_visiting() if visiting is _HAS_DEFAULT_FACTORY else visiting\n  self.options=options\n return __init__'] = __create_fn__.__code__
def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(pins={self.pins!r}, constraints={self.constraints!r}, problems={self.problems!r}, index_url={self.index_url!r}, visiting={self.visiting!r}, options={self.options!r})"
 return __repr__
CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(pins={self.pins!r}, constraints={self.constraints!r}, problems={self.problems!r}, index_url={self.index_url!r}, visiting={self.visiting!r}, options={self.options!r})"\n return __repr__'] = __create_fn__.__code__
def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.pins,self.constraints,self.problems,self.index_url,self.visiting,self.options,)==(other.pins,other.constraints,other.problems,other.index_url,other.visiting,other.options,)
  return NotImplemented
 return __eq__
CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.pins,self.constraints,self.problems,self.index_url,self.visiting,self.options,)==(other.pins,other.constraints,other.problems,other.index_url,other.visiting,other.options,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__
