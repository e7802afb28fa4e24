"""The methods of sscli.inventory.graph's dataclasses as `dataclasses` writes them: generated, do
not edit (regenerate: python -m sscli.dataclass_methods)."""
# fmt: off
CODE = {}
def __create_fn__(_type_name, _type_marker, _type_extras, _type_version, _type_accepts, _type_constraint, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_marker, _dflt_extras, _dflt_version, _dflt_accepts, _dflt_constraint, _return_type):
 def __init__(self,name:_type_name,marker:_type_marker=_dflt_marker,extras:_type_extras=_dflt_extras,version:_type_version=_dflt_version,accepts:_type_accepts=_dflt_accepts,constraint:_type_constraint=_dflt_constraint)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'name',name)
  __dataclass_builtins_object__.__setattr__(self,'marker',marker)
  __dataclass_builtins_object__.__setattr__(self,'extras',extras)
  __dataclass_builtins_object__.__setattr__(self,'version',version)
  __dataclass_builtins_object__.__setattr__(self,'accepts',accepts)
  __dataclass_builtins_object__.__setattr__(self,'constraint',constraint)
 return __init__
CODE["def __create_fn__(_type_name, _type_marker, _type_extras, _type_version, _type_accepts, _type_constraint, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_marker, _dflt_extras, _dflt_version, _dflt_accepts, _dflt_constraint, _return_type):\n def __init__(self,name:_type_name,marker:_type_marker=_dflt_marker,extras:_type_extras=_dflt_extras,version:_type_version=_dflt_version,accepts:_type_accepts=_dflt_accepts,constraint:_type_constraint=_dflt_constraint)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'name',name)\n  __dataclass_builtins_object__.__setattr__(self,'marker',marker)\n  __dataclass_builtins_object__.__setattr__(self,'extras',extras)\n  __dataclass_builtins_object__.__setattr__(self,'version',version)\n  __dataclass_builtins_object__.__setattr__(self,'accepts',accepts)\n  __dataclass_builtins_object__.__setattr__(self,'constraint',constraint)\n return __init__"] = __create_fn__.__code__
def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(name={self.name!r}, marker={self.marker!r}, extras={self.extras!r}, version={self.version!r}, accepts={self.accepts!r}, constraint={self.constraint!r})"
 return __repr__
CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(name={self.name!r}, marker={self.marker!r}, extras={self.extras!r}, version={self.version!r}, accepts={self.accepts!r}, constraint={self.constraint!r})"\n return __repr__'] = __create_fn__.__code__
def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.name,self.marker,self.extras,self.version,self.accepts,self.constraint,)==(other.name,other.marker,other.extras,other.version,other.accepts,other.constraint,)
  return NotImplemented
 return __eq__
CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.name,self.marker,self.extras,self.version,self.accepts,self.constraint,)==(other.name,other.marker,other.extras,other.version,other.accepts,other.constraint,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('name','marker','extras','version','accepts','constraint',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'name\',\'marker\',\'extras\',\'version\',\'accepts\',\'constraint\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('name','marker','extras','version','accepts','constraint',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'name\',\'marker\',\'extras\',\'version\',\'accepts\',\'constraint\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__
def __create_fn__():
 def __hash__(self):
  return hash((self.name,self.marker,self.extras,self.version,self.accepts,self.constraint,))
 return __hash__
CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.name,self.marker,self.extras,self.version,self.accepts,self.constraint,))\n return __hash__'] = __create_fn__.__code__
def __create_fn__(_type_package, _type_deps, _type_optional, _type_groups, _type_marker, _type_project, _type_virtual, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_deps, _dflt_optional, _dflt_groups, _dflt_marker, _dflt_project, _dflt_virtual, _return_type):
 def __init__(self,package:_type_package,deps:_type_deps=_dflt_deps,optional:_type_optional=_HAS_DEFAULT_FACTORY,groups:_type_groups=_HAS_DEFAULT_FACTORY,marker:_type_marker=_dflt_marker,project:_type_project=_dflt_project,virtual:_type_virtual=_dflt_virtual)->_return_type:
  self.package=package
  self.deps=deps
  self.optional=_dflt_optional() if optional is _HAS_DEFAULT_FACTORY else optional
  self.groups=_dflt_groups() if groups is _HAS_DEFAULT_FACTORY else groups
  self.marker=marker
  self.project=project
  self.virtual=virtual
 return __init__
