"""The methods of sscli.ingest.select's dataclasses as `dataclasses` writes them: generated, do
not edit (regenerate: python -m sscli.dataclass_methods)."""
# fmt: off
CODE = {}
def __create_fn__(_type_platforms, _type_python_version, _type_include_sdist, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_platforms, _dflt_python_version, _dflt_include_sdist, _return_type):
 def __init__(self,platforms:_type_platforms=_dflt_platforms,python_version:_type_python_version=_dflt_python_version,include_sdist:_type_include_sdist=_dflt_include_sdist)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'platforms',platforms)
  __dataclass_builtins_object__.__setattr__(self,'python_version',python_version)
  __dataclass_builtins_object__.__setattr__(self,'include_sdist',include_sdist)
 return __init__
CODE["def __create_fn__(_type_platforms, _type_python_version, _type_include_sdist, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_platforms, _dflt_python_version, _dflt_include_sdist, _return_type):\n def __init__(self,platforms:_type_platforms=_dflt_platforms,python_version:_type_python_version=_dflt_python_version,include_sdist:_type_include_sdist=_dflt_include_sdist)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'platforms',platforms)\n  __dataclass_builtins_object__.__setattr__(self,'python_version',python_version)\n  __dataclass_builtins_object__.__setattr__(self,'include_sdist',include_sdist)\n return __init__"] = __create_fn__.__code__
def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(platforms={self.platforms!r}, python_version={self.python_version!r}, include_sdist={self.include_sdist!r})"
 return __repr__
CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(platforms={self.platforms!r}, python_version={self.python_version!r}, include_sdist={self.include_sdist!r})"\n return __repr__'] = __create_fn__.__code__
def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.platforms,self.python_version,self.include_sdist,)==(other.platforms,other.python_version,other.include_sdist,)
  return NotImplemented
 return __eq__
CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.platforms,self.python_version,self.include_sdist,)==(other.platforms,other.python_version,other.include_sdist,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('platforms','python_version','include_sdist',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'platforms\',\'python_version\',\'include_sdist\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('platforms','python_version','include_sdist',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'platforms\',\'python_version\',\'include_sdist\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__
def __create_fn__():
 def __hash__(self):
  return hash((self.platforms,self.python_version,self.include_sdist,))
 return __hash__
CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.platforms,self.python_version,self.include_sdist,))\n return __hash__'] = __create_fn__.__code__
def __create_fn__(_type_package, _type_listing, _type_expected_sha256, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,package:_type_package,listing:_type_listing,expected_sha256:_type_expected_sha256)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'package',package)
  __dataclass_builtins_object__.__setattr__(self,'listing',listing)
  __dataclass_builtins_object__.__setattr__(self,'expected_sha256',expected_sha256)
 return __init__
CODE["def __create_fn__(_type_package, _type_listing, _type_expected_sha256, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,package:_type_package,listing:_type_listing,expected_sha256:_type_expected_sha256)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'package',package)\n  __dataclass_builtins_object__.__setattr__(self,'listing',listing)\n  __dataclass_builtins_object__.__setattr__(self,'expected_sha256',expected_sha256)\n return __init__"] = __create_fn__.__code__
def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(package={self.package!r}, listing={self.listing!r}, expected_sha256={self.expected_sha256!r})"
 return __repr__
CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(package={self.package!r}, listing={self.listing!r}, expected_sha256={self.expected_sha256!r})"\n return __repr__'] = __create_fn__.__code__
def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.package,self.listing,self.expected_sha256,)==(other.package,other.listing,other.expected_sha256,)
  return NotImplemented
 return __eq__
CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.package,self.listing,self.expected_sha256,)==(other.package,other.listing,other.expected_sha256,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('package','listing','expected_sha256',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'package\',\'listing\',\'expected_sha256\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('package','listing','expected_sha256',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'package\',\'listing\',\'expected_sha256\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__
def __create_fn__():
 def __hash__(self):
  return hash((self.package,self.listing,self.expected_sha256,))
 return __hash__
CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.package,self.listing,self.expected_sha256,))\n return __hash__'] = __create_fn__.__code__
