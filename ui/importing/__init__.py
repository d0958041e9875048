"""导入客户: the wizard that brings a store's Excel or CSV customer list in."""
