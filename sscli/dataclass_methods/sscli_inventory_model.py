"""The methods of sscli.inventory.model's dataclasses as `dataclasses` writes them: generated, do
not edit (regenerate: python -m sscli.dataclass_methods)."""
# fmt: off
CODE = {}
def __create_fn__(_type_filename, _type_hashes, _type_size, _type_url, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_filename, _dflt_hashes, _dflt_size, _dflt_url, _return_type):
 def __init__(self,filename:_type_filename=_dflt_filename,hashes:_type_hashes=_HAS_DEFAULT_FACTORY,size:_type_size=_dflt_size,url:_type_url=_dflt_url)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'filename',filename)
  __dataclass_builtins_object__.__setattr__(self,'hashes',_dflt_hashes() if hashes is _HAS_DEFAULT_FACTORY else hashes)
  __dataclass_builtins_object__.__setattr__(self,'size',size)
  __dataclass_builtins_object__.__setattr__(self,'url',url)
 return __init__
CODE["def __create_fn__(_type_filename, _type_hashes, _type_size, _type_url, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_filename, _dflt_hashes, _dflt_size, _dflt_url, _return_type):\n def __init__(self,filename:_type_filename=_dflt_filename,hashes:_type_hashes=_HAS_DEFAULT_FACTORY,size:_type_size=_dflt_size,url:_type_url=_dflt_url)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'filename',filename)\n  __dataclass_builtins_object__.__setattr__(self,'hashes',_dflt_hashes() if hashes is _HAS_DEFAULT_FACTORY else hashes)\n  __dataclass_builtins_object__.__setattr__(self,'size',size)\n  __dataclass_builtins_object__.__setattr__(self,'url',url)\n return __init__"] = __create_fn__.__code__
def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(filename={self.filename!r}, hashes={self.hashes!r}, size={self.size!r}, url={self.url!r})"
 return __repr__
CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(filename={self.filename!r}, hashes={self.hashes!r}, size={self.size!r}, url={self.url!r})"\n return __repr__'] = __create_fn__.__code__
def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.filename,self.hashes,self.size,self.url,)==(other.filename,other.hashes,other.size,other.url,)
  return NotImplemented
 return __eq__
CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.filename,self.hashes,self.size,self.url,)==(other.filename,other.hashes,other.size,other.url,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('filename','hashes','size','url',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'filename\',\'hashes\',\'size\',\'url\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('filename','hashes','size','url',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'filename\',\'hashes\',\'size\',\'url\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__
def __create_fn__():
 def __hash__(self):
  return hash((self.filename,self.hashes,self.size,self.url,))
 return __hash__
CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.filename,self.hashes,self.size,self.url,))\n return __hash__'] = __create_fn__.__code__
def __create_fn__(_type_type, _type_url, _type_comment, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_comment, _return_type):
 def __init__(self,type:_type_type,url:_type_url,comment:_type_comment=_dflt_comment)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'type',type)
  __dataclass_builtins_object__.__setattr__(self,'url',url)
  __dataclass_builtins_object__.__setattr__(self,'comment',comment)
 return __init__
CODE["def __create_fn__(_type_type, _type_url, _type_comment, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_comment, _return_type):\n def __init__(self,type:_type_type,url:_type_url,comment:_type_comment=_dflt_comment)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'type',type)\n  __dataclass_builtins_object__.__setattr__(self,'url',url)\n  __dataclass_builtins_object__.__setattr__(self,'comment',comment)\n return __init__"] = __create_fn__.__code__
def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(type={self.type!r}, url={self.url!r}, comment={self.comment!r})"
 return __repr__
CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(type={self.type!r}, url={self.url!r}, comment={self.comment!r})"\n return __repr__'] = __create_fn__.__code__
def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.type,self.url,self.comment,)==(other.type,other.url,other.comment,)
  return NotImplemented
 return __eq__
CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.type,self.url,self.comment,)==(other.type,other.url,other.comment,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('type','url','comment',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'type\',\'url\',\'comment\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('type','url','comment',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'type\',\'url\',\'comment\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__
def __create_fn__():
 def __hash__(self):
  return hash((self.type,self.url,self.comment,))
 return __hash__
CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.type,self.url,self.comment,))\n return __hash__'] = __create_fn__.__code__
def __create_fn__(_type_path, _type_line, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_line, _return_type):
 def __init__(self,path:_type_path,line:_type_line=_dflt_line)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'path',path)
  __dataclass_builtins_object__.__setattr__(self,'line',line)
 return __init__