CODE['def __create_fn__(_type_package, _type_deps, _type_optional, _type_groups, _type_marker, _type_project, _type_virtual, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_deps, _dflt_optional, _dflt_groups, _dflt_marker, _dflt_project, _dflt_virtual, _return_type):\n def __init__(self,package:_type_package,deps:_type_deps=_dflt_deps,optional:_type_optional=_HAS_DEFAULT_FACTORY,groups:_type_groups=_HAS_DEFAULT_FACTORY,marker:_type_marker=_dflt_marker,project:_type_project=_dflt_project,virtual:_type_virtual=_dflt_virtual)->_return_type:\n  self.package=package\n  self.deps=deps\n  self.optional=_dflt_optional() if optional is _HAS_DEFAULT_FACTORY else optional\n  self.groups=_dflt_groups() if groups is _HAS_DEFAULT_FACTORY else groups\n  self.marker=marker\n  self.project=project\n  self.virtual=virtual\n return __init__'] = __create_fn__.__code__
def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(package={self.package!r}, deps={self.deps!r}, optional={self.optional!r}, groups={self.groups!r}, marker={self.marker!r}, project={self.project!r}, virtual={self.virtual!r})"
 return __repr__
CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(package={self.package!r}, deps={self.deps!r}, optional={self.optional!r}, groups={self.groups!r}, marker={self.marker!r}, project={self.project!r}, virtual={self.virtual!r})"\n return __repr__'] = __create_fn__.__code__
def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.package,self.deps,self.optional,self.groups,self.marker,self.project,self.virtual,)==(other.package,other.deps,other.optional,other.groups,other.marker,other.project,other.virtual,)
  return NotImplemented
 return __eq__
CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.package,self.deps,self.optional,self.groups,self.marker,self.project,self.virtual,)==(other.package,other.deps,other.optional,other.groups,other.marker,other.project,other.virtual,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__
def __create_fn__(_type_path, _type_nodes, _type_root, _type_context, _type_virtual_groups, _type_by_name, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_context, _dflt_virtual_groups, _dflt_by_name, _return_type):
 def __init__(self,path:_type_path,nodes:_type_nodes,root:_type_root,context:_type_context=_dflt_context,virtual_groups:_type_virtual_groups=_HAS_DEFAULT_FACTORY,by_name:_type_by_name=_HAS_DEFAULT_FACTORY)->_return_type:
  self.path=path
  self.nodes=nodes
  self.root=root
  self.context=context
  self.virtual_groups=_dflt_virtual_groups() if virtual_groups is _HAS_DEFAULT_FACTORY else virtual_groups
  self.by_name=_dflt_by_name() if by_name is _HAS_DEFAULT_FACTORY else by_name
  self.__post_init__()
 return __init__
CODE['def __create_fn__(_type_path, _type_nodes, _type_root, _type_context, _type_virtual_groups, _type_by_name, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_context, _dflt_virtual_groups, _dflt_by_name, _return_type):\n def __init__(self,path:_type_path,nodes:_type_nodes,root:_type_root,context:_type_context=_dflt_context,virtual_groups:_type_virtual_groups=_HAS_DEFAULT_FACTORY,by_name:_type_by_name=_HAS_DEFAULT_FACTORY)->_return_type:\n  self.path=path\n  self.nodes=nodes\n  self.root=root\n  self.context=context\n  self.virtual_groups=_dflt_virtual_groups() if virtual_groups is _HAS_DEFAULT_FACTORY else virtual_groups\n  self.by_name=_dflt_by_name() if by_name is _HAS_DEFAULT_FACTORY else by_name\n  self.__post_init__()\n return __init__'] = __create_fn__.__code__
def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(path={self.path!r}, nodes={self.nodes!r}, root={self.root!r}, context={self.context!r}, virtual_groups={self.virtual_groups!r}, by_name={self.by_name!r})"
 return __repr__
CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(path={self.path!r}, nodes={self.nodes!r}, root={self.root!r}, context={self.context!r}, virtual_groups={self.virtual_groups!r}, by_name={self.by_name!r})"\n return __repr__'] = __create_fn__.__code__
def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.path,self.nodes,self.root,self.context,self.virtual_groups,self.by_name,)==(other.path,other.nodes,other.root,other.context,other.virtual_groups,other.by_name,)
  return NotImplemented
 return __eq__
CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.path,self.nodes,self.root,self.context,self.virtual_groups,self.by_name,)==(other.path,other.nodes,other.root,other.context,other.virtual_groups,other.by_name,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__
def __create_fn__(_type_packages, _type_root, _type_problems, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,packages:_type_packages,root:_type_root,problems:_type_problems)->_return_type:
  self.packages=packages
  self.root=root
  self.problems=problems
 return __init__
CODE['def __create_fn__(_type_packages, _type_root, _type_problems, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,packages:_type_packages,root:_type_root,problems:_type_problems)->_return_type:\n  self.packages=packages\n  self.root=root\n  self.problems=problems\n return __init__'] = __create_fn__.__code__
def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(packages={self.packages!r}, root={self.root!r}, problems={self.problems!r})"
 return __repr__
CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(packages={self.packages!r}, root={self.root!r}, problems={self.problems!r})"\n return __repr__'] = __create_fn__.__code__
def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.packages,self.root,self.problems,)==(other.packages,other.root,other.problems,)
  return NotImplemented
 return __eq__
CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.packages,self.root,self.problems,)==(other.packages,other.root,other.problems,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__
def __create_fn__(_type_nodes, _type_edges, _type_active, _type_constraints, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_nodes, _dflt_edges, _dflt_active, _dflt_constraints, _return_type):
 def __init__(self,nodes:_type_nodes=_HAS_DEFAULT_FACTORY,edges:_type_edges=_HAS_DEFAULT_FACTORY,active:_type_active=_HAS_DEFAULT_FACTORY,constraints:_type_constraints=_HAS_DEFAULT_FACTORY)->_return_type:
  self.nodes=_dflt_nodes() if nodes is _HAS_DEFAULT_FACTORY else nodes
  self.edges=_dflt_edges() if edges is _HAS_DEFAULT_FACTORY else edges
  self.active=_dflt_active() if active is _HAS_DEFAULT_FACTORY else active
  self.constraints=_dflt_constraints() if constraints is _HAS_DEFAULT_FACTORY else constraints
 return __init__
CODE['def __create_fn__(_type_nodes, _type_edges, _type_active, _type_constraints, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_nodes, _dflt_edges, _dflt_active, _dflt_constraints, _return_type):\n def __init__(self,nodes:_type_nodes=_HAS_DEFAULT_FACTORY,edges:_type_edges=_HAS_DEFAULT_FACTORY,active:_type_active=_HAS_DEFAULT_FACTORY,constraints:_type_constraints=_HAS_DEFAULT_FACTORY)->_return_type:\n  self.nodes=_dflt_nodes() if nodes is _HAS_DEFAULT_FACTORY else nodes\n  self.edges=_dflt_edges() if edges is _HAS_DEFAULT_FACTORY else edges\n  self.active=_dflt_active() if active is _HAS_DEFAULT_FACTORY else active\n  self.constraints=_dflt_constraints() if constraints is _HAS_DEFAULT_FACTORY else constraints\n return __init__'] = __create_fn__.__code__
def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(nodes={self.nodes!r}, edges={self.edges!r}, active={self.active!r}, constraints={self.constraints!r})"
 return __repr__
CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(nodes={self.nodes!r}, edges={self.edges!r}, active={self.active!r}, constraints={self.constraints!r})"\n return __repr__'] = __create_fn__.__code__
def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.nodes,self.edges,self.active,self.constraints,)==(other.nodes,other.edges,other.active,other.constraints,)
  return NotImplemented
 return __eq__
CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.nodes,self.edges,self.active,self.constraints,)==(other.nodes,other.edges,other.active,other.constraints,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__
