"""The methods of sscli.ingest.code.placement's dataclasses as `dataclasses` writes them: generated, do
not edit (regenerate: python -m sscli.dataclass_methods)."""
# fmt: off
CODE = {}
def __create_fn__(_type_module, _type_package, _type_phase, _type_all_functions, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_all_functions, _return_type):
 def __init__(self,module:_type_module,package:_type_package,phase:_type_phase,all_functions:_type_all_functions=_dflt_all_functions)->_return_type:
  self.module=module
  self.package=package
  self.phase=phase
  self.all_functions=all_functions
 return __init__
CODE['def __create_fn__(_type_module, _type_package, _type_phase, _type_all_functions, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_all_functions, _return_type):\n def __init__(self,module:_type_module,package:_type_package,phase:_type_phase,all_functions:_type_all_functions=_dflt_all_functions)->_return_type:\n  self.module=module\n  self.package=package\n  self.phase=phase\n  self.all_functions=all_functions\n return __init__'] = __create_fn__.__code__
def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(module={self.module!r}, package={self.package!r}, phase={self.phase!r}, all_functions={self.all_functions!r})"
 return __repr__
CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(module={self.module!r}, package={self.package!r}, phase={self.phase!r}, all_functions={self.all_functions!r})"\n return __repr__'] = __create_fn__.__code__
def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.module,self.package,self.phase,self.all_functions,)==(other.module,other.package,other.phase,other.all_functions,)
  return NotImplemented
 return __eq__
CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.module,self.package,self.phase,self.all_functions,)==(other.module,other.package,other.phase,other.all_functions,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__
def __create_fn__(_type_install_modules, _type_install_files, _type_hooks, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_install_modules, _dflt_install_files, _dflt_hooks, _return_type):
 def __init__(self,install_modules:_type_install_modules=_HAS_DEFAULT_FACTORY,install_files:_type_install_files=_HAS_DEFAULT_FACTORY,hooks:_type_hooks=_HAS_DEFAULT_FACTORY)->_return_type:
  self.install_modules=_dflt_install_modules() if install_modules is _HAS_DEFAULT_FACTORY else install_modules
  self.install_files=_dflt_install_files() if install_files is _HAS_DEFAULT_FACTORY else install_files
  self.hooks=_dflt_hooks() if hooks is _HAS_DEFAULT_FACTORY else hooks
 return __init__
CODE['def __create_fn__(_type_install_modules, _type_install_files, _type_hooks, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_install_modules, _dflt_install_files, _dflt_hooks, _return_type):\n def __init__(self,install_modules:_type_install_modules=_HAS_DEFAULT_FACTORY,install_files:_type_install_files=_HAS_DEFAULT_FACTORY,hooks:_type_hooks=_HAS_DEFAULT_FACTORY)->_return_type:\n  self.install_modules=_dflt_install_modules() if install_modules is _HAS_DEFAULT_FACTORY else install_modules\n  self.install_files=_dflt_install_files() if install_files is _HAS_DEFAULT_FACTORY else install_files\n  self.hooks=_dflt_hooks() if hooks is _HAS_DEFAULT_FACTORY else hooks\n return __init__'] = __create_fn__.__code__
def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(install_modules={self.install_modules!r}, install_files={self.install_files!r}, hooks={self.hooks!r})"
 return __repr__
CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(install_modules={self.install_modules!r}, install_files={self.install_files!r}, hooks={self.hooks!r})"\n return __repr__'] = __create_fn__.__code__
def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.install_modules,self.install_files,self.hooks,)==(other.install_modules,other.install_files,other.hooks,)
  return NotImplemented
 return __eq__
CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.install_modules,self.install_files,self.hooks,)==(other.install_modules,other.install_files,other.hooks,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__