CODE["def __create_fn__(_type_path, _type_line, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_line, _return_type):\n def __init__(self,path:_type_path,line:_type_line=_dflt_line)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'path',path)\n  __dataclass_builtins_object__.__setattr__(self,'line',line)\n return __init__"] = __create_fn__.__code__
def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(path={self.path!r}, line={self.line!r})"
 return __repr__
CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(path={self.path!r}, line={self.line!r})"\n return __repr__'] = __create_fn__.__code__
def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.path,self.line,)==(other.path,other.line,)
  return NotImplemented
 return __eq__
CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.path,self.line,)==(other.path,other.line,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('path','line',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'path\',\'line\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('path','line',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'path\',\'line\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__
def __create_fn__():
 def __hash__(self):
  return hash((self.path,self.line,))
 return __hash__
CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.path,self.line,))\n return __hash__'] = __create_fn__.__code__
def __create_fn__(_type_kind, _type_url, _type_commit, _type_ref, _type_subdirectory, _type_path, _type_editable, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_url, _dflt_commit, _dflt_ref, _dflt_subdirectory, _dflt_path, _dflt_editable, _return_type):
 def __init__(self,kind:_type_kind,url:_type_url=_dflt_url,commit:_type_commit=_dflt_commit,ref:_type_ref=_dflt_ref,subdirectory:_type_subdirectory=_dflt_subdirectory,path:_type_path=_dflt_path,editable:_type_editable=_dflt_editable)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'kind',kind)
  __dataclass_builtins_object__.__setattr__(self,'url',url)
  __dataclass_builtins_object__.__setattr__(self,'commit',commit)
  __dataclass_builtins_object__.__setattr__(self,'ref',ref)
  __dataclass_builtins_object__.__setattr__(self,'subdirectory',subdirectory)
  __dataclass_builtins_object__.__setattr__(self,'path',path)
  __dataclass_builtins_object__.__setattr__(self,'editable',editable)
 return __init__
CODE["def __create_fn__(_type_kind, _type_url, _type_commit, _type_ref, _type_subdirectory, _type_path, _type_editable, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_url, _dflt_commit, _dflt_ref, _dflt_subdirectory, _dflt_path, _dflt_editable, _return_type):\n def __init__(self,kind:_type_kind,url:_type_url=_dflt_url,commit:_type_commit=_dflt_commit,ref:_type_ref=_dflt_ref,subdirectory:_type_subdirectory=_dflt_subdirectory,path:_type_path=_dflt_path,editable:_type_editable=_dflt_editable)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'kind',kind)\n  __dataclass_builtins_object__.__setattr__(self,'url',url)\n  __dataclass_builtins_object__.__setattr__(self,'commit',commit)\n  __dataclass_builtins_object__.__setattr__(self,'ref',ref)\n  __dataclass_builtins_object__.__setattr__(self,'subdirectory',subdirectory)\n  __dataclass_builtins_object__.__setattr__(self,'path',path)\n  __dataclass_builtins_object__.__setattr__(self,'editable',editable)\n return __init__"] = __create_fn__.__code__
def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(kind={self.kind!r}, url={self.url!r}, commit={self.commit!r}, ref={self.ref!r}, subdirectory={self.subdirectory!r}, path={self.path!r}, editable={self.editable!r})"
 return __repr__
CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(kind={self.kind!r}, url={self.url!r}, commit={self.commit!r}, ref={self.ref!r}, subdirectory={self.subdirectory!r}, path={self.path!r}, editable={self.editable!r})"\n return __repr__'] = __create_fn__.__code__
def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.kind,self.url,self.commit,self.ref,self.subdirectory,self.path,self.editable,)==(other.kind,other.url,other.commit,other.ref,other.subdirectory,other.path,other.editable,)
  return NotImplemented
 return __eq__
CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.kind,self.url,self.commit,self.ref,self.subdirectory,self.path,self.editable,)==(other.kind,other.url,other.commit,other.ref,other.subdirectory,other.path,other.editable,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('kind','url','commit','ref','subdirectory','path','editable',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'kind\',\'url\',\'commit\',\'ref\',\'subdirectory\',\'path\',\'editable\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('kind','url','commit','ref','subdirectory','path','editable',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'kind\',\'url\',\'commit\',\'ref\',\'subdirectory\',\'path\',\'editable\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__
def __create_fn__():
 def __hash__(self):
  return hash((self.kind,self.url,self.commit,self.ref,self.subdirectory,self.path,self.editable,))
 return __hash__
CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.kind,self.url,self.commit,self.ref,self.subdirectory,self.path,self.editable,))\n return __hash__'] = __create_fn__.__code__
def __create_fn__(_type_name, _type_version, _type_display_name, _type_artifacts, _type_dependencies, _type_license_expression, _type_license_names, _type_author, _type_supplier, _type_description, _type_external_refs, _type_index_url, _type_location, _type_purl, _type_properties, _type_bom_ref, _type_origin, _type_scope, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_display_name, _dflt_artifacts, _dflt_dependencies, _dflt_license_expression, _dflt_license_names, _dflt_author, _dflt_supplier, _dflt_description, _dflt_external_refs, _dflt_index_url, _dflt_location, _dflt_purl, _dflt_properties, _dflt_bom_ref, _dflt_origin, _dflt_scope, _return_type):
 def __init__(self,name:_type_name,version:_type_version,display_name:_type_display_name=_dflt_display_name,artifacts:_type_artifacts=_dflt_artifacts,dependencies:_type_dependencies=_dflt_dependencies,license_expression:_type_license_expression=_dflt_license_expression,license_names:_type_license_names=_dflt_license_names,author:_type_author=_dflt_author,supplier:_type_supplier=_dflt_supplier,description:_type_description=_dflt_description,external_refs:_type_external_refs=_dflt_external_refs,index_url:_type_index_url=_dflt_index_url,location:_type_location=_dflt_location,purl:_type_purl=_dflt_purl,properties:_type_properties=_dflt_properties,bom_ref:_type_bom_ref=_dflt_bom_ref,origin:_type_origin=_dflt_origin,scope:_type_scope=_dflt_scope)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'name',name)
  __dataclass_builtins_object__.__setattr__(self,'version',version)
  __dataclass_builtins_object__.__setattr__(self,'display_name',display_name)
  __dataclass_builtins_object__.__setattr__(self,'artifacts',artifacts)
  __dataclass_builtins_object__.__setattr__(self,'dependencies',dependencies)
  __dataclass_builtins_object__.__setattr__(self,'license_expression',license_expression)
  __dataclass_builtins_object__.__setattr__(self,'license_names',license_names)
  __dataclass_builtins_object__.__setattr__(self,'author',author)
  __dataclass_builtins_object__.__setattr__(self,'supplier',supplier)
  __dataclass_builtins_object__.__setattr__(self,'description',description)
  __dataclass_builtins_object__.__setattr__(self,'external_refs',external_refs)
  __dataclass_builtins_object__.__setattr__(self,'index_url',index_url)
  __dataclass_builtins_object__.__setattr__(self,'location',location)
  __dataclass_builtins_object__.__setattr__(self,'purl',purl)
  __dataclass_builtins_object__.__setattr__(self,'properties',properties)
  __dataclass_builtins_object__.__setattr__(self,'bom_ref',bom_ref)
  __dataclass_builtins_object__.__setattr__(self,'origin',origin)
  __dataclass_builtins_object__.__setattr__(self,'scope',scope)
  self.__post_init__()
 return __init__
