"""The methods of sscli.ingest.code.parse's dataclasses as `dataclasses` writes them: generated, do
not edit (regenerate: python -m sscli.dataclass_methods)."""
# fmt: off
CODE = {}
def __create_fn__(_type_tree, _type_problem, _type_python2, _type_rewritten, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_problem, _dflt_python2, _dflt_rewritten, _return_type):
 def __init__(self,tree:_type_tree,problem:_type_problem=_dflt_problem,python2:_type_python2=_dflt_python2,rewritten:_type_rewritten=_dflt_rewritten)->_return_type:
  self.tree=tree
  self.problem=problem
  self.python2=python2
  self.rewritten=rewritten
 return __init__
CODE['def __create_fn__(_type_tree, _type_problem, _type_python2, _type_rewritten, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_problem, _dflt_python2, _dflt_rewritten, _return_type):\n def __init__(self,tree:_type_tree,problem:_type_problem=_dflt_problem,python2:_type_python2=_dflt_python2,rewritten:_type_rewritten=_dflt_rewritten)->_return_type:\n  self.tree=tree\n  self.problem=problem\n  self.python2=python2\n  self.rewritten=rewritten\n return __init__'] = __create_fn__.__code__
def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(tree={self.tree!r}, problem={self.problem!r}, python2={self.python2!r}, rewritten={self.rewritten!r})"
 return __repr__
CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(tree={self.tree!r}, problem={self.problem!r}, python2={self.python2!r}, rewritten={self.rewritten!r})"\n return __repr__'] = __create_fn__.__code__
def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.tree,self.problem,self.python2,self.rewritten,)==(other.tree,other.problem,other.python2,other.rewritten,)
  return NotImplemented
 return __eq__
CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.tree,self.problem,self.python2,self.rewritten,)==(other.tree,other.problem,other.python2,other.rewritten,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__