CODE["def __create_fn__(_type_name, _type_version, _type_display_name, _type_artifacts, _type_dependencies, _type_license_expression, _type_license_names, _type_author, _type_supplier, _type_description, _type_external_refs, _type_index_url, _type_location, _type_purl, _type_properties, _type_bom_ref, _type_origin, _type_scope, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_display_name, _dflt_artifacts, _dflt_dependencies, _dflt_license_expression, _dflt_license_names, _dflt_author, _dflt_supplier, _dflt_description, _dflt_external_refs, _dflt_index_url, _dflt_location, _dflt_purl, _dflt_properties, _dflt_bom_ref, _dflt_origin, _dflt_scope, _return_type):\n def __init__(self,name:_type_name,version:_type_version,display_name:_type_display_name=_dflt_display_name,artifacts:_type_artifacts=_dflt_artifacts,dependencies:_type_dependencies=_dflt_dependencies,license_expression:_type_license_expression=_dflt_license_expression,license_names:_type_license_names=_dflt_license_names,author:_type_author=_dflt_author,supplier:_type_supplier=_dflt_supplier,description:_type_description=_dflt_description,external_refs:_type_external_refs=_dflt_external_refs,index_url:_type_index_url=_dflt_index_url,location:_type_location=_dflt_location,purl:_type_purl=_dflt_purl,properties:_type_properties=_dflt_properties,bom_ref:_type_bom_ref=_dflt_bom_ref,origin:_type_origin=_dflt_origin,scope:_type_scope=_dflt_scope)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'name',name)\n  __dataclass_builtins_object__.__setattr__(self,'version',version)\n  __dataclass_builtins_object__.__setattr__(self,'display_name',display_name)\n  __dataclass_builtins_object__.__setattr__(self,'artifacts',artifacts)\n  __dataclass_builtins_object__.__setattr__(self,'dependencies',dependencies)\n  __dataclass_builtins_object__.__setattr__(self,'license_expression',license_expression)\n  __dataclass_builtins_object__.__setattr__(self,'license_names',license_names)\n  __dataclass_builtins_object__.__setattr__(self,'author',author)\n  __dataclass_builtins_object__.__setattr__(self,'supplier',supplier)\n  __dataclass_builtins_object__.__setattr__(self,'description',description)\n  __dataclass_builtins_object__.__setattr__(self,'external_refs',external_refs)\n  __dataclass_builtins_object__.__setattr__(self,'index_url',index_url)\n  __dataclass_builtins_object__.__setattr__(self,'location',location)\n  __dataclass_builtins_object__.__setattr__(self,'purl',purl)\n  __dataclass_builtins_object__.__setattr__(self,'properties',properties)\n  __dataclass_builtins_object__.__setattr__(self,'bom_ref',bom_ref)\n  __dataclass_builtins_object__.__setattr__(self,'origin',origin)\n  __dataclass_builtins_object__.__setattr__(self,'scope',scope)\n  self.__post_init__()\n return __init__"] = __create_fn__.__code__
def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(name={self.name!r}, version={self.version!r}, display_name={self.display_name!r}, artifacts={self.artifacts!r}, dependencies={self.dependencies!r}, license_expression={self.license_expression!r}, license_names={self.license_names!r}, author={self.author!r}, supplier={self.supplier!r}, description={self.description!r}, external_refs={self.external_refs!r}, index_url={self.index_url!r}, location={self.location!r}, purl={self.purl!r}, properties={self.properties!r}, bom_ref={self.bom_ref!r}, origin={self.origin!r}, scope={self.scope!r})"
 return __repr__
CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(name={self.name!r}, version={self.version!r}, display_name={self.display_name!r}, artifacts={self.artifacts!r}, dependencies={self.dependencies!r}, license_expression={self.license_expression!r}, license_names={self.license_names!r}, author={self.author!r}, supplier={self.supplier!r}, description={self.description!r}, external_refs={self.external_refs!r}, index_url={self.index_url!r}, location={self.location!r}, purl={self.purl!r}, properties={self.properties!r}, bom_ref={self.bom_ref!r}, origin={self.origin!r}, scope={self.scope!r})"\n return __repr__'] = __create_fn__.__code__
def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.name,self.version,self.display_name,self.artifacts,self.dependencies,self.license_expression,self.license_names,self.author,self.supplier,self.description,self.external_refs,self.index_url,self.location,self.purl,self.properties,self.bom_ref,self.origin,self.scope,)==(other.name,other.version,other.display_name,other.artifacts,other.dependencies,other.license_expression,other.license_names,other.author,other.supplier,other.description,other.external_refs,other.index_url,other.location,other.purl,other.properties,other.bom_ref,other.origin,other.scope,)
  return NotImplemented
 return __eq__
CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.name,self.version,self.display_name,self.artifacts,self.dependencies,self.license_expression,self.license_names,self.author,self.supplier,self.description,self.external_refs,self.index_url,self.location,self.purl,self.properties,self.bom_ref,self.origin,self.scope,)==(other.name,other.version,other.display_name,other.artifacts,other.dependencies,other.license_expression,other.license_names,other.author,other.supplier,other.description,other.external_refs,other.index_url,other.location,other.purl,other.properties,other.bom_ref,other.origin,other.scope,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('name','version','display_name','artifacts','dependencies','license_expression','license_names','author','supplier','description','external_refs','index_url','location','purl','properties','bom_ref','origin','scope',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'name\',\'version\',\'display_name\',\'artifacts\',\'dependencies\',\'license_expression\',\'license_names\',\'author\',\'supplier\',\'description\',\'external_refs\',\'index_url\',\'location\',\'purl\',\'properties\',\'bom_ref\',\'origin\',\'scope\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('name','version','display_name','artifacts','dependencies','license_expression','license_names','author','supplier','description','external_refs','index_url','location','purl','properties','bom_ref','origin','scope',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'name\',\'version\',\'display_name\',\'artifacts\',\'dependencies\',\'license_expression\',\'license_names\',\'author\',\'supplier\',\'description\',\'external_refs\',\'index_url\',\'location\',\'purl\',\'properties\',\'bom_ref\',\'origin\',\'scope\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__
def __create_fn__():
 def __hash__(self):
  return hash((self.name,self.version,self.display_name,self.artifacts,self.dependencies,self.license_expression,self.license_names,self.author,self.supplier,self.description,self.external_refs,self.index_url,self.location,self.purl,self.properties,self.bom_ref,self.origin,self.scope,))
 return __hash__
CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.name,self.version,self.display_name,self.artifacts,self.dependencies,self.license_expression,self.license_names,self.author,self.supplier,self.description,self.external_refs,self.index_url,self.location,self.purl,self.properties,self.bom_ref,self.origin,self.scope,))\n return __hash__'] = __create_fn__.__code__
def __create_fn__(_type_message, _type_location, _type_requirement, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_location, _dflt_requirement, _return_type):
 def __init__(self,message:_type_message,location:_type_location=_dflt_location,requirement:_type_requirement=_dflt_requirement)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'message',message)
  __dataclass_builtins_object__.__setattr__(self,'location',location)
  __dataclass_builtins_object__.__setattr__(self,'requirement',requirement)
 return __init__
CODE["def __create_fn__(_type_message, _type_location, _type_requirement, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_location, _dflt_requirement, _return_type):\n def __init__(self,message:_type_message,location:_type_location=_dflt_location,requirement:_type_requirement=_dflt_requirement)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'message',message)\n  __dataclass_builtins_object__.__setattr__(self,'location',location)\n  __dataclass_builtins_object__.__setattr__(self,'requirement',requirement)\n return __init__"] = __create_fn__.__code__
def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(message={self.message!r}, location={self.location!r}, requirement={self.requirement!r})"
 return __repr__
CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(message={self.message!r}, location={self.location!r}, requirement={self.requirement!r})"\n return __repr__'] = __create_fn__.__code__
def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.message,self.location,self.requirement,)==(other.message,other.location,other.requirement,)
  return NotImplemented
 return __eq__
CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.message,self.location,self.requirement,)==(other.message,other.location,other.requirement,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('message','location','requirement',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'message\',\'location\',\'requirement\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('message','location','requirement',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'message\',\'location\',\'requirement\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__
def __create_fn__():
 def __hash__(self):
  return hash((self.message,self.location,self.requirement,))
 return __hash__
CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.message,self.location,self.requirement,))\n return __hash__'] = __create_fn__.__code__
def __create_fn__(_type_packages, _type_root, _type_source_kind, _type_source_path, _type_problems, _type_metadata_properties, _type_marker_environment, _type_unresolved, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_root, _dflt_source_kind, _dflt_source_path, _dflt_problems, _dflt_metadata_properties, _dflt_marker_environment, _dflt_unresolved, _return_type):
 def __init__(self,packages:_type_packages,root:_type_root=_dflt_root,source_kind:_type_source_kind=_dflt_source_kind,source_path:_type_source_path=_dflt_source_path,problems:_type_problems=_dflt_problems,metadata_properties:_type_metadata_properties=_dflt_metadata_properties,marker_environment:_type_marker_environment=_HAS_DEFAULT_FACTORY,unresolved:_type_unresolved=_dflt_unresolved)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'packages',packages)
  __dataclass_builtins_object__.__setattr__(self,'root',root)
  __dataclass_builtins_object__.__setattr__(self,'source_kind',source_kind)
  __dataclass_builtins_object__.__setattr__(self,'source_path',source_path)
  __dataclass_builtins_object__.__setattr__(self,'problems',problems)
  __dataclass_builtins_object__.__setattr__(self,'metadata_properties',metadata_properties)
  __dataclass_builtins_object__.__setattr__(self,'marker_environment',_dflt_marker_environment() if marker_environment is _HAS_DEFAULT_FACTORY else marker_environment)
  __dataclass_builtins_object__.__setattr__(self,'unresolved',unresolved)
  self.__post_init__()
 return __init__
CODE["def __create_fn__(_type_packages, _type_root, _type_source_kind, _type_source_path, _type_problems, _type_metadata_properties, _type_marker_environment, _type_unresolved, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_root, _dflt_source_kind, _dflt_source_path, _dflt_problems, _dflt_metadata_properties, _dflt_marker_environment, _dflt_unresolved, _return_type):\n def __init__(self,packages:_type_packages,root:_type_root=_dflt_root,source_kind:_type_source_kind=_dflt_source_kind,source_path:_type_source_path=_dflt_source_path,problems:_type_problems=_dflt_problems,metadata_properties:_type_metadata_properties=_dflt_metadata_properties,marker_environment:_type_marker_environment=_HAS_DEFAULT_FACTORY,unresolved:_type_unresolved=_dflt_unresolved)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'packages',packages)\n  __dataclass_builtins_object__.__setattr__(self,'root',root)\n  __dataclass_builtins_object__.__setattr__(self,'source_kind',source_kind)\n  __dataclass_builtins_object__.__setattr__(self,'source_path',source_path)\n  __dataclass_builtins_object__.__setattr__(self,'problems',problems)\n  __dataclass_builtins_object__.__setattr__(self,'metadata_properties',metadata_properties)\n  __dataclass_builtins_object__.__setattr__(self,'marker_environment',_dflt_marker_environment() if marker_environment is _HAS_DEFAULT_FACTORY else marker_environment)\n  __dataclass_builtins_object__.__setattr__(self,'unresolved',unresolved)\n  self.__post_init__()\n return __init__"] = __create_fn__.__code__
def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(packages={self.packages!r}, root={self.root!r}, source_kind={self.source_kind!r}, source_path={self.source_path!r}, problems={self.problems!r}, metadata_properties={self.metadata_properties!r}, marker_environment={self.marker_environment!r}, unresolved={self.unresolved!r})"
 return __repr__
CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(packages={self.packages!r}, root={self.root!r}, source_kind={self.source_kind!r}, source_path={self.source_path!r}, problems={self.problems!r}, metadata_properties={self.metadata_properties!r}, marker_environment={self.marker_environment!r}, unresolved={self.unresolved!r})"\n return __repr__'] = __create_fn__.__code__
def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.packages,self.root,self.source_kind,self.source_path,self.problems,self.metadata_properties,self.marker_environment,self.unresolved,)==(other.packages,other.root,other.source_kind,other.source_path,other.problems,other.metadata_properties,other.marker_environment,other.unresolved,)
  return NotImplemented
 return __eq__
CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.packages,self.root,self.source_kind,self.source_path,self.problems,self.metadata_properties,self.marker_environment,self.unresolved,)==(other.packages,other.root,other.source_kind,other.source_path,other.problems,other.metadata_properties,other.marker_environment,other.unresolved,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('packages','root','source_kind','source_path','problems','metadata_properties','marker_environment','unresolved',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'packages\',\'root\',\'source_kind\',\'source_path\',\'problems\',\'metadata_properties\',\'marker_environment\',\'unresolved\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__
def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('packages','root','source_kind','source_path','problems','metadata_properties','marker_environment','unresolved',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'packages\',\'root\',\'source_kind\',\'source_path\',\'problems\',\'metadata_properties\',\'marker_environment\',\'unresolved\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__
def __create_fn__():
 def __hash__(self):
  return hash((self.packages,self.root,self.source_kind,self.source_path,self.problems,self.metadata_properties,self.marker_environment,self.unresolved,))
 return __hash__
CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.packages,self.root,self.source_kind,self.source_path,self.problems,self.metadata_properties,self.marker_environment,self.unresolved,))\n return __hash__'] = __create_fn__.__code__
